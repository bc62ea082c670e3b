package net.wpxliff.tm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One translation unit of a memory: a source sentence and its translation, and where it came from.
 * context: the post id, unit key (resname) and the hashes of the previous and next source sentence (so a
 * "context match" is same source + same post + same key + same neighbours); created: ISO date-time.
 * (Stand-in with the shared contract's signatures; the "tm" branch owns this class.)
 */
public record TmEntry(TmText source, TmText target, String sourceLanguage, String targetLanguage,
                      String postId, String unitKey, String previousHash, String nextHash, String created) {

    /**
     * A neighbouring sentence's hash: hex SHA-256 (first 16 characters) of its plainText() with whitespace runs
     * collapsed to one space and trimmed; "" for no neighbour (the unit's start or end).
     */
    public static String hash(TmText neighbourOrNull) {
        if (neighbourOrNull == null) return "";
        String text = neighbourOrNull.plainText().replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
