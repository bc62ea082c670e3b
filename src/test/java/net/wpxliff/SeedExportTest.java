package net.wpxliff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static net.wpxliff.testing.Exports.body;
import static net.wpxliff.testing.Exports.requireUnitWithText;
import static net.wpxliff.testing.Exports.segmentTexts;
import static net.wpxliff.testing.Exports.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance test of export on the project's sample post ({@code seeds/chinese-tech-giants-...json}): which
 * texts become units, how markup and entities arrive, how sentences are cut, and that the XLIFF is valid and
 * reproducible.
 */
class SeedExportTest {
    private static final String TITLE = "Chinese Tech Giants Adopt Open Protocol for AI Development";
    private static final String JSONLD_DESCRIPTION = "Why is  China racing  so fast to  dominate artificial"
            + " intelligence ? It’s simple. They’ve got the  big three  –  Baidu, Alibaba, and Tencent  (BAT) – plus Huawe";

    /** Every unit of the seed, in document order: id → source text (codes removed). */
    private static final Map<String, String> EXPECTED_UNITS = expectedUnits();

    private static Exporter.Result result;
    private static String xliff;

    @BeforeAll
    static void exportSeed() {
        result = Exports.exportOne(Exports.SEED);
        xliff = result.xliff();
    }

    private static Map<String, String> expectedUnits() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title-1", TITLE);
        m.put("excerpt-1", "Breaking tradition: Chinese tech giants join forces in open AI protocol while dominating"
                + " global patents and challenging Western AI supremacy.");
        m.put("content-1", "Why is China racing so fast to dominate artificial intelligence? It’s simple. They’ve got"
                + " the big three – Baidu, Alibaba, and Tencent (BAT) – plus Huawei and ByteDance pumping massive cash"
                + " into the AI game. Not subtle at all. These tech giants aren’t just playing around; they’re dead"
                + " serious about becoming the world’s primary AI innovation hub by 2030.");
        m.put("content-2", "The Chinese government isn’t shy about picking favorites either. They’ve designated their"
                + " “national AI teams” – the BATs plus SenseTime and iFlytek – each tasked with conquering specific"
                + " sectors. Talk about government backing! The Bank of China is throwing a trillion Yuan at AI"
                + " companies over five years. That’s commitment, folks. Chinese state-backed investment funds have"
                + " directed over $40 billion toward artificial intelligence development since 2019, per McKinsey research.");
        m.put("content-3", "Meanwhile, new “AI Tigers” like Zhipu AI, Moonshot AI, and Baichuan are nipping at the"
                + " heels of the giants. China leads the world with 38,210 generative AI patents filed over the past"
                + " decade, dwarfing American numbers. They’re not waiting around. China has launched a staggering 79"
                + " LLMs since 2020, with 117 models already government-approved. The math speaks for itself. China"
                + " accounted for 67% of global generative AI patent filings from 2013 to 2022, per the World"
                + " Intellectual Property Organization’s latest report.");
        m.put("content-4", "China’s AI landscape isn’t just BAT giants—79 LLMs and 117 approved models show hungry"
                + " startups aren’t waiting for permission to dominate. Startups account for over 60% of China’s"
                + " approved AI models, per the Ministry of Industry and Information Technology’s latest report.");
        m.put("content-5", "Each major player has carved out their niche. Baidu dominates autonomous driving. Alibaba"
                + " rules e-commerce and cloud. Tencent owns social and gaming. Huawei? Telecom hardware, obviously."
                + " They’re not stepping on each other’s toes – smart move.");
        m.put("content-6", "The focus on Chinese language gives these models a home-field advantage. Training on"
                + " WeChat and Weibo data? Brilliant strategy. While Western models still lead many benchmarks, the"
                + " gap is closing fast. Qwen 1.5 is proving that Chinese models can compete globally. Stanford HAI’s"
                + " latest index shows Chinese open-source models closed 60% of the performance gap with Western"
                + " leaders in 2024.");
        m.put("content-7", "China’s not just building software either. The “AI Plus” initiative is pushing AI"
                + " integration with manufacturing, healthcare, finance, and more. Real applications, real economy."
                + " China’s AI market is projected to reach $26.7 billion by 2026, with manufacturing and healthcare"
                + " driving 40% of adoption, per IDC research.");
        m.put("content-8", "US chip restrictions? No problem. Ant Group and others are training models on domestic"
                + " chips from Alibaba and Huawei. Domestic AI chips now power over 60% of China’s AI training"
                + " workloads, per a recent report from IDC China.");
        m.put("content-9", "The Digital Silk Road is expanding China’s global digital influence. It’s not just about"
                + " domestic dominance. China wants the whole AI ecosystem. And at this pace? Don’t bet against them.");
        m.put("content-10", "Their educational infrastructure is equally impressive with 535 universities offering AI"
                + " undergraduate majors since 2017, creating a massive talent pipeline that dwarfs American academic"
                + " offerings in the field.");
        m.put("content-11", TITLE); // JSON-LD Article headline
        m.put("content-12", JSONLD_DESCRIPTION); // JSON-LD Article description (spaces kept as in the JSON)
        m.put("content-13", "DesignCopy"); // author.name
        m.put("content-14", "DesignCopy"); // publisher.name
        m.put("content-15", TITLE); // JSON-LD WebPage name
        return m;
    }

    private static List<TextUnit> units() {
        return result.extraction().units();
    }

    @Test
    void unitsAreTitleExcerptParagraphsAndJsonLdTextsInDocumentOrderWithStableIds() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (TextUnit u : units()) actual.put(u.id(), u.source().plainText());
        assertEquals(EXPECTED_UNITS, actual, "units of the seed:\n  " + Exports.describe(result));
        assertEquals(units().size(), units().stream().map(TextUnit::id).distinct().count(), "ids are unique");
    }

    @Test
    void everyParagraphOfContentRenderedIsAUnit() throws Exception {
        // Derived independently of the extractor: jsoup's text of each <p> of content.rendered.
        JsonNode post = new ObjectMapper().readTree(Files.readString(Exports.SEED));
        List<Element> paragraphs = Jsoup.parseBodyFragment(post.path("content").path("rendered").asText()).select("p");
        int withText = 0;
        for (Element p : paragraphs) {
            String text = p.text();
            if (text.isBlank()) continue; // the JSON-LD paragraph: a comment, <br>s and scripts
            withText++;
            TextUnit u = requireUnitWithText(result, text);
            assertEquals(TextContext.HTML_TEXT, u.context(), u.id() + " is text between tags");
        }
        assertEquals(10, withText, "paragraphs with text in content.rendered, the blockquote's included");
        assertEquals("content/blockquote[1]/p[1]", requireUnitWithText(result,
                paragraphs.stream().filter(p -> p.parent().normalName().equals("blockquote")).findFirst().orElseThrow().text())
                .resname(), "the blockquote paragraph is a unit of its own");
    }

    @Test
    void titleAndExcerptAreUnitsOfTheirFields() {
        assertEquals("title", unit(result, "title-1").field());
        assertEquals("title", unit(result, "title-1").resname());
        assertEquals("excerpt", unit(result, "excerpt-1").field());
        assertEquals("excerpt/p[1]", unit(result, "excerpt-1").resname());
    }

    @Test
    void strongAndLinksAreInlineCodesNotText() {
        assertTrue(xliff.contains("Why is <g id=\"1\" ctype=\"bold\" clone=\"no\">China racing</g> so fast"),
                "<strong> is a <g ctype=\"bold\">");
        assertTrue(xliff.contains("China leads the world with <g id=\"1\" ctype=\"link\" clone=\"no\">38,210 generative"
                + " AI patents</g> filed"), "<a href> is a <g ctype=\"link\">");
        assertTrue(xliff.contains("with <g id=\"1\" ctype=\"link\" clone=\"no\">535 universities</g> offering"),
                "second link");
        List<String> codeTypes = unit(result, "content-3").source().codes().stream()
                .filter(c -> c.kind() == Code.Kind.OPENING).map(Code::type).toList();
        assertEquals(List.of("link", "bold", "bold"), codeTypes, "paired codes of content-3 in order");
    }

    @Test
    void noMarkupHrefOrLinkUrlInAnyUnitText() {
        List<String> forbidden = List.of("<", ">", "href", "http", "digitalstrategy-ai.com", "asiatimes.com",
                "nofollow", "data-wpel-link", "designcopy-schema");
        for (TextUnit u : units()) {
            for (String f : forbidden) {
                assertFalse(u.source().plainText().contains(f), u.id() + " contains \"" + f + "\": " + u.source());
            }
        }
        String body = body(xliff);
        for (String f : List.of("href", "digitalstrategy-ai.com", "asiatimes.com", "schema.org", "logo.png",
                "rel=", "target=", "&lt;")) {
            assertFalse(body.contains(f), "the XLIFF body shows \"" + f + "\" to translators");
        }
    }

    @Test
    void numericCharacterReferenceArrivesAsRightSingleQuote() {
        // content.rendered has "Stanford HAI&#8217;s" and "China&#8217;s AI market" (the rest is a literal ’)
        assertTrue(unit(result, "content-6").source().plainText().contains("Stanford HAI’s latest index"));
        assertTrue(unit(result, "content-7").source().plainText().contains("China’s AI market is projected"));
        for (TextUnit u : units()) {
            assertFalse(u.source().plainText().contains("&#"), u.id() + " keeps a character reference");
        }
        assertFalse(body(xliff).contains("&amp;#8217;") || body(xliff).contains("&#8217;"),
                "no escaped or raw &#8217; in the XLIFF body");
    }

    @Test
    void jsonLdHeadlineDescriptionAndNamesAreUnits() {
        Map<String, String> jsonLd = units().stream().filter(u -> u.context() == TextContext.JSON_STRING)
                .collect(Collectors.toMap(TextUnit::resname, u -> u.source().plainText(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("content/p[10]/script[1]/$.headline", TITLE);
        expected.put("content/p[10]/script[1]/$.description", JSONLD_DESCRIPTION);
        expected.put("content/p[10]/script[1]/$.author.name", "DesignCopy");
        expected.put("content/p[10]/script[1]/$.publisher.name", "DesignCopy");
        expected.put("content/p[10]/script[2]/$.name", TITLE);
        assertEquals(expected, jsonLd, "JSON-LD units by resname");
        for (TextUnit u : units()) {
            if (u.context() == TextContext.JSON_STRING) assertTrue(u.preserveSpace(), u.id() + " keeps its spaces");
        }
        assertTrue(xliff.contains("resname=\"content/p[10]/script[1]/$.description\" restype=\"x-json-ld\""
                + " xml:space=\"preserve\""), "JSON-LD units are marked x-json-ld, xml:space=preserve");
    }

    @Test
    void jsonLdUrlsDatesTypesAndSelectorsAreNotUnits() {
        Set<String> notText = Set.of("https://schema.org", "Article", "Person", "ImageObject", "Organization",
                "WebPage", "SpeakableSpecification", "2025-04-22T08:33:07", "2026-03-22T22:49:58",
                "https://designcopy.net/wp-content/uploads/logo.png",
                "https://designcopy.net/en/chinese-tech-giants-open-protocol-ai-development/", "h1", "h2", "p");
        for (TextUnit u : units()) {
            assertFalse(notText.contains(u.source().plainText()), u.id() + " is a JSON-LD non-text value: " + u.source());
            assertFalse(u.resname().contains("@type") || u.resname().contains("url") || u.resname().contains("date")
                    || u.resname().contains("@id") || u.resname().contains("cssSelector"), u.resname());
        }
    }

    @Test
    void firstParagraphSplitsIntoItsFiveSentences() {
        assertEquals(List.of(
                "Why is China racing so fast to dominate artificial intelligence?",
                "It’s simple.",
                "They’ve got the big three – Baidu, Alibaba, and Tencent (BAT) – plus Huawei and ByteDance pumping"
                        + " massive cash into the AI game.",
                "Not subtle at all.",
                "These tech giants aren’t just playing around; they’re dead serious about becoming the world’s"
                        + " primary AI innovation hub by 2030."), segmentTexts(unit(result, "content-1")));
        assertTrue(xliff.contains("<seg-source><mrk mtype=\"seg\" mid=\"1\">Why is <g id=\"1\" ctype=\"bold\""
                + " clone=\"no\">China racing</g> so fast to <g id=\"2\" ctype=\"bold\" clone=\"no\">dominate artificial"
                + " intelligence</g>?</mrk> <mrk mtype=\"seg\" mid=\"2\">It’s simple.</mrk> "), "segments keep their codes");
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        assertEquals(List.of(
                "The focus on Chinese language gives these models a home-field advantage.",
                "Training on WeChat and Weibo data?",
                "Brilliant strategy.",
                "While Western models still lead many benchmarks, the gap is closing fast.",
                "Qwen 1.5 is proving that Chinese models can compete globally.",
                "Stanford HAI’s latest index shows Chinese open-source models closed 60% of the performance gap with"
                        + " Western leaders in 2024."), segmentTexts(unit(result, "content-6")));
        assertTrue(xliff.contains("<mrk mtype=\"seg\" mid=\"5\"><g id=\"4\" ctype=\"bold\" clone=\"no\">Qwen 1.5</g>"
                + " is proving"), "the bold code opening the sentence goes with it");
        assertEquals(List.of(
                "China’s not just building software either.",
                "The “AI Plus” initiative is pushing AI integration with manufacturing, healthcare, finance, and more.",
                "Real applications, real economy.",
                "China’s AI market is projected to reach $26.7 billion by 2026, with manufacturing and healthcare"
                        + " driving 40% of adoption, per IDC research."), segmentTexts(unit(result, "content-7")));
    }

    @Test
    void shortQuestionsAndStatementsAreSentencesOfTheirOwn() {
        assertEquals(List.of("Each major player has carved out their niche.", "Baidu dominates autonomous driving.",
                "Alibaba rules e-commerce and cloud.", "Tencent owns social and gaming.", "Huawei?",
                "Telecom hardware, obviously.", "They’re not stepping on each other’s toes – smart move."),
                segmentTexts(unit(result, "content-5")));
        // Okapi's default SRX breaks after a colon followed by a capital ("always break at colon")
        assertEquals(List.of("Breaking tradition:", "Chinese tech giants join forces in open AI protocol while"
                + " dominating global patents and challenging Western AI supremacy."), segmentTexts(unit(result, "excerpt-1")));
        assertEquals(1, unit(result, "content-10").segments().size(), "one-sentence paragraph");
        assertEquals(1, unit(result, "title-1").segments().size(), "the title is one segment");
    }

    @Test
    void segmentsAndGapsRebuildTheUnitText() {
        for (TextUnit u : units()) {
            StringBuilder joined = new StringBuilder();
            u.segments().forEach(s -> joined.append(s.content().plainText()).append(s.gapAfter()));
            assertEquals(u.source().plainText(), joined.toString(), u.id() + ": segments + gaps = source");
        }
    }

    @Test
    void xliffValidatesAgainstTheStrictSchema() {
        XliffSchemas.assertValidStrict(xliff, Exports.SEED.toString());
    }

    @Test
    void exportingTwiceGivesByteIdenticalXliff() {
        Exporter.Result again = Exports.exportOne(Exports.SEED);
        assertArrayEquals(xliff.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                again.xliff().getBytes(java.nio.charset.StandardCharsets.UTF_8), "a second export (new exporter)");
        Exporter one = Exports.defaultExporter();
        assertEquals(xliff, Exports.export(Exports.SEED).get(0).xliff());
        assertEquals(one.export(result.document()).xliff(), one.export(result.document()).xliff(),
                "the same exporter twice");
    }

    @Test
    void xliffHeaderNamesThePostAndLanguages() {
        assertTrue(xliff.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"), xliff.substring(0, 120));
        assertTrue(xliff.contains("source-language=\"en\" target-language=\"ko\""));
        assertTrue(xliff.contains("original=\"https://designcopy.net/ko/chinese-tech-giants-open-protocol-ai-development/\""),
                "original is the post link");
        assertEquals("chinese-tech-giants-open-protocol-ai-development", result.document().name(), "slug");
    }
}
