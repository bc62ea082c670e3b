package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static net.wpxliff.merge.EditorContentTest.all;
import static net.wpxliff.merge.EditorContentTest.assertNoUnitHoldsADelimiter;
import static net.wpxliff.merge.EditorContentTest.delimiters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editor text of the shared corpus: every {@code content.raw} of {@code ../shared/corpus/wp/**.edit.json} (block
 * content) and every classic {@code content:encoded} (no block) of the WXR files in {@code ../shared/corpus/wxr},
 * each read here as a field with {@link Field.Markup#EDITOR}. No unit holds a block delimiter or, in classic
 * content, a blank line; a pseudo-translation merges (all merge checks, the HTML tree check included) keeping
 * every delimiter, blank line and shortcode tag byte for byte and in order; the identity merge is byte-exact.
 */
class EditorCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WP = SharedCorpus.ROOT.resolve("wp");
    private static final Path WXR = SharedCorpus.ROOT.resolve("wxr");
    private static final Pattern BLANK_LINE = Pattern.compile("(?:\r\n|\r|\n)[ \t\n\u000B\f\r]*(?:\r\n|\r|\n)");
    private static final Pattern SHORTCODE_TAG = Pattern.compile("\\[\\[?/?[A-Za-z][\\w-]*(?:\\s[^\\[\\]]*)?/?]]?");
    /** Words in brackets in the theme test data ("coracles [simple boat]"): text, not a shortcode (ShortcodeShapeTest). */
    private static final List<String> BRACKETED_WORDS = List.of("[simple boat]");
    /** A [caption]'s caption attribute, which is translated (CaptionAttributeTest): its value is not compared. */
    private static final Pattern CAPTION_VALUE = Pattern.compile("(\\[caption\\s[^\\[\\]]*?\\bcaption=\")[^\"]*\"");

    static List<Path> editFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(WP)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".edit.json")).sorted().toList();
        }
    }

    static String contentRaw(Path file) throws IOException {
        JsonNode raw = JSON.readTree(file.toFile()).path("content").path("raw");
        assertTrue(raw.isTextual(), file + ": no content.raw");
        return raw.textValue();
    }

    /** The {@code content:encoded} of every item of a WXR file, in order. */
    static List<String> wxrContents(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> contents = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("encoded")
                        && "content".equals(reader.getPrefix())) {
                    contents.add(reader.getElementText());
                }
            }
        }
        return contents;
    }

    @TestFactory
    Stream<DynamicTest> blockContentKeepsEveryDelimiterOutOfUnitsAndInPlace() throws IOException {
        if (!SharedCorpus.present()) return SharedCorpus.missing("editor markup over the corpus's content.raw");
        List<Path> files = editFiles();
        assertFalse(files.isEmpty(), "no *.edit.json under " + WP);
        return files.stream().map(file -> DynamicTest.dynamicTest(WP.relativize(file).toString(), () -> {
            String raw = contentRaw(file);
            Extraction extraction = EditorFields.extract(raw);
            assertNoUnitHoldsADelimiter(raw, extraction);
            String merged = EditorFields.pseudo(extraction);
            // every delimiter stays, in order; only the block-attribute units' values inside them are translated
            assertEquals(withoutAttributes(delimiters(raw)), withoutAttributes(delimiters(merged)),
                    file + ": delimiters after a pseudo-translation");
            java.util.Set<String> keys = net.wpxliff.testing.BlockTrees.translatedAttributes(extraction);
            assertEquals(net.wpxliff.testing.BlockTrees.of(raw, keys, "content"),
                    net.wpxliff.testing.BlockTrees.of(merged, keys, "content"), file + ": block attributes");
            assertEquals(raw, EditorFields.identity(extraction), file + ": identity merge");
        }));
    }

    @TestFactory
    Stream<DynamicTest> classicContentKeepsBlankLinesAndShortcodes() throws IOException, XMLStreamException {
        if (!SharedCorpus.present() || !Files.isDirectory(WXR)) return SharedCorpus.missing("editor markup over WXR classic content");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> list = Files.list(WXR)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                List<String> contents = wxrContents(file);
                for (int i = 0; i < contents.size(); i++) {
                    String content = contents.get(i);
                    if (content.isBlank() || content.contains("<!-- wp:")) continue;
                    String name = file.getFileName() + " item " + (i + 1);
                    tests.add(DynamicTest.dynamicTest(name, () -> checkClassic(name, content)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no classic content in " + WXR);
        return tests.stream();
    }

    private static void checkClassic(String name, String content) throws MergeException {
        Extraction extraction = EditorFields.extract(content);
        for (TextUnit unit : extraction.units()) {
            if (unit.context() != TextContext.HTML_TEXT) continue;
            int at = unit.spanStart();
            for (Code code : unit.source().codes()) { // text between codes: a protected <code> may hold blank lines
                assertFalse(BLANK_LINE.matcher(content.substring(at, Math.max(at, code.rawStart()))).find(), name + ": " + unit.id());
                at = Math.max(at, code.rawEnd());
            }
            assertFalse(BLANK_LINE.matcher(content.substring(at, unit.spanEnd())).find(), name + ": " + unit.id());
        }
        String merged = EditorFields.pseudo(extraction);
        assertEquals(all(BLANK_LINE, content), all(BLANK_LINE, merged), name + ": blank lines after a pseudo-translation");
        assertEquals(shortcodeTags(content), shortcodeTags(merged), name + ": shortcode tags");
        assertEquals(content, EditorFields.identity(extraction), name + ": identity merge");
    }

    /** The shortcode tags, caption values left out, and words in brackets, which are text and translated. */
    private static List<String> shortcodeTags(String content) {
        List<String> tags = new ArrayList<>(all(SHORTCODE_TAG, captionless(content)));
        tags.removeAll(BRACKETED_WORDS);
        return tags;
    }

    private static String captionless(String content) {
        return CAPTION_VALUE.matcher(content).replaceAll("$1…\"");
    }

    /** The figures for the report: units as editor text and, for comparison, as HTML (as before issue 8). */
    @Test
    void unitCounts() throws IOException, XMLStreamException {
        SharedCorpus.assumeCorpus("editor markup unit counts");
        int posts = 0, editor = 0, html = 0;
        for (Path file : editFiles()) {
            String raw = contentRaw(file);
            posts++;
            editor += EditorFields.extract(raw).units().size();
            html += EditorFields.extract(raw, Field.Markup.HTML).units().size();
        }
        int items = 0, classicEditor = 0, classicHtml = 0, lineBreaks = 0;
        if (Files.isDirectory(WXR)) {
            try (Stream<Path> list = Files.list(WXR)) {
                for (Path file : list.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    for (String content : wxrContents(file)) {
                        if (content.isBlank() || content.contains("<!-- wp:")) continue;
                        items++;
                        Extraction extraction = EditorFields.extract(content);
                        classicEditor += extraction.units().size();
                        lineBreaks += (int) extraction.units().stream().flatMap(u -> u.source().codes().stream())
                                .filter(c -> c.type().equals("lb") && !content.startsWith("<br", c.rawStart())).count();
                        classicHtml += EditorFields.extract(content, Field.Markup.HTML).units().size();
                    }
                }
            }
        }
        System.err.printf("[wpxliff tests] editor markup: %d content.raw (blocks): %d units (%d as HTML);"
                        + " %d classic WXR contents: %d units (%d as HTML), %d newline line-break codes%n",
                posts, editor, html, items, classicEditor, classicHtml, lineBreaks);
        assertTrue(classicEditor >= classicHtml, "blank lines only add unit bounds");
    }

    private static List<String> withoutAttributes(List<String> delimiters) {
        return delimiters.stream().map(d -> d.replaceFirst("(?s)\\{.*\\}", "{…}")).toList();
    }
}
