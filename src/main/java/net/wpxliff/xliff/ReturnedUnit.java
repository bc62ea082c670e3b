package net.wpxliff.xliff;

import net.wpxliff.unit.VisibleText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A translation unit as found in a returned XLIFF file (1.2 or 2.x).
 *
 * @param id       the unit id
 * @param line     line of the unit in the file
 * @param source   the source content as the file has it (all segments, in order), or null
 * @param sourceSegments the source as sentences ({@code mid} set) and the text between them ({@code mid}
 *                 null), as the file segments it ({@code <seg-source>}, or XLIFF 2 segments and ignorables);
 *                 null when the file does not segment the unit
 * @param target   the target's segments, or null when the unit has no target
 */
public record ReturnedUnit(String id, int line, List<InlineToken> source, List<TargetSegment> sourceSegments,
                           List<TargetSegment> target) {

    /**
     * One segment of a source or target. {@code mid} is null for content outside any segment marker (a target
     * written without {@code <mrk mtype="seg">}).
     *
     * @param confirmed a target the file marks as settled by a translator or reviewer (XLIFF 1.2: the unit
     *                  {@code approved="yes"} or its target's {@code state} {@code final} or {@code signed-off};
     *                  XLIFF 2: the segment's {@code state} {@code reviewed} or {@code final}): a target kept identical
     *                  to its source on purpose (a brand name, a product line) is then not taken as left untranslated
     */
    public record TargetSegment(String mid, List<InlineToken> tokens, int line, boolean confirmed) {
        public TargetSegment {
            tokens = List.copyOf(tokens); // exactly as long as it is: a large post's units are most of merge's memory
        }

        /** A segment not marked as confirmed (every source segment, and targets without such a state). */
        public TargetSegment(String mid, List<InlineToken> tokens, int line) {
            this(mid, tokens, line, false);
        }
    }

    public ReturnedUnit {
        SharedTokens shared = new SharedTokens(); // source, sentences and target keep each equal text once
        source = source == null ? null : List.copyOf(shared.share(source));
        sourceSegments = sourceSegments == null ? null : List.copyOf(shared.shareSegments(sourceSegments));
        target = target == null ? null : List.copyOf(shared.shareSegments(target));
        if (source != null && sourceSegments != null && sameContent(source, sourceSegments)) source = SAME_AS_SENTENCES;
    }

    /** Stands for a {@code <source>} equal to the sentences, kept once (a big post's units are most of merge's heap). */
    private static final List<InlineToken> SAME_AS_SENTENCES = Collections.unmodifiableList(new ArrayList<>());

    /**
     * The source as the file has it; when it equals the sentences (the same codes and text, the usual case), the
     * sentences' tokens: text may then be split where sentences end, and tokens carry the sentences' lines.
     */
    @Override
    public List<InlineToken> source() {
        if (source != SAME_AS_SENTENCES) return source;
        List<InlineToken> all = new ArrayList<>();
        for (TargetSegment s : sourceSegments) all.addAll(s.tokens());
        return all;
    }

    /** Whether the file's {@code <source>} holds exactly its sentences' content (then checking one checks both). */
    public boolean sourceIsSentences() {
        return source == SAME_AS_SENTENCES;
    }

    private static boolean sameContent(List<InlineToken> source, List<TargetSegment> sentences) {
        List<InlineToken> all = new ArrayList<>();
        for (TargetSegment s : sentences) all.addAll(s.tokens());
        return sameJoined(source, all);
    }

    /**
     * Whether two token lists hold the same codes (kind, value, element) and, between them, the same text, adjacent
     * text tokens joined (sentence boundaries split the source's text). Compared in place, without joining strings.
     */
    static boolean sameJoined(List<InlineToken> a, List<InlineToken> b) {
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            int aEnd = textEnd(a, i), bEnd = textEnd(b, j);
            if ((aEnd > i) != (bEnd > j)) return false;
            if (aEnd > i) {
                if (!sameText(a, i, aEnd, b, j, bEnd)) return false;
                i = aEnd;
                j = bEnd;
                continue;
            }
            if (i == a.size() || j == b.size()) return false;
            InlineToken x = a.get(i++), y = b.get(j++);
            if (x.kind() != y.kind() || !Objects.equals(x.value(), y.value()) || !Objects.equals(x.element(), y.element())) {
                return false;
            }
        }
        return true;
    }

    /** The end of the run of text tokens starting at {@code from}. */
    private static int textEnd(List<InlineToken> tokens, int from) {
        int end = from;
        while (end < tokens.size() && tokens.get(end).kind() == InlineToken.Kind.TEXT) end++;
        return end;
    }

    /** Whether two runs of text tokens join to the same text. */
    private static boolean sameText(List<InlineToken> a, int aFrom, int aTo, List<InlineToken> b, int bFrom, int bTo) {
        int ai = aFrom, bi = bFrom, ac = 0, bc = 0;
        while (true) {
            while (ai < aTo && ac == a.get(ai).value().length()) {
                ai++;
                ac = 0;
            }
            while (bi < bTo && bc == b.get(bi).value().length()) {
                bi++;
                bc = 0;
            }
            if (ai == aTo || bi == bTo) return ai == aTo && bi == bTo;
            String x = a.get(ai).value(), y = b.get(bi).value();
            int n = Math.min(x.length() - ac, y.length() - bc);
            if (!x.regionMatches(ac, y, bc, n)) return false;
            ac += n;
            bc += n;
        }
    }

    public boolean hasTarget() {
        if (target == null) return false;
        for (TargetSegment segment : target) {
            for (InlineToken token : segment.tokens()) {
                if (token.kind() != InlineToken.Kind.TEXT || !VisibleText.isBlank(token.value())) return true;
            }
        }
        return false;
    }

    /** Whether the file marks every segment of the target as confirmed ({@link TargetSegment#confirmed()}). */
    public boolean confirmed() {
        if (target == null || target.isEmpty()) return false;
        for (TargetSegment segment : target) if (!segment.confirmed()) return false;
        return true;
    }
}
