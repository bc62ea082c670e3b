package net.wpxliff.merge;

import net.wpxliff.extract.Extraction;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.HtmlSpace;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.InlineToken;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.ReturnedUnit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a returned file into {@link UnitTranslation}s: each unit's translation as merge resolves it, and per sentence
 * where the file keeps the source's sentences (or keeps some apart from those the translator joined).
 */
public final class UnitTranslations {
    private UnitTranslations() {
    }

    /**
     * The translations of a returned file's units, as merge resolves them for {@code raw} (units without a
     * translation, or refused by a merge check, are left out: merge reports those), each with its sentences
     * when the file keeps the source's sentences (XLIFF 1.2 {@code <mrk mtype="seg">}, XLIFF 2 segments).
     */
    public static List<UnitTranslation> of(ReturnedFile file, Extraction raw) {
        return of(file, raw, null);
    }

    /**
     * As {@link #of(ReturnedFile, Extraction)}, with units merge extracted unsplit first split into
     * sentences by {@code segmenter} (as export split them), so that their sentences can match rendered ones.
     */
    public static List<UnitTranslation> of(ReturnedFile file, Extraction raw, Segmenter segmenter) {
        return of(file, raw, segmenter, null);
    }

    /**
     * As {@link #of(ReturnedFile, Extraction, Segmenter)}, taking each unit's target from {@code resolved}
     * (what a successful merge of {@code file} resolved, by unit id, for every unit the file gives a target) instead
     * of checking and resolving the unit again; null resolves them.
     */
    static List<UnitTranslation> of(ReturnedFile file, Extraction raw, Segmenter segmenter,
                                    Map<String, Fragment> resolved) {
        Map<String, ReturnedUnit> returned = new HashMap<>();
        for (ReturnedUnit unit : file.units()) if (unit.id() != null) returned.putIfAbsent(unit.id(), unit);
        TargetResolver resolver = new TargetResolver(true);
        List<UnitTranslation> translations = new ArrayList<>();
        for (TextUnit unit : raw.units()) {
            ReturnedUnit back = returned.get(unit.id());
            Fragment target;
            if (resolved != null) {
                target = resolved.get(unit.id());
            } else {
                List<Problem> problems = new ArrayList<>();
                target = resolver.resolve(unit, back, problems).target();
                if (!problems.isEmpty()) continue;
            }
            if (target == null || back == null || !back.hasTarget()) continue;
            if (segmenter != null && unit.segments().size() <= 1) unit = unit.withSegments(segmenter.segment(unit.source()));
            List<Fragment> sentences = sentencesOf(unit, back);
            translations.add(new UnitTranslation(unit, target, sentences, !TargetResolver.marksLeftOut(back).isEmpty(),
                    TargetResolver.reordered(back), sentences == null ? separateSentences(unit, back) : null));
        }
        return translations;
    }

    /** The returned unit's target per sentence of the source, or null when it is not segmented as the source. */
    private static List<Fragment> sentencesOf(TextUnit unit, ReturnedUnit returned) {
        if (returned.sourceSegments() == null || returned.target() == null) return null;
        List<String> mids = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : returned.sourceSegments()) if (s.mid() != null) mids.add(s.mid());
        Map<String, ReturnedUnit.TargetSegment> byMid = new HashMap<>();
        for (ReturnedUnit.TargetSegment s : returned.target()) {
            if (s.mid() == null || byMid.put(s.mid(), s) != null) return null;
        }
        if (mids.size() != unit.segments().size() || !byMid.keySet().equals(new HashSet<>(mids))) return null;
        Map<String, Code> codes = codes(unit);
        List<Fragment> sentences = new ArrayList<>(mids.size());
        for (int i = 0; i < mids.size(); i++) {
            Fragment sentence = fragment(codes, unit, byMid.get(mids.get(i)).tokens());
            if (sentence == null) return null;
            // an untranslated sentence keeps its source, as merge keeps it (--allow-missing)
            boolean blank = sentence.plainText().isBlank() && sentence.codes().isEmpty();
            sentences.add(blank ? unit.segments().get(i).content() : sentence);
        }
        return sentences;
    }

    /**
     * Where a translator joined some of the unit's sentences into one segment: per sentence, its translation when the
     * file's segment holds it alone, null when the segment holds it with others; null when the file's segments are not
     * runs of the unit's sentences (found by their text and codes), or join none.
     */
    private static List<Fragment> separateSentences(TextUnit unit, ReturnedUnit returned) {
        List<ReturnedUnit.TargetSegment> segments = returned.sourceSegments();
        if (segments == null || returned.target() == null || unit.segments().size() < 2) return null;
        Map<String, ReturnedUnit.TargetSegment> byMid = new HashMap<>();
        for (ReturnedUnit.TargetSegment s : returned.target()) {
            if (s.mid() == null || byMid.put(s.mid(), s) != null) return null;
        }
        List<Segment> sentences = unit.segments();
        List<Fragment> separate = new ArrayList<>(Collections.nCopies(sentences.size(), (Fragment) null));
        int next = 0;
        boolean joined = false;
        Map<String, Code> codes = codes(unit);
        for (ReturnedUnit.TargetSegment piece : segments) {
            if (piece.mid() == null) continue;
            Fragment sourcePiece = fragment(codes, unit, piece.tokens());
            if (sourcePiece == null) return null; // a code the unit lacks: not its sentences
            String wanted = canonical(sourcePiece);
            int first = next;
            StringBuilder run = new StringBuilder();
            String found = "";
            while (next < sentences.size() && !found.equals(wanted) && found.length() <= wanted.length()) {
                if (next > first) run.append(' ');
                run.append(canonical(sentences.get(next++).content()));
                found = HtmlSpace.collapse(run.toString()).trim();
            }
            if (!found.equals(wanted)) return null;
            ReturnedUnit.TargetSegment translation = byMid.get(piece.mid());
            if (translation == null) return null;
            if (next - first > 1) {
                joined = true;
                continue;
            }
            Fragment sentence = fragment(codes, unit, translation.tokens());
            if (sentence == null) return null;
            if (!sentence.plainText().isBlank() || !sentence.codes().isEmpty()) separate.set(first, sentence); // else untranslated
        }
        return joined && next == sentences.size() ? separate : null;
    }

    /** Text (whitespace collapsed, trimmed) and codes (kind and id) of a fragment: equal for the same sentence. */
    private static String canonical(Fragment fragment) {
        StringBuilder sb = new StringBuilder();
        for (Part part : fragment.parts()) {
            if (part instanceof Text t) sb.append(t.value());
            else if (part instanceof Code c) sb.append('\u0001').append(c.kind()).append(':').append(c.id()).append('\u0001');
        }
        return HtmlSpace.collapse(sb.toString()).trim();
    }

    /** The unit's codes by kind and id ({@code OPENING:1}), as returned tokens name them. */
    private static Map<String, Code> codes(TextUnit unit) {
        Map<String, Code> codes = new HashMap<>();
        for (Code c : unit.source().codes()) codes.put(c.kind() + ":" + c.id(), c);
        return codes;
    }

    /** A returned segment's tokens on the unit's own codes ({@link #codes}), or null when one is not the unit's. */
    private static Fragment fragment(Map<String, Code> codes, TextUnit unit, List<InlineToken> tokens) {
        List<Part> parts = new ArrayList<>();
        for (InlineToken token : tokens) {
            if (token.kind() == InlineToken.Kind.TEXT) {
                parts.add(new Text(unit.preserveSpace() ? token.value() : HtmlSpace.collapse(token.value())));
                continue;
            }
            Code code = codes.get(switch (token.kind()) {
                case OPEN -> Code.Kind.OPENING;
                case CLOSE -> Code.Kind.CLOSING;
                default -> Code.Kind.STANDALONE;
            } + ":" + token.value());
            if (code == null) return null;
            parts.add(code);
        }
        return Fragment.of(parts);
    }
}
