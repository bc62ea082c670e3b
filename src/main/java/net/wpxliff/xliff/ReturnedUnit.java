package net.wpxliff.xliff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
     */
    public record TargetSegment(String mid, List<InlineToken> tokens, int line) {
        public TargetSegment {
            tokens = List.copyOf(tokens); // exactly as long as it is: a large post's units are most of merge's memory
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
        return joined(source).equals(joined(all));
    }

    /** Kinds, values and elements, adjacent text joined (sentence boundaries split the source's text). */
    private static List<String> joined(List<InlineToken> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder text = null;
        for (InlineToken token : tokens) {
            if (token.kind() == InlineToken.Kind.TEXT) {
                if (text == null) text = new StringBuilder();
                text.append(token.value());
                continue;
            }
            if (text != null) out.add("T" + text);
            text = null;
            out.add(token.kind() + "\u0000" + token.value() + "\u0000" + token.element());
        }
        if (text != null) out.add("T" + text);
        return out;
    }

    public boolean hasTarget() {
        if (target == null) return false;
        for (TargetSegment segment : target) {
            for (InlineToken token : segment.tokens()) {
                if (token.kind() != InlineToken.Kind.TEXT || !token.value().isBlank()) return true;
            }
        }
        return false;
    }
}
