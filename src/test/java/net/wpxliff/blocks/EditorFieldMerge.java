package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergeException;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.trust.KeyException;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.SchemaCheck;
import net.wpxliff.xliff.Targets;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.XliffFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A post whose {@code content} is an editor field ({@link Field.Markup#EDITOR}: {@code content.raw}), taken through
 * export, a returned XLIFF 1.2 or 2.1 file (targets from a function) and merge, with the API the CLI uses
 * ({@link DocumentExtractor}, the XLIFF writer and reader, {@link DocumentMerger}).
 */
final class EditorFieldMerge {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final PseudoTranslator PSEUDO = new PseudoTranslator();

    private final TranslationConfig config;
    private final boolean segmented;
    private final XliffFormat format;

    EditorFieldMerge(TranslationConfig config, boolean segmented) {
        this(config, segmented, XliffFormat.XLIFF12);
    }

    EditorFieldMerge(TranslationConfig config, boolean segmented, XliffFormat format) {
        this.config = config;
        this.segmented = segmented;
        this.format = format;
    }

    /** A post JSON object holding {@code raw} as {@code content.raw}, its content field an editor field. */
    static SourceDocument post(String raw) {
        String prefix = "{\"id\":7,\"slug\":\"blocks\",\"content\":{\"raw\":";
        String token;
        try {
            token = JSON.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String text = prefix + token + "}}";
        Field content = new Field("content", raw, prefix.length(), prefix.length() + token.length(), Field.Markup.EDITOR);
        return new SourceDocument("blocks.json", SourceDocument.Kind.WP_POST, "blocks", text, StandardCharsets.UTF_8,
                false, "7", null, null, List.of(content));
    }

    Extraction extract(String raw) {
        return new DocumentExtractor(new Segmenter(null)).extract(post(raw), config);
    }

    /** The merged content field, every unit translated by {@code translate} (whole units: export is unsegmented). */
    String merge(String raw, Function<TextUnit, Fragment> translate, Path work) throws MergeException {
        return merge(raw, unit -> List.of(new Segment(1, translate.apply(unit), "")), work, false);
    }

    /** The merged content field with every unit pseudo-translated. */
    String pseudoMerge(String raw, Path work) throws MergeException {
        return merge(raw, PSEUDO::translate, work, true);
    }

    private String merge(String raw, Function<TextUnit, List<Segment>> targets, Path work, boolean pseudo)
            throws MergeException {
        ExportOptions options = new ExportOptions("en", "ko", segmented, false, config);
        Exporter exporter = new Exporter(options, format, false, key());
        Exporter.Result exported = exporter.export(post(raw));
        String xliff = format.writer(options, new Targets() {
            @Override
            public List<Segment> target(TextUnit unit) {
                return targets.apply(unit);
            }

            @Override
            public boolean pseudo() {
                return pseudo;
            }
        }).write(exported.extraction(), null, EmbeddedSource.of(exported.document(), options, "blocks").seal(key()));
        try {
            Path file = work.resolve("blocks.ko.xlf");
            Files.writeString(file, xliff, StandardCharsets.UTF_8);
            ReturnedFile returned = XliffFiles.read(file).get(0);
            List<SchemaCheck.Violation> invalid = SchemaCheck.validate(file, returned.format());
            if (!invalid.isEmpty()) throw new IllegalStateException("not valid XLIFF: " + invalid);
            Extraction again = new DocumentExtractor(new Segmenter(null)).extract(post(raw), config);
            return new DocumentMerger(new DocumentMerger.Options(false, false), "en", "ko")
                    .merge(returned, again).fields().get("content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XliffException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Each text of {@code source} replaced by {@code text}; codes kept in place. */
    static Fragment eachTextAs(Fragment source, String text) {
        List<net.wpxliff.unit.Part> parts = new java.util.ArrayList<>();
        for (net.wpxliff.unit.Part part : source.parts()) {
            parts.add(part instanceof net.wpxliff.unit.Text ? new net.wpxliff.unit.Text(text) : part);
        }
        return Fragment.of(parts);
    }

    private static SigningKey key() {
        try {
            return SigningKey.of("blocks-test-key-blocks-test-key-blocks-test-key", "test");
        } catch (KeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
