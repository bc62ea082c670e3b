package net.wpxliff.tm;

import net.wpxliff.trust.Sha256;

import java.nio.charset.StandardCharsets;

/**
 * One translation unit of a memory: a source sentence and its translation, and where it came from.
 * context: the post id, unit key (resname) and the hashes of the previous and next source sentence (so a
 * "context match" is same source + same post + both neighbours, or + same key and one neighbour); created: ISO date-time.
 *
 * <p>The post id is the WordPress post's {@code id}; an HTML page has none and is named {@code page:NAME} (its
 * output name) instead. Neighbours are the sentences before and after in the same unit: see {@link #hash}.
 *
 * <p>{@code splitGuessed}: the translation's sentence boundaries were guessed, not given by a translator's segment
 * (a translation that came whole, a published post's paragraph or a returned unit whose segments were joined, split
 * with the export's sentence rules into as many sentences as its source). Word order may have moved a sentence, so
 * such a pair is offered at 99, never pre-filled, until a translator's segment confirms it (as CAT tools penalize
 * aligned units).
 */
public record TmEntry(TmText source, TmText target, String sourceLanguage, String targetLanguage,
                      String postId, String unitKey, String previousHash, String nextHash, String created,
                      boolean splitGuessed) {

    /** A pair whose sentence boundaries a translator gave (or a unit's whole text). */
    public TmEntry(TmText source, TmText target, String sourceLanguage, String targetLanguage, String postId,
                   String unitKey, String previousHash, String nextHash, String created) {
        this(source, target, sourceLanguage, targetLanguage, postId, unitKey, previousHash, nextHash, created, false);
    }

    /** This pair marked {@link #splitGuessed}: not a translator's segment, so only ever offered. */
    public TmEntry asGuess() {
        return new TmEntry(source, target, sourceLanguage, targetLanguage, postId, unitKey, previousHash, nextHash, created,
                true);
    }

    /**
     * The hash of a neighbouring sentence: the first 16 hex digits of the SHA-256 of its {@link TmText#plainText()}
     * (UTF-8) after collapsing every run of whitespace to one space and trimming; {@code ""} for none (null: the
     * sentence starts or ends its unit). Codes are left out, so a changed link around a neighbour keeps the context.
     */
    public static String hash(TmText neighbourOrNull) {
        if (neighbourOrNull == null) return "";
        String text = collapse(neighbourOrNull.plainText());
        byte[] digest = Sha256.digest(text.getBytes(StandardCharsets.UTF_8)); // a sentence: never the JDK's digest, see Sha256
        char[] hex = new char[16];
        for (int i = 0; i < 8; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(hex);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * {@code text.replaceAll("\\s+", " ").trim()} without the regex: runs of the regex's whitespace (space, tab,
     * newline, vertical tab, form feed, carriage return) become one space, then what {@link String#trim} removes goes.
     */
    static String collapse(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && sb == null && (c != ' ' || i + 1 < n && isRegexSpace(text.charAt(i + 1)))) {
                sb = new StringBuilder(n);
                sb.append(text, 0, i);
            }
            if (sb == null) continue;
            if (space) {
                sb.append(' ');
                while (i + 1 < n && isRegexSpace(text.charAt(i + 1))) i++;
            } else {
                sb.append(c);
            }
        }
        return (sb == null ? text : sb.toString()).trim();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
