package net.wpxliff.xliff;

/**
 * A value from a returned file (a unit id, a code id, an attribute) as a message quotes it: whole when short, else
 * its start, an ellipsis and its length. A hostile file's 10 MB id would otherwise fill the terminal and the log,
 * once per message that names it.
 */
public final class Untrusted {
    /** Longer values are shortened; real ids and names (content-12, s3, x-seg-4) are far shorter. */
    static final int MAX = 80;
    private static final int KEPT = 60;

    private Untrusted() {
    }

    public static String shown(String value) {
        if (value == null || value.length() <= MAX) return value;
        int end = Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT; // never half a pair
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }
}
