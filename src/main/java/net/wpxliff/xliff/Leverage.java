package net.wpxliff.xliff;

import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;

import java.util.List;
import java.util.Set;

/** What translation memories offer a unit on export ({@code export --tm}): a pre-filled target and fuzzy offers. */
public interface Leverage {

    /**
     * A fuzzy match offered for one sentence, written as {@code <alt-trans>}.
     *
     * @param segmentId the sentence's {@code mid}
     * @param quality   the similarity score (75–100)
     * @param origin    the memory file's name
     * @param source    the memory's source sentence
     * @param target    its translation (on the unit's own codes where they map, else plain text)
     * @param codedSource the memory's source sentence on the unit's own codes when the translation's codes map
     *                  (XLIFF 2.1 candidates carry codes on both sides or on neither), else null
     */
    record Offer(int segmentId, int quality, String origin, Fragment source, Fragment target, Fragment codedSource) {
        public Offer(int segmentId, int quality, String origin, Fragment source, Fragment target) {
            this(segmentId, quality, origin, source, target, null);
        }
    }

    /**
     * @param target         the pre-filled sentences (same ids and gaps as the source's), or null for no target
     * @param state          XLIFF 1.2 {@code state} of the target
     * @param stateQualifier XLIFF 1.2 {@code state-qualifier} of the target
     * @param inContext      every pre-filled sentence is a context match (marked with a note)
     * @param offers         fuzzy offers, sentence by sentence, best first
     * @param contextSegments the ids of the pre-filled sentences that are context matches (XLIFF 2.1 marks
     *                        each segment by its own match)
     * @param whole          the target is the whole unit, one segment (id 1): a memory kept its translation whole (it
     *                       did not split into the source's sentences), so the unit is written as one segment
     */
    record Unit(List<Segment> target, String state, String stateQualifier, boolean inContext, List<Offer> offers,
                Set<Integer> contextSegments, boolean whole) {
        public Unit {
            offers = List.copyOf(offers);
            contextSegments = Set.copyOf(contextSegments);
        }

        public Unit(List<Segment> target, String state, String stateQualifier, boolean inContext, List<Offer> offers,
                    Set<Integer> contextSegments) {
            this(target, state, stateQualifier, inContext, offers, contextSegments, false);
        }

        public Unit(List<Segment> target, String state, String stateQualifier, boolean inContext, List<Offer> offers) {
            this(target, state, stateQualifier, inContext, offers, Set.of());
        }

        /** The source's segments as this unit is written: one for a {@link #whole} target, else the unit's own. */
        public List<Segment> sourceSegments(TextUnit unit) {
            return whole ? List.of(new Segment(1, unit.source(), "")) : unit.segments();
        }
    }

    Unit of(SourceDocument document, TextUnit unit);
}
