package net.wpxliff.tm;

import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.Leverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Export's use of translation memories ({@code export --tm}): each sentence of a unit is asked of the matcher with its
 * post id, unit key and neighbours. A unit gets a target only when every sentence with letters is pre-filled (context
 * or exact match; sentences without letters keep their source), so a returned file never mixes memory translations
 * with untranslated English: state {@code translated} / {@code exact-match} when all are context matches, else
 * {@code needs-review-translation} / {@code leveraged-tm}. The matches of the sentences not pre-filled (fuzzy, or
 * identical sources whose codes do not map) are offered sentence by sentence, best {@link Matcher#OFFERS} first; in a
 * unit left without target, so are its other sentences' context and exact matches (quality 100). Thread-safe.
 */
public final class ExportLeverage implements Leverage {
    private final Matcher matcher;
    private final Map<TmEntry, String> origins;
    private final String defaultOrigin;

    /** A leverage naming each match's file as the matcher knows it ({@link Match#origin}), else {@code defaultOrigin}. */
    public ExportLeverage(Matcher matcher, String defaultOrigin) {
        this(matcher, new IdentityHashMap<>(), defaultOrigin);
    }

    /** @param origins the file name each entry was read from (by identity), for a matcher that does not know them */
    public ExportLeverage(Matcher matcher, IdentityHashMap<TmEntry, String> origins, String defaultOrigin) {
        this.matcher = matcher;
        this.origins = origins;
        this.defaultOrigin = defaultOrigin;
    }

    @Override
    public Unit of(SourceDocument document, TextUnit unit) {
        return of(document, unit, null);
    }

    /**
     * As {@link #of(SourceDocument, TextUnit)}, also handing back each sentence's lookup (null for a sentence without
     * letters, which is not looked up), so the analysis need not ask again ({@link SentenceAnalyzer#of(
     * net.wpxliff.extract.Extraction, java.util.function.Function)}).
     *
     * @param results one slot per sentence of the unit, or null
     */
    public Unit of(SourceDocument document, TextUnit unit, MatchResult[] results) {
        List<Segment> segments = unit.segments().isEmpty() ? List.of(new Segment(1, unit.source(), "")) : unit.segments();
        List<TmText> sentences = SentencePairs.sourceSentences(document, unit);
        int count = segments.size();
        boolean[] asked = new boolean[count]; // sentences with letters: looked up
        for (int i = 0; i < count; i++) asked[i] = segments.get(i).content().hasTranslatableText();
        // A sentence is hashed only as the neighbour of one looked up (most units are one sentence: none), and once.
        String[] hashes = new String[count];
        for (int i = 0; i < count; i++) {
            if (i > 0 && asked[i - 1] || i + 1 < count && asked[i + 1]) hashes[i] = TmEntry.hash(sentences.get(i));
        }
        String postId = document.postId() != null ? document.postId() : "page:" + document.name();
        MatchResult[] found = new MatchResult[count];
        boolean[] filledAt = new boolean[count];
        List<Segment> target = new ArrayList<>(count);
        Set<Integer> contextSegments = new HashSet<>();
        boolean complete = true;
        boolean inContext = true;
        int prefilled = 0;
        for (int i = 0; i < count; i++) {
            Segment segment = segments.get(i);
            if (!asked[i]) {
                target.add(segment);
                continue;
            }
            MatchResult result = matcher.match(new MatchQuery(sentences.get(i), postId, unit.resname(),
                    i > 0 ? hashes[i - 1] : "", i + 1 < count ? hashes[i + 1] : ""));
            found[i] = result;
            if (results != null) results[i] = result;
            Match prefill = result.matches().isEmpty() ? null : result.matches().get(0);
            Fragment filled = prefill == null || !prefill.prefills() ? null
                    : onCodes(prefill.target().get(), segment.content(), sentences.get(i));
            if (filled == null) {
                complete = false;
                continue;
            }
            target.add(new Segment(segment.id(), filled, segment.gapAfter()));
            filledAt[i] = true;
            prefilled++;
            if (prefill.kind() != MatchKind.CONTEXT) inContext = false;
            else contextSegments.add(segment.id());
        }
        if (count > 1) {
            Unit whole = whole(document, unit, postId, found, asked, results);
            if (whole != null) return whole;
        }
        // A unit pre-filled throughout offers nothing (each sentence's offers came with its pre-filling match); one
        // not pre-filled offers every sentence's matches, its context and exact ones too (quality 100), by sentence.
        if (!complete || prefilled == 0) {
            List<Offer> all = new ArrayList<>();
            List<Offer> notPrefilled = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (!asked[i]) continue;
                offer(found[i], segments.get(i), sentences.get(i), filledAt[i] ? all : notPrefilled);
            }
            all.addAll(notPrefilled);
            all.sort(BY_SEGMENT);
            return new Unit(null, null, null, false, all);
        }
        return inContext ? new Unit(target, "translated", "exact-match", true, List.of(), contextSegments)
                : new Unit(target, "needs-review-translation", "leveraged-tm", false, List.of(), contextSegments);
    }

    /**
     * The unit as one segment, pre-filled with the memory's translation of its whole text in context (a translation
     * kept whole: a translator merged its sentences, or an editor rewrote them as another number of sentences), when
     * the memory has one ({@link #wholeMatch}); else null.
     */
    private Unit whole(SourceDocument document, TextUnit unit, String postId, MatchResult[] found, boolean[] asked,
                       MatchResult[] results) {
        TmText source = SentencePairs.unitSource(document, unit);
        Match match = wholeMatch(matcher, source, postId, unit.resname(), found, asked);
        Fragment filled = match == null ? null : onCodes(match.target().get(), unit.source(), source);
        if (filled == null) return null;
        if (results != null) {
            MatchResult inContext = new MatchResult(MatchKind.CONTEXT, 100, List.of(match));
            for (int i = 0; i < results.length; i++) if (asked[i]) results[i] = inContext;
        }
        return new Unit(List.of(new Segment(1, filled, "")), "translated", "exact-match", true, List.of(), Set.of(1), true);
    }

    /**
     * The context match of a unit's whole text that wins over what its sentences found: unless every sentence has a
     * context match of its own newer than it (the unit was translated sentence by sentence since), the whole one. Made
     * at the same time (one merge gave both: a target whose translator reordered its sentences), the whole one, in the
     * translator's order. A whole translation from another place of the post (another unit key: a paragraph moved, or
     * the same text twice) never wins over sentences' context matches seen at this unit key.
     *
     * @param found each sentence's lookup (null where none was made: {@code asked} false)
     */
    static Match wholeMatch(Matcher matcher, TmText unitSource, String postId, String unitKey, MatchResult[] found,
                            boolean[] asked) {
        Match whole = matcher.wholeUnit(new MatchQuery(unitSource, postId, unitKey, "", ""));
        if (whole == null) return null;
        if (!whole.entry().unitKey().equals(unitKey)) {
            // another place of the post (a paragraph moved, or the same text twice): never over this place's own
            // translation, its sentences' context matches seen at this unit key
            for (int i = 0; i < found.length; i++) {
                if (asked[i] && found[i] != null && found[i].kind() == MatchKind.CONTEXT && !found[i].matches().isEmpty()
                        && found[i].matches().get(0).entry().unitKey().equals(unitKey)) {
                    return null;
                }
            }
        }
        for (int i = 0; i < found.length; i++) {
            if (!asked[i]) continue;
            if (found[i] == null || found[i].kind() != MatchKind.CONTEXT || found[i].matches().isEmpty()) return whole;
        }
        // the sentences say what the whole one says (a published paragraph aligned as it was merged): the translator's
        // segments, whatever their dates
        if (sameText(whole, found, asked)) return null;
        for (int i = 0; i < found.length; i++) {
            if (asked[i] && created(found[i].matches().get(0)).compareTo(created(whole)) <= 0) return whole;
        }
        return null;
    }

    /**
     * Whether the whole translation is the sentences' context matches in order (text with whitespace collapsed, and
     * the same number of codes): then nothing but the segmentation tells them apart.
     */
    private static boolean sameText(Match whole, MatchResult[] found, boolean[] asked) {
        StringBuilder sentences = new StringBuilder();
        int tags = 0;
        for (int i = 0; i < found.length; i++) {
            if (!asked[i]) continue;
            TmText target = found[i].matches().get(0).entry().target();
            sentences.append(target.plainText()).append(' ');
            tags += target.tags().size();
        }
        TmText wholeTarget = whole.entry().target();
        return tags == wholeTarget.tags().size()
                && TmEntry.collapse(sentences.toString()).equals(TmEntry.collapse(wholeTarget.plainText()));
    }

    /** The latest date believed ({@link TmxDates#LATEST_BELIEVABLE}), as entries write theirs. */
    private static final String LATEST_BELIEVABLE = TmxDates.iso(TmxDates.LATEST_BELIEVABLE);

    /**
     * When a match's entry was made (ISO, comparable as text); "" when its memory did not say or gave a date past
     * {@link #LATEST_BELIEVABLE} (the oldest).
     */
    private static String created(Match match) {
        String created = match.entry().created();
        return created == null || created.compareTo(LATEST_BELIEVABLE) > 0 ? "" : created;
    }

    private static final java.util.Comparator<Offer> BY_SEGMENT = java.util.Comparator.comparingInt(Offer::segmentId);

    /** Every match of a sentence as an offer, best first: its translation on the segment's codes, else plain text. */
    private void offer(MatchResult result, Segment segment, TmText numbered, List<Offer> into) {
        for (Match m : result.matches()) {
            TmEntry entry = m.entry();
            Fragment offered = m.target().isPresent() ? onCodes(m.target().get(), segment.content(), numbered) : null;
            Fragment codedSource = offered == null ? null : sourceOnCodes(entry.source(), segment.content(), numbered,
                    m.score() == 100);
            if (offered == null) offered = Fragment.text(entry.target().plainText());
            String origin = m.origin() != null ? m.origin() : origins.getOrDefault(entry, defaultOrigin);
            into.add(new Offer(segment.id(), m.score(), origin, Fragment.text(entry.source().plainText()), offered,
                    codedSource));
        }
    }

    /**
     * The memory's source sentence on the segment's own codes, mapped as its translation was (so a candidate shows
     * the same codes on both sides); null when they cannot be mapped.
     */
    private static Fragment sourceOnCodes(TmText memorySource, Fragment segment, TmText numberedSource, boolean identical) {
        CodeRenumbering.Result renumbered = identical ? CodeRenumbering.renumberInPlace(memorySource, memorySource, numberedSource)
                : CodeRenumbering.renumber(memorySource, memorySource, numberedSource);
        return renumbered.mapped() ? onCodes(renumbered.target().get(), segment, numberedSource) : null;
    }

    /**
     * A renumbered translation on the segment's own codes: each tag takes the code of the same kind and number in
     * the segment (as {@link SentencePairs} numbered them); null when one has none.
     */
    static Fragment onCodes(TmText translation, Fragment segment, TmText numberedSource) {
        // The segment's codes by the kind and number of their tag (a sentence holds few: a list, searched from its
        // end so the last of a repeated kind and number wins).
        List<Part> parts = segment.parts();
        List<TmText.Part> numbered = numberedSource.parts();
        List<TmText.Tag> tags = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < parts.size() && i < numbered.size(); i++) {
            if (parts.get(i) instanceof Code c && numbered.get(i) instanceof TmText.Tag t) {
                tags.add(t);
                codes.add(c);
            }
        }
        List<Part> out = new ArrayList<>();
        for (TmText.Part part : translation.parts()) {
            if (part instanceof TmText.Plain p) {
                out.add(new Text(p.text()));
                continue;
            }
            Code c = codeOf((TmText.Tag) part, tags, codes);
            if (c == null) return null;
            out.add(c);
        }
        return Fragment.of(out);
    }

    private static Code codeOf(TmText.Tag tag, List<TmText.Tag> tags, List<Code> codes) {
        for (int i = tags.size() - 1; i >= 0; i--) {
            if (tags.get(i).kind() == tag.kind() && tags.get(i).id() == tag.id()) return codes.get(i);
        }
        return null;
    }
}
