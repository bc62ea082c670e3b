package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts and pages as they are now ({@code --current}: post JSON, pulled folders, WXR files, HTML pages), to
 * tell a returned file whose post changed since it was exported. This only compares: unlike {@code --source}
 * ({@link SourceTrust}) it never vouches for an embedded post, so a payload that does not verify is refused as
 * before. Posts are found by id, pages by name, as {@code --source} finds them. Immutable and thread-safe.
 */
public final class CurrentPosts {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What comparing one exported document with its current version found.
     *
     * @param found   false when no current document holds it (then it could not be compared)
     * @param message what changed or why it could not be compared, and what to do
     */
    public record Finding(boolean found, String message) {
    }

    private final List<SourceDocument> documents;

    public CurrentPosts(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The documents of the {@code --current} files and directories, read as export reads them. */
    public static CurrentPosts read(List<Path> paths) throws InputException {
        return new CurrentPosts(SourceTrust.readSources(paths));
    }

    /** Null when the current version has the exported text; else what differs (or why it cannot be told). */
    public Finding compare(SourceDocument exported) {
        String kind = exported.kind().name();
        List<SourceDocument> current = SourceTrust.holding(documents, kind, exported.postId(), exported.name());
        String what = switch (exported.kind()) {
            case HTML_PAGE -> "page " + exported.name();
            case WP_SETTINGS -> "site settings (" + exported.name() + ")";
            case WP_MENU -> "navigation menu (" + exported.name() + ")";
            case WP_WIDGETS -> "sidebar widgets (" + exported.name() + ")";
            case WP_TERMS -> "terms (" + exported.name() + ")";
            default -> "post " + exported.postId() + " (" + exported.name() + ")";
        };
        if (current.isEmpty()) {
            return new Finding(false, "no file given with --current holds " + SourceTrust.wanted(kind, exported.postId(),
                    exported.name()) + ": cannot tell whether the " + what + " changed since export; pass its current"
                    + " JSON (or the page's HTML), or a folder pull wrote");
        }
        SourceDocument now = current.get(0);
        String exportedModified = modified(exported), nowModified = modified(now);
        String dates = nowModified == null ? "" : " (modified " + nowModified
                + (exportedModified == null || exportedModified.equals(nowModified) ? "" : "; exported: " + exportedModified) + ")";
        String advice = "; export it again and translate what changed (your CAT tool's memory fills in the rest),"
                + " or the merged " + merged(exported.kind()) + " publish" + (plural(exported.kind()) ? "" : "es") + " a translation of the earlier text";
        if (now.kind() != exported.kind()) {
            // raw and rendered text cannot be compared: only WordPress's modification date tells
            if (exportedModified != null && exportedModified.equals(nowModified)) return null;
            if (exportedModified == null || nowModified == null) {
                return new Finding(true, what + ": cannot tell whether it changed since the XLIFF was exported: "
                        + now.origin() + " holds its " + describe(now) + " and the XLIFF its " + describe(exported)
                        + ", and one has no modification date; pass the post in the form it was exported in");
            }
            return new Finding(true, what + " changed since the XLIFF was exported" + dates + " (by its modification"
                    + " date: " + now.origin() + " holds its " + describe(now) + ")" + advice);
        }
        List<String> changed = changedFields(exported, now);
        if (changed.isEmpty()) return null;
        return new Finding(true, what + " changed since the XLIFF was exported" + dates + ": " + String.join(", ", changed)
                + (changed.size() == 1 ? " differs" : " differ") + " in " + now.origin() + advice);
    }

    /** The keys of the fields whose text differs (or that only one of the two has), in document order. */
    static List<String> changedFields(SourceDocument exported, SourceDocument now) {
        Map<String, String> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        for (Field f : exported.fields()) before.put(f.key(), f.html());
        for (Field f : now.fields()) after.put(f.key(), f.html());
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!e.getValue().equals(after.get(e.getKey()))) changed.add(e.getKey());
        }
        for (String key : after.keySet()) if (!before.containsKey(key)) changed.add(key);
        return changed;
    }

    /** What merge made of a document of this kind, as the advice names it. */
    private static String merged(SourceDocument.Kind kind) {
        return switch (kind) {
            case HTML_PAGE -> "page";
            case WP_SETTINGS -> "settings";
            case WP_MENU -> "menu";
            case WP_WIDGETS -> "widgets";
            case WP_TERMS -> "terms";
            default -> "post";
        };
    }

    /** Whether what merge made of a document of this kind is named in the plural ("the merged settings publish"). */
    private static boolean plural(SourceDocument.Kind kind) {
        return kind == SourceDocument.Kind.WP_SETTINGS || kind == SourceDocument.Kind.WP_WIDGETS
                || kind == SourceDocument.Kind.WP_TERMS;
    }

    private static String describe(SourceDocument doc) {
        return switch (doc.kind()) {
            case WP_POST_RAW -> "raw fields (context=edit)";
            case WP_POST -> "rendered fields";
            case HTML_PAGE -> "HTML";
            case WP_SETTINGS -> "site settings";
            case WP_MENU -> "navigation menu";
            case WP_WIDGETS -> "sidebar widgets";
            case WP_TERMS -> "terms";
        };
    }

    /** A post object's {@code modified_gmt} (else {@code modified}), or null when it has neither as text. */
    public static String modified(JsonNode post) {
        if (post == null) return null;
        JsonNode date = post.hasNonNull("modified_gmt") ? post.get("modified_gmt") : post.get("modified");
        return date != null && date.isTextual() ? date.asText() : null;
    }

    /** A post's {@code modified_gmt} (else {@code modified}), or null (pages, WXR items, unreadable JSON). */
    public static String modified(SourceDocument doc) {
        if (doc.kind() == SourceDocument.Kind.HTML_PAGE) return null;
        try {
            return modified(JSON.readTree(doc.text()));
        } catch (IOException e) {
            return null;
        }
    }
}
