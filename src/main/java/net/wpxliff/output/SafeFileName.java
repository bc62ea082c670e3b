package net.wpxliff.output;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns a name from untrusted data (a post slug, a page name, a name recorded in a returned XLIFF) into one
 * file name that is safe on every system: no path separator, no control or invisible formatting character, no
 * character Windows forbids, no leading dot (the file would be hidden, and {@code .}/{@code ..} are not files),
 * no Windows device name ({@code CON}, {@code NUL}, {@code COM1}, ...), not empty, not longer than a file
 * system allows once the suffix is added. Every output name goes through here ({@link OutputNames}).
 */
public final class SafeFileName {
    /** Leaves room for {@code -N.<lang>.json} within the usual 255-byte limit. */
    static final int MAX_BYTES = 200;
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CLOCK\\$|COM[0-9¹²³]|LPT[0-9¹²³])");

    private SafeFileName() {
    }

    public static String clean(String name) {
        StringBuilder out = new StringBuilder(name == null ? 0 : name.length());
        if (name != null) {
            name.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : '-'));
        }
        // A leading dot hides the file (and "." and ".." name directories): each becomes "_", so ".hidden",
        // "." and ".." stay distinct from each other and from "hidden".
        for (int i = 0; i < out.length() && out.charAt(i) == '.'; i++) out.setCharAt(i, '_');
        String safe = truncate(out.toString());
        if (safe.isBlank()) return "untitled";
        // Windows refuses a device name even with an extension ("con.ko.html"), and trailing spaces or dots
        int dot = safe.indexOf('.');
        String stem = (dot < 0 ? safe : safe.substring(0, dot)).stripTrailing();
        if (DEVICE.matcher(stem).matches()) safe = "_" + safe;
        return safe;
    }

    private static boolean allowed(int c) {
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String truncate(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) return name;
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) break;
            out.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
