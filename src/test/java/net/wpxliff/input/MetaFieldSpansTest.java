package net.wpxliff.input;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Translated custom fields ({@code meta.<name>}) found in a post's JSON text, with their token spans. */
class MetaFieldSpansTest {
    @Test
    void findsTheConfiguredStringsOfThePostsMeta() throws Exception {
        String json = "{\"id\":1,\"title\":{\"raw\":\"T\"},\"x\":{\"meta\":{\"subtitle\":\"nested, not the post's\"}},"
                + "\"meta\":{\"price\":\"12\",\"subtitle\":\"A \\\"quoted\\\" subtitle\",\"count\":3,"
                + "\"taglines\":[\"One\",7,\"Two\"],\"empty\":{}}}";
        List<MetaFieldSpans.Span> spans = MetaFieldSpans.find(json, Set.of("subtitle", "taglines", "count"));
        assertEquals(List.of("meta.subtitle", "meta.taglines[0]", "meta.taglines[2]"),
                spans.stream().map(MetaFieldSpans.Span::key).toList());
        MetaFieldSpans.Span subtitle = spans.get(0);
        assertEquals("A \"quoted\" subtitle", subtitle.value());
        assertEquals("\"A \\\"quoted\\\" subtitle\"", json.substring(subtitle.tokenStart(), subtitle.tokenEnd()));
        assertEquals("\"Two\"", json.substring(spans.get(2).tokenStart(), spans.get(2).tokenEnd()));
        assertEquals(List.of(), MetaFieldSpans.find("{\"id\":1}", Set.of("subtitle")));
        assertEquals(List.of(), MetaFieldSpans.find(json, Set.of()));
    }

    @Test
    void aMemberGivenTwiceIsTheLastOneAsWordPressReadsIt() throws Exception {
        String json = "{\"meta\":{\"subtitle\":\"first\",\"taglines\":[\"a\",\"b\"],\"subtitle\":\"second\","
                + "\"taglines\":[\"c\"]}}";
        List<MetaFieldSpans.Span> spans = MetaFieldSpans.find(json, Set.of("subtitle", "taglines"));
        assertEquals(List.of("meta.subtitle:second", "meta.taglines[0]:c"),
                spans.stream().map(s -> s.key() + ":" + s.value()).toList());
        assertEquals(List.of("subtitle", "taglines"), spans.stream().map(MetaFieldSpans.Span::name).toList());
        assertEquals(List.of(-1, 0), spans.stream().map(MetaFieldSpans.Span::index).toList());
        // a second meta member replaces the first, whatever its value
        assertEquals(List.of(), MetaFieldSpans.find("{\"meta\":{\"subtitle\":\"x\"},\"meta\":[]}", Set.of("subtitle")));
        assertEquals(List.of("meta.subtitle:y"), MetaFieldSpans.find("{\"meta\":{\"subtitle\":\"x\"},\"meta\":{\"subtitle\":\"y\"}}",
                Set.of("subtitle")).stream().map(s -> s.key() + ":" + s.value()).toList());
    }
}
