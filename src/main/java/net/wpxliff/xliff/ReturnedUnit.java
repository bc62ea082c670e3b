package net.wpxliff.xliff;

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
        source = source == null ? null : List.copyOf(source);
        sourceSegments = sourceSegments == null ? null : List.copyOf(sourceSegments);
        target = target == null ? null : List.copyOf(target);
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
