package net.wpxliff.tm;

import java.util.Objects;

/**
 * A new source sentence and its context, as a memory is asked about it: the post id ("" when unknown), the unit
 * key (resname) and the {@link TmEntry#hash} of the sentences before and after it in its unit ("" at the start
 * or end).
 */
public record MatchQuery(TmText source, String postId, String unitKey, String previousHash, String nextHash) {
    public MatchQuery {
        Objects.requireNonNull(source, "source");
        postId = postId == null ? "" : postId;
        unitKey = unitKey == null ? "" : unitKey;
        previousHash = previousHash == null ? "" : previousHash;
        nextHash = nextHash == null ? "" : nextHash;
    }

    /** A query from the neighbouring sentences themselves (null at the unit's start or end). */
    public static MatchQuery of(TmText source, String postId, String unitKey, TmText previous, TmText next) {
        return new MatchQuery(source, postId, unitKey, TmEntry.hash(previous), TmEntry.hash(next));
    }
}
