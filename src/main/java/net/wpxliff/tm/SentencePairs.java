package net.wpxliff.tm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.UnitTranslation;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentence pairs of one merged document, as memory entries: each source sentence of each translated unit with
 * its translation, codes carrying the markup they stand for (taken from the source field by the code's range),
 * numbered from 1 in each sentence. A sentence with no letters, or whose translation is its source (left
 * untranslated), is not a pair.
 *
 * <p>When the returned file does not give the translation of each source sentence (a translation that came whole, a
 * published paragraph, segments a translator joined), the unit's whole translation is kept as one pair of the unit's
 * whole source and translation ({@link Pairs#whole()}; export asks for it: {@link ExportLeverage}), when it has the
 * unit's codes and is sure to translate all of it (not a target marked by sentence that left some out: merge warns of
 * those), and so is one whose translator reordered its sentences (each still a pair of its own). Its sentences are
 * then also split with the export's sentence rules: when that gives as many sentences as the
 * source's, with the same codes each, they are pairs too, marked {@link TmEntry#splitGuessed} (a translator may have
 * reordered sentences a count cannot see: offered, never pre-filled); but a sentence the translator left in a segment
 * of its own while joining others ({@link UnitTranslation#separate}) is a sure pair. A unit whose translation has other codes gives
 * no pair: its sentences are counted as {@link Pairs#skipped()}.
 */
public final class SentencePairs {

    /**
     * @param skipped translatable sentences left out: their unit's translation could not be split one to one, nor
     *                kept whole (its codes are not the unit's)
     * @param whole   units of several sentences whose translation is kept whole, as one pair: the file did not give
     *                it sentence by sentence (a translator merged them, an editor rewrote them, a published post)
     * @param guessed sentence pairs whose split was guessed ({@link TmEntry#splitGuessed}), among the entries
     */
    public record Pairs(List<TmEntry> entries, int skipped, int whole, int guessed) {
        public Pairs {
            entries = List.copyOf(entries);
        }
    }

    private SentencePairs() {
    }

    /**
     * @param document       the merged document (its fields hold the codes' markup)
     * @param translations   its units with their translations ({@link net.wpxliff.merge.UnitTranslations#of})
     * @param segmenter      the export's sentence rules (for files that do not keep the source's sentences)
     * @param sourceLanguage the source language
     * @param targetLanguage the target language
     * @param created        ISO date-time of the entries
     */
    public static Pairs of(SourceDocument document, List<UnitTranslation> translations, Segmenter segmenter,
                           String sourceLanguage, String targetLanguage, String created) {
        String postId = document.postId() != null ? document.postId() : "page:" + document.name();
        List<TmEntry> entries = new ArrayList<>();
        int skipped = 0;
        int whole = 0;
        int guessed = 0;
        for (UnitTranslation t : translations) {
            TextUnit unit = t.unit();
            List<Segment> sources = unit.segments().isEmpty() ? List.of(new Segment(1, unit.source(), "")) : unit.segments();
            // the file gave no sentence boundaries: only a guess by the sentence rules can split the translation
            boolean splitGuessed = t.segments() == null && sources.size() > 1;
            List<Fragment> targets = sentenceTargets(t, sources, segmenter);
            // a translator who reordered the sentences wrote the unit so: its place gets the whole too
            boolean keptWhole = sources.size() > 1 && (targets == null || splitGuessed || t.reordered()) && !t.marksLeftOut()
                    && Arrays.equals(codeKeys(t.target()), codeKeys(unit.source()));
            // sentences a translator left in segments of their own while joining others: their pairs are sure
            List<Fragment> separate = t.separate() == null ? null : checked(t.separate(), sources);
            if (!keptWhole && targets == null && separate == null) {
                skipped += (int) sources.stream().filter(s -> s.content().hasTranslatableText()).count();
                continue;
            }
            String markupSource = markupSource(document, unit); // a block attribute's: parsed from JSON, once
            if (keptWhole && !t.target().sameContentAs(unit.source())) {
                // in the unit's place (no neighbours): export asks for the whole unit when it finds it
                int[] number = numbering(unit.source());
                entries.add(new TmEntry(convert(unit.source(), number, markupSource), convert(t.target(),
                        numberingAsSource(t.target(), unit.source(), number), markupSource), sourceLanguage,
                        targetLanguage, postId, unit.resname() == null ? "" : unit.resname(), "", "", created));
                whole++;
            }
            if (targets == null && separate == null) continue;
            List<TmText> sourceTexts = new ArrayList<>(sources.size());
            List<int[]> numbers = new ArrayList<>(sources.size());
            for (Segment s : sources) {
                int[] number = numbering(s.content());
                numbers.add(number);
                sourceTexts.add(convert(s.content(), number, markupSource));
            }
            for (int i = 0; i < sources.size(); i++) {
                Fragment source = sources.get(i).content();
                boolean sure = separate != null && separate.get(i) != null;
                Fragment target = sure ? separate.get(i) : targets == null ? null : targets.get(i);
                if (target == null || !source.hasTranslatableText() || target.sameContentAs(source)) continue;
                boolean guess = splitGuessed && !sure;
                int[] targetNumbers = numberingAsSource(target, source, numbers.get(i));
                entries.add(new TmEntry(sourceTexts.get(i), convert(target, targetNumbers, markupSource),
                        sourceLanguage, targetLanguage, postId, unit.resname() == null ? "" : unit.resname(),
                        TmEntry.hash(i > 0 ? sourceTexts.get(i - 1) : null),
                        TmEntry.hash(i + 1 < sources.size() ? sourceTexts.get(i + 1) : null), created, guess));
                if (guess) guessed++;
            }
        }
        return new Pairs(entries, skipped, whole, guessed);
    }

    /**
     * A unit's source sentences as the memory sees them (codes numbered from 1 and carrying their markup), in
     * order: what export asks a memory about ({@link ExportLeverage}).
     */
    public static List<TmText> sourceSentences(SourceDocument document, TextUnit unit) {
        List<Segment> sources = unit.segments().isEmpty() ? List.of(new Segment(1, unit.source(), "")) : unit.segments();
        String markupSource = markupSource(document, unit);
        List<TmText> texts = new ArrayList<>(sources.size());
        for (Segment s : sources) texts.add(convert(s.content(), numbering(s.content()), markupSource));
        return texts;
    }

    /**
     * A unit's whole source as the memory sees it (codes numbered from 1 over the unit): what export asks a memory
     * about when the unit's translation may have been kept whole ({@link ExportLeverage}).
     */
    public static TmText unitSource(SourceDocument document, TextUnit unit) {
        return convert(unit.source(), numbering(unit.source()), markupSource(document, unit));
    }

    /** The translation per source sentence, or null when it cannot be split one to one. */
    private static List<Fragment> sentenceTargets(UnitTranslation t, List<Segment> sources, Segmenter segmenter) {
        List<Fragment> targets = t.segments();
        if (targets == null && sources.size() == 1) targets = List.of(t.target());
        if (targets == null) targets = segmenter.segment(t.target()).stream().map(Segment::content).toList();
        if (targets.size() != sources.size()) return null;
        for (int i = 0; i < targets.size(); i++) {
            if (!Arrays.equals(codeKeys(targets.get(i)), codeKeys(sources.get(i).content()))) return null;
        }
        return targets;
    }

    /**
     * The sentences a translator left in segments of their own ({@link UnitTranslation#separate}), each kept
     * only when it has its source sentence's codes (null entries stay null); null when none is left.
     */
    private static List<Fragment> checked(List<Fragment> separate, List<Segment> sources) {
        if (separate.size() != sources.size()) return null;
        List<Fragment> kept = new ArrayList<>(separate);
        boolean any = false;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) == null) continue;
            if (Arrays.equals(codeKeys(kept.get(i)), codeKeys(sources.get(i).content()))) any = true;
            else kept.set(i, null);
        }
        return any ? kept : null;
    }

    /** The distinct kinds and ids of a fragment's codes, each as one number, ascending. */
    private static long[] codeKeys(Fragment fragment) {
        List<Code> codes = fragment.codes();
        long[] keys = new long[codes.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) codes.get(i).kind().ordinal() << 32) | (codes.get(i).id() & 0xffffffffL);
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) if (i == 0 || keys[i] != keys[i - 1]) keys[distinct++] = keys[i];
        return Arrays.copyOf(keys, distinct);
    }

    /**
     * The sentence's codes numbered 1, 2, … in order of appearance, a pair sharing its number: one number per code of
     * {@link Fragment#codes()}, in order (a code repeated with its kind and id keeps its first number).
     */
    private static int[] numbering(Fragment sentence) {
        List<Code> codes = sentence.codes();
        int[] number = new int[codes.size()];
        int next = 0;
        for (int i = 0; i < number.length; i++) {
            Code c = codes.get(i);
            int same = -1; // an earlier code of the same kind and id, else of the same pair
            for (int j = 0; j < i && same < 0; j++) {
                Code earlier = codes.get(j);
                if (earlier.id() == c.id() && earlier.kind() == c.kind()) same = j;
            }
            for (int j = 0; j < i && same < 0 && c.kind() != Code.Kind.STANDALONE; j++) {
                Code earlier = codes.get(j);
                if (earlier.id() == c.id() && earlier.kind() != Code.Kind.STANDALONE) same = j;
            }
            number[i] = same >= 0 ? number[same] : ++next;
        }
        return number;
    }

    /**
     * The numbers of a translation's codes: each its source code's ({@code sourceNumbers}, by {@link #numbering}), found
     * by kind and id, so a code keeps its number wherever the translation moved it (Korean word order often puts a
     * link or a bold phrase elsewhere; numbered by place, the tags would swap markup and a memory match would put the
     * link on the wrong words). The translation has the same codes as its source ({@link #sentenceTargets}).
     */
    private static int[] numberingAsSource(Fragment target, Fragment source, int[] sourceNumbers) {
        List<Code> sourceCodes = source.codes();
        List<Code> codes = target.codes();
        int[] number = new int[codes.size()];
        for (int i = 0; i < number.length; i++) {
            Code c = codes.get(i);
            for (int j = 0; j < sourceCodes.size() && number[i] == 0; j++) {
                Code s = sourceCodes.get(j);
                if (s.id() == c.id() && s.kind() == c.kind()) number[i] = sourceNumbers[j];
            }
        }
        return number;
    }

    private static TmText convert(Fragment fragment, int[] number, String markupSource) {
        List<Part> fragmentParts = fragment.parts();
        List<TmText.Part> parts = new ArrayList<>(fragmentParts.size());
        int code = 0;
        for (Part part : fragmentParts) {
            if (part instanceof Text t) {
                parts.add(new TmText.Plain(t.value()));
                continue;
            }
            Code c = (Code) part;
            TmText.Kind kind = switch (c.kind()) {
                case OPENING -> TmText.Kind.OPEN;
                case CLOSING -> TmText.Kind.CLOSE;
                case STANDALONE -> TmText.Kind.STANDALONE;
            };
            parts.add(new TmText.Tag(kind, number[code++], c.type(), markup(c, markupSource)));
        }
        return new TmText(parts);
    }

    /** A code's markup, taken from the text its range points into ({@link #markupSource}); empty when out of range. */
    static String markup(Code c, String markupSource) {
        return c.rawEnd() <= markupSource.length() && c.rawStart() >= 0 ? markupSource.substring(c.rawStart(), c.rawEnd()) : "";
    }

    /**
     * The text the unit's code ranges point into: the field's HTML, or for a block attribute its decoded string
     * value (as merge copies the codes' markup from it).
     */
    static String markupSource(SourceDocument document, TextUnit unit) {
        Field field = document.field(unit.field());
        if (field == null) return "";
        String html = field.html();
        if (unit.context() != TextContext.BLOCK_ATTRIBUTE) return html;
        String json = html.substring(unit.spanStart(), unit.spanEnd());
        try (JsonParser parser = STRINGS.createParser(json)) {
            // A string literal (every block attribute unit's) by the streaming parser; anything else as before.
            if (parser.nextToken() == JsonToken.VALUE_STRING) return parser.getText();
            return Databind.JSON.readValue(json, String.class);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static final JsonFactory STRINGS = new JsonFactory();

    /** The data-binding mapper, made only if a block attribute's span is not a string literal (never seen). */
    private static final class Databind {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
