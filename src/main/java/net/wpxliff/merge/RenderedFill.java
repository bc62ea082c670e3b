package net.wpxliff.merge;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.ReturnedUnit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates the rendered fields of a post whose raw fields were translated ({@code context=edit} input).
 * WordPress's renderer cannot run here, but the rendered HTML holds the sentences of the raw HTML, changed
 * only by {@code wptexturize} (curly quotes, dashes, ellipsis, entities) and {@code wpautop} (paragraphs and
 * line breaks), plus markup of its own (dynamic blocks, expanded shortcodes). So each rendered unit, or each
 * of its sentences, takes the translation of the raw unit or sentence with the same {@link TexturizedText
 * key} and the same codes one to one ({@link CodeMap}); the translation's codes are replaced by the rendered
 * ones. The rendered post is then merged by the ordinary {@link DocumentMerger}, so every merge check
 * (codes, escaping, the tree check, link localization) applies. Whatever finds no match keeps its English
 * text, and the warnings say how many units per field did: WordPress renders those fields again from the
 * raw ones when the post is saved.
 */
public final class RenderedFill {

    /**
     * The translated rendered fields.
     *
     * @param fields     field key to merged HTML, for every field of the rendered document
     * @param units      rendered units found
     * @param translated rendered units translated in full (every sentence)
     * @param warnings   one line per field where units (or some of their sentences) kept their English text
     */
    public record Filled(Map<String, String> fields, int units, int translated, List<String> warnings) {
        public Filled {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            warnings = List.copyOf(warnings);
        }
    }

    /** A source (raw unit or sentence) and its translation. */
    private record Candidate(Fragment source, Fragment target) {
    }

    /** Outcome for one rendered unit. */
    private record Match(Fragment target, boolean complete) {
    }

    private static final int ATTEMPTS = 3;

    private final DocumentMerger.Options options;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final DocumentExtractor extractor;

    public RenderedFill(DocumentMerger.Options options, String sourceLanguage, String targetLanguage,
                        DocumentExtractor extractor) {
        // units without a match keep their English text: never a reason to fail
        this.options = new DocumentMerger.Options(true, options.rewriteLinks(), options.locale());
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.extractor = extractor;
    }

    /**
     * @param rendered    the post with its rendered fields ({@code title}, {@code excerpt}, {@code content})
     * @param translations the merged raw units
     * @throws MergeException when the merged rendered HTML fails a merge check that no unit can be blamed for
     */
    public Filled fill(SourceDocument rendered, List<UnitTranslation> translations) throws MergeException {
        Map<String, Candidate> unitIndex = new HashMap<>();
        Map<String, Candidate> sentenceIndex = new HashMap<>();
        for (UnitTranslation t : translations) {
            if (t.target() == null) continue;
            index(unitIndex, TexturizedText.key(t.unit().source()), new Candidate(t.unit().source(), t.target()));
            List<Fragment> sentences = sentenceTargets(t);
            if (sentences == null) continue;
            for (int i = 0; i < sentences.size(); i++) {
                Fragment sentence = t.unit().segments().get(i).content();
                index(sentenceIndex, TexturizedText.key(sentence), new Candidate(sentence, sentences.get(i)));
            }
        }

        rendered = withTokenSpans(rendered);
        Extraction extraction = extractor.extract(rendered);
        Map<String, Match> matches = new LinkedHashMap<>();
        for (TextUnit unit : extraction.units()) {
            Match match = match(unit, unitIndex, sentenceIndex);
            if (match != null) matches.put(unit.id(), match);
        }

        Set<String> refused = new HashSet<>();
        DocumentMerger.Result result = merge(rendered, extraction, matches, refused);
        return new Filled(result.fields(), extraction.units().size(),
                (int) matches.values().stream().filter(Match::complete).count(),
                warnings(rendered, extraction, matches, refused));
    }

    /** The rendered unit's translation, whole or sentence by sentence; null when nothing in it matches. */
    private static Match match(TextUnit unit, Map<String, Candidate> unitIndex, Map<String, Candidate> sentenceIndex) {
        Fragment whole = wrapped(unit.source(), unitIndex, sentenceIndex);
        if (whole != null) return new Match(whole, true);
        List<Part> parts = new ArrayList<>();
        int found = 0;
        for (Segment sentence : unit.segments()) {
            Fragment target = wrapped(sentence.content(), Map.of(), sentenceIndex);
            if (target != null) found++;
            parts.addAll((target == null ? sentence.content() : target).parts());
            parts.add(new Text(sentence.gapAfter()));
        }
        if (found == 0) return null;
        return new Match(Fragment.of(parts), found == unit.segments().size());
    }

    /**
     * The translation of the whole fragment; else of what is inside the paired codes that enclose all of it (a
     * dynamic block renders a block attribute, {@code "label":"Search"}, as {@code <label>Search</label>}), or
     * after or before a standalone code at its edge (the {@code <br />} wpautop puts between two sentences of
     * a line-broken paragraph starts the second one), the codes kept where they are; null when none matches.
     */
    private static Fragment wrapped(Fragment rendered, Map<String, Candidate> unitIndex,
                                    Map<String, Candidate> sentenceIndex) {
        String key = TexturizedText.key(rendered);
        Fragment target = moved(unitIndex.get(key), rendered);
        if (target == null) target = moved(sentenceIndex.get(key), rendered);
        if (target != null) return target;
        List<Part> parts = rendered.parts();
        int last = parts.size() - 1;
        if (last < 1) return null;
        Code first = parts.get(0) instanceof Code c ? c : null, end = parts.get(last) instanceof Code c ? c : null;
        if (first != null && end != null && first.kind() == Code.Kind.OPENING && end.kind() == Code.Kind.CLOSING
                && first.id() == end.id()) {
            return around(first, wrapped(Fragment.of(parts.subList(1, last)), unitIndex, sentenceIndex), end);
        }
        if (first != null && first.kind() == Code.Kind.STANDALONE) {
            return around(first, wrapped(Fragment.of(parts.subList(1, last + 1)), unitIndex, sentenceIndex), null);
        }
        if (end != null && end.kind() == Code.Kind.STANDALONE) {
            return around(null, wrapped(Fragment.of(parts.subList(0, last)), unitIndex, sentenceIndex), end);
        }
        // an element without letters closing it (the back link "↩︎" the Footnotes block renders after each note)
        int open = trailingElementWithoutLetters(parts);
        if (open > 0) {
            List<Part> head = new ArrayList<>(parts.subList(0, open));
            List<Part> tail = new ArrayList<>(parts.subList(open, last + 1));
            // the space before it stays before it
            if (head.get(head.size() - 1) instanceof Text t) {
                String text = t.value(), trimmed = text.stripTrailing();
                if (trimmed.length() < text.length()) {
                    head.remove(head.size() - 1);
                    if (!trimmed.isEmpty()) head.add(new Text(trimmed));
                    tail.add(0, new Text(text.substring(trimmed.length())));
                }
            }
            if (head.isEmpty()) return null;
            Fragment inner = wrapped(Fragment.of(head), unitIndex, sentenceIndex);
            if (inner == null) return null;
            List<Part> joined = new ArrayList<>(inner.parts());
            joined.addAll(tail);
            return Fragment.of(joined);
        }
        return null;
    }

    /**
     * Where the element that ends the parts opens (its opening code), when nothing in it is a letter; else -1.
     */
    private static int trailingElementWithoutLetters(List<Part> parts) {
        int last = parts.size() - 1;
        if (!(parts.get(last) instanceof Code end) || end.kind() != Code.Kind.CLOSING) return -1;
        for (int i = last - 1; i >= 0; i--) {
            Part part = parts.get(i);
            if (part instanceof Code c) {
                if (c.kind() == Code.Kind.OPENING && c.id() == end.id()) return i;
            } else if (((Text) part).value().codePoints().anyMatch(Character::isLetter)) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code inner} between the codes given (null for none), or null without {@code inner}. */
    private static Fragment around(Code before, Fragment inner, Code after) {
        if (inner == null) return null;
        List<Part> parts = new ArrayList<>(inner.parts().size() + 2);
        if (before != null) parts.add(before);
        parts.addAll(inner.parts());
        if (after != null) parts.add(after);
        return Fragment.of(parts);
    }

    /** The candidate's translation with the rendered codes, or null without a candidate or a one-to-one code match. */
    /**
     * Adds a raw text and its translation under its key. A text translated two ways (two search blocks labelled
     * "Search", one translated "검색", the other "찾기") is ambiguous: which rendered copy is which cannot be told by text,
     * so neither translation is used there and the rendered text stays English, as the warnings say (QA: every rendered
     * copy took the first translation).
     */
    private static void index(Map<String, Candidate> index, String key, Candidate candidate) {
        Candidate known = index.putIfAbsent(key, candidate);
        if (known != null && known != AMBIGUOUS && !known.target().sameContentAs(candidate.target())) {
            index.put(key, AMBIGUOUS);
        }
    }

    /** Stands for a raw text translated in more than one way ({@link #index}). */
    private static final Candidate AMBIGUOUS = new Candidate(Fragment.of(List.of()), Fragment.of(List.of()));

    private static Fragment moved(Candidate candidate, Fragment rendered) {
        if (candidate == null || candidate == AMBIGUOUS) return null;
        // a translation that is the raw source itself (an identity merge) keeps the rendered text as it is
        if (candidate.target().sameContentAs(candidate.source())) return rendered;
        CodeMap codes = CodeMap.between(candidate.source(), rendered);
        return codes == null ? null : codes.apply(candidate.target());
    }

    /**
     * The translation per sentence of the raw unit: as given, or the translation split with the export's
     * rules when that gives as many sentences as the source, each with the codes of its source sentence.
     */
    private List<Fragment> sentenceTargets(UnitTranslation t) {
        List<Segment> source = t.unit().segments();
        List<Fragment> sentences = t.segments();
        if (sentences == null && source.size() == 1) sentences = List.of(t.target());
        if (sentences == null) sentences = extractor.segmenter().segment(t.target()).stream().map(Segment::content).toList();
        if (sentences.size() != source.size()) return null;
        for (int i = 0; i < sentences.size(); i++) {
            if (!codeKeys(sentences.get(i)).equals(codeKeys(source.get(i).content()))) return null;
        }
        return sentences;
    }

    private static Set<String> codeKeys(Fragment fragment) {
        Set<String> keys = new HashSet<>();
        for (Code c : fragment.codes()) keys.add(c.kind() + ":" + c.id());
        return keys;
    }

    /**
     * Merges with every merge check. A unit whose translation a check refuses (a translation that does not
     * fit the rendered markup) keeps its English text instead, and the merge runs again; when a problem names
     * no unit, or problems remain after {@value #ATTEMPTS} runs, every unit keeps its English text (links are
     * still localized). Only a problem of the rendered post itself, with no translation in it, is thrown.
     */
    private DocumentMerger.Result merge(SourceDocument rendered, Extraction extraction, Map<String, Match> matches,
                                        Set<String> refused) throws MergeException {
        Path path = pathOf(rendered);
        DocumentMerger merger = new DocumentMerger(options, sourceLanguage, targetLanguage);
        for (int attempt = 1; ; attempt++) {
            List<ReturnedUnit> returned = new ArrayList<>();
            for (TextUnit unit : extraction.units()) {
                Match match = matches.get(unit.id());
                if (match == null) continue;
                returned.add(new ReturnedUnit(unit.id(), -1, UnitContent.tokens(unit.source()), null,
                        List.of(new ReturnedUnit.TargetSegment(null, UnitContent.tokens(match.target()), -1))));
            }
            ReturnedFile file = new ReturnedFile(path, -1, "1.2", sourceLanguage, targetLanguage, null, null, returned);
            try {
                return merger.mergeFields(file, extraction); // the rendered view's own output files are not used
            } catch (MergeException e) {
                if (matches.isEmpty()) throw e; // the rendered post itself fails a check: nothing a translation did
                Set<String> blamed = new HashSet<>();
                for (Problem p : e.problems()) if (p.unitId() != null && matches.containsKey(p.unitId())) blamed.add(p.unitId());
                // a problem no unit is named for, or one more after the named ones left: all keep their English
                if (blamed.size() < e.problems().size() || attempt == ATTEMPTS) blamed = new HashSet<>(matches.keySet());
                matches.keySet().removeAll(blamed);
                refused.addAll(blamed);
            }
        }
    }

    /**
     * The document as merge needs it: the post JSON with each field's string token in it (merge writes the
     * post's JSON too, which the fill does not use). A document made of the rendered strings alone gets a
     * JSON text of its own holding them.
     */
    private static SourceDocument withTokenSpans(SourceDocument rendered) {
        boolean spans = rendered.fields().stream().allMatch(f -> f.tokenStart() >= 0 && f.tokenEnd() <= rendered.text().length()
                && f.tokenStart() < f.tokenEnd());
        if (spans) return rendered;
        StringBuilder json = new StringBuilder("{");
        List<Field> fields = new ArrayList<>();
        for (Field field : rendered.fields()) {
            if (json.length() > 1) json.append(',');
            json.append(PostJsonWriter.encode(field.key(), false, false)).append(':');
            int start = json.length();
            json.append(PostJsonWriter.encode(field.html(), false, false));
            fields.add(new Field(field.key(), field.html(), start, json.length(), field.markup()));
        }
        json.append('}');
        return new SourceDocument(rendered.origin(), rendered.kind(), rendered.name(), json.toString(),
                rendered.charset(), false, rendered.postId(), rendered.link(), rendered.guid(), fields, rendered.notes());
    }

    private static Path pathOf(SourceDocument rendered) {
        try {
            return Path.of(rendered.origin());
        } catch (InvalidPathException e) {
            return Path.of(rendered.name());
        }
    }

    /** One line per field with units (or sentences) left in English. */
    private static List<String> warnings(SourceDocument rendered, Extraction extraction, Map<String, Match> matches,
                                         Set<String> refused) {
        List<String> warnings = new ArrayList<>();
        for (Field field : rendered.fields()) {
            List<TextUnit> units = extraction.unitsOf(field.key());
            int english = 0, partly = 0, unsafe = 0;
            List<String> named = new ArrayList<>(); // the first few kept in English, by key, for the reader to find them
            for (TextUnit unit : units) {
                Match match = matches.get(unit.id());
                if (refused.contains(unit.id())) unsafe++;
                if (match == null) {
                    english++;
                    if (named.size() < 3) named.add(unit.resname() != null ? unit.resname() : unit.id());
                } else if (!match.complete()) partly++;
            }
            if (english == 0 && partly == 0) continue;
            StringBuilder line = new StringBuilder(field.key()).append(".rendered: ");
            if (english > 0) {
                line.append(english).append(" of ").append(units.size()).append(" units kept in English (");
                line.append(unsafe > 0 ? unsafe + " whose translation does not fit the rendered markup, "
                        + (english - unsafe) + " with no translated raw sentence matching" : "no translated raw sentence matches");
                line.append("; ").append(String.join(", ", named)).append(english > named.size() ? ", …" : "").append(")");
            }
            if (partly > 0) {
                line.append(english > 0 ? ", " : "").append(partly).append(" of ").append(units.size())
                        .append(" partly (some sentences match no raw sentence)");
            }
            warnings.add(line.append("; WordPress renders this field again when the post is saved").toString());
        }
        return warnings;
    }
}
