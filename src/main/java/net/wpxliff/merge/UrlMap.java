package net.wpxliff.merge;

import net.wpxliff.input.ReadFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --url-map FILE}: explicit target addresses for pages whose target-language slug differs, read
 * from a CSV file of two columns (source URL, target URL; an optional header line; blank lines and lines
 * starting with {@code #} skipped; fields may be double-quoted). Pages are matched by host (as
 * {@link SiteUrl#host()} compares it) and path, with or without the final slash; query and fragment of
 * the link are kept.
 */
public final class UrlMap {
    private final Map<String, SiteUrl> targets;

    private UrlMap(Map<String, SiteUrl> targets) {
        this.targets = targets;
    }

    /** @throws IllegalArgumentException naming the file and line of a bad row, or why the file cannot be read */
    public static UrlMap read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + ReadFailure.reason(e) + ")");
        }
        Map<String, SiteUrl> targets = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String where = file + ":" + (i + 1) + ": ";
            List<String> fields = fields(line, where);
            if (fields.size() != 2) {
                throw new IllegalArgumentException(where + "expected two columns (source URL, target URL), found "
                        + fields.size());
            }
            SiteUrl source = absolute(fields.get(0));
            SiteUrl target = absolute(fields.get(1));
            if (source == null && target == null && targets.isEmpty() && i == firstRow(lines)) continue; // header
            if (source == null || target == null) {
                throw new IllegalArgumentException(where + "\"" + (source == null ? fields.get(0) : fields.get(1))
                        + "\" is not an absolute http(s) URL; write both columns as https://host/path/");
            }
            if (targets.putIfAbsent(key(source.host(), source.path()), target) != null) {
                throw new IllegalArgumentException(where + "\"" + fields.get(0) + "\" is mapped twice; keep one row");
            }
        }
        return new UrlMap(targets);
    }

    /** The mapped target of a page on {@code host} at {@code path}, or null. */
    SiteUrl target(String host, String path) {
        return targets.get(key(host, path));
    }

    private static String key(String host, String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return host + trimmed;
    }

    private static int firstRow(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).stripLeading().startsWith("#")) return i;
        }
        return -1;
    }

    private static SiteUrl absolute(String text) {
        SiteUrl url = SiteUrl.parse(text.strip());
        if (url == null || url.rootRelative() || !url.prefix().regionMatches(true, 0, "http", 0, 4)) return null;
        return url.host().isEmpty() ? null : url;
    }

    /** The comma-separated fields of one line; a field in double quotes may hold commas and {@code ""}. */
    private static List<String> fields(String line, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException(where + "a quoted field is not closed; end it with \"");
        fields.add(field.toString().strip());
        return fields;
    }
}
