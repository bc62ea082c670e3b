package net.wpxliff.tm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One translation unit of a memory: a source sentence and its translation, and where it came from.
 * context: the post id, unit key (resname) and the hashes of the previous and next source sentence (so a
 * "context match" is same source + same post + both neighbours, or + same key and one neighbour); created: ISO date-time.
 *
 * <p>The post id is the WordPress post's {@code id}; an HTML page has none and is named {@code page:NAME} (its
 * output name) instead. Neighbours are the sentences before and after in the same unit: see {@link #hash}.
 */
public record TmEntry(TmText source, TmText target, String sourceLanguage, String targetLanguage,
                      String postId, String unitKey, String previousHash, String nextHash, String created) {

    /**
     * The hash of a neighbouring sentence: the first 16 hex digits of the SHA-256 of its {@link TmText#plainText()}
     * (UTF-8) after collapsing every run of whitespace to one space and trimming; {@code ""} for none (null: the
     * sentence starts or ends its unit). Codes are left out, so a changed link around a neighbour keeps the context.
     */
    public static String hash(TmText neighbourOrNull) {
        if (neighbourOrNull == null) return "";
        String text = neighbourOrNull.plainText().replaceAll("\\s+", " ").trim();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
