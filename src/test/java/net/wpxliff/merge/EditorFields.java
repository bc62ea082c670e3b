package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.ReturnedUnit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Editor text ({@link Field.Markup#EDITOR}, what {@code content.raw} holds) through extraction and merge, without
 * an XLIFF file in between: a post whose {@code content} is the given text, its units, and the merged field for a
 * translation of every unit (identity, pseudo-translation, or any other).
 */
final class EditorFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(new Segmenter(null));
    private static final PseudoTranslator PSEUDO = new PseudoTranslator();

    private EditorFields() {
    }

    /** A post with one field, {@code content}, holding {@code text} with the given markup. */
    static SourceDocument post(String text, Field.Markup markup) {
        String token;
        try {
            token = JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String json = "{\"id\":1,\"slug\":\"editor\",\"link\":\"https://site.example/editor/\",\"content\":{\"raw\":" + token + "}}";
        int start = json.indexOf(token);
        Field content = new Field("content", text, start, start + token.length(), markup);
        return new SourceDocument("editor-test", SourceDocument.Kind.WP_POST, "editor", json, StandardCharsets.UTF_8,
                false, "1", "https://site.example/editor/", null, List.of(content));
    }

    static Extraction extract(String text, Field.Markup markup) {
        return EXTRACTOR.extract(post(text, markup));
    }

    static Extraction extract(String text) {
        return extract(text, Field.Markup.EDITOR);
    }

    /** The units' source texts, codes written {@code {1}…{/1}} and {@code {2/}}. */
    static List<String> units(Extraction extraction) {
        return extraction.units().stream().map(u -> u.source().toString()).toList();
    }

    /** The merged {@code content} with every unit translated as {@code translate} says. */
    static String merge(Extraction extraction, Function<TextUnit, Fragment> translate) throws MergeException {
        List<ReturnedUnit> returned = new ArrayList<>();
        for (TextUnit unit : extraction.units()) {
            Fragment target = translate.apply(unit);
            returned.add(new ReturnedUnit(unit.id(), 1, UnitContent.tokens(unit.source()), null,
                    List.of(new ReturnedUnit.TargetSegment(null, UnitContent.tokens(target), 1))));
        }
        ReturnedFile file = new ReturnedFile(Path.of("editor-test.xlf"), 1, "1.2", "en", "ko", "", "", returned);
        DocumentMerger merger = new DocumentMerger(new DocumentMerger.Options(false, false), "en", "ko");
        return merger.merge(file, extraction).fields().get("content");
    }

    static String identity(Extraction extraction) throws MergeException {
        return merge(extraction, TextUnit::source);
    }

    static String pseudo(Extraction extraction) throws MergeException {
        return merge(extraction, unit -> PSEUDO.translate(unit.source()));
    }
}
