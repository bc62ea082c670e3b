package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeRenumberingTest {

    private static CodeRenumbering.Result renumber(String memorySource, String memoryTarget, String newSource) {
        return CodeRenumbering.renumber(text(memorySource), text(memoryTarget), text(newSource));
    }

    @Test
    void targetCodesTakeTheNewSourcesIdsAndMarkup() {
        // the new source has a line break before the link, so the link is code 2 there, and another href
        CodeRenumbering.Result result = renumber(
                "Read <a href=\"/old\">the guide</a> today.",
                "오늘 <a href=\"/old\">안내서</a>를 읽으세요.",
                "Read<br/> <a href=\"/new\">the guide</a> today.");
        // the memory's source has no lb: the codes cannot map one to one
        assertFalse(result.mapped());
        assertTrue(result.problem().contains("standalone lb"), result.problem());

        result = renumber("<b>Note:</b> read <a href=\"/old\">the guide</a>.",
                "<b>참고:</b> <a href=\"/old\">안내서</a>를 읽으세요.",
                "<b>Note:</b> read <a href=\"/new\">the guide</a>.");
        assertTrue(result.mapped(), result.problem());
        List<TmText.Tag> tags = result.target().orElseThrow().tags();
        assertEquals(List.of(
                new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b>"),
                new TmText.Tag(TmText.Kind.CLOSE, 1, "bold", "</b>"),
                new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/new\">"),
                new TmText.Tag(TmText.Kind.CLOSE, 2, "link", "</a>")), tags);
        assertEquals("참고: 안내서를 읽으세요.", result.target().orElseThrow().plainText());
    }

    @Test
    void idsFollowTheNewSourceWhenItNumbersDifferently() {
        TmText memorySource = new TmText(List.of(new TmText.Plain("A "), new TmText.Tag(TmText.Kind.OPEN, 7, "bold", "<b>"),
                new TmText.Plain("b"), new TmText.Tag(TmText.Kind.CLOSE, 7, "bold", "</b>")));
        TmText memoryTarget = new TmText(List.of(new TmText.Tag(TmText.Kind.OPEN, 7, "bold", "<b>"),
                new TmText.Plain("비"), new TmText.Tag(TmText.Kind.CLOSE, 7, "bold", "</b>"), new TmText.Plain(" 에이")));
        CodeRenumbering.Result result = CodeRenumbering.renumber(memorySource, memoryTarget, text("A <b>b</b>"));
        assertTrue(result.mapped());
        assertEquals(List.of(1, 1), result.target().orElseThrow().tags().stream().map(TmText.Tag::id).toList());
    }

    @Test
    void markupTellsSwappedLinksApart() {
        // the memory: first link /a, then /b; the new source has them the other way round
        CodeRenumbering.Result result = renumber(
                "See <a href=\"/a\">apples</a> and <a href=\"/b\">pears</a>.",
                "<a href=\"/a\">사과</a>와 <a href=\"/b\">배</a>를 보세요.",
                "See <a href=\"/b\">pears</a> and <a href=\"/a\">apples</a>.");
        assertTrue(result.mapped(), result.problem());
        List<TmText.Tag> tags = result.target().orElseThrow().tags();
        // 사과 (apples) wraps the new source's /a link, which is code 2 there
        assertEquals(new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/a\">"), tags.get(0));
        assertEquals(new TmText.Tag(TmText.Kind.OPEN, 1, "link", "<a href=\"/b\">"), tags.get(2));

        // same markup on both links: by order
        result = renumber("See <a href=\"/a\">x</a> and <a href=\"/a\">y</a>.",
                "<a href=\"/a\">엑스</a>, <a href=\"/a\">와이</a>",
                "See <a href=\"/a\">x</a> and <a href=\"/a\">y</a>.");
        assertEquals(List.of(1, 1, 2, 2), result.target().orElseThrow().tags().stream().map(TmText.Tag::id).toList());
    }

    @Test
    void betweenIdenticalSourcesCodesMapByPlaceWhateverTheirMarkupNowSays() {
        // an editor swapped the two links' targets: the words are the same, so each Korean word keeps its place's code
        // and takes the new target (mapped by markup, the link would stay on the words it led from before)
        TmText memorySource = text("See <a href=\"/a\">the report</a> and <a href=\"/b\">the study</a>.");
        TmText memoryTarget = text("<a href=\"/a\">보고서</a>와 <a href=\"/b\">연구</a>를 보세요.");
        TmText swapped = text("See <a href=\"/b\">the report</a> and <a href=\"/a\">the study</a>.");
        CodeRenumbering.Result inPlace = CodeRenumbering.renumberInPlace(memorySource, memoryTarget, swapped);
        assertTrue(inPlace.mapped(), inPlace.problem());
        assertEquals(new TmText.Tag(TmText.Kind.OPEN, 1, "link", "<a href=\"/b\">"), inPlace.target().orElseThrow().tags().get(0),
                "보고서 (the report) takes the report's new target");
        CodeRenumbering.Result byMarkup = CodeRenumbering.renumber(memorySource, memoryTarget, swapped);
        assertEquals(new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/a\">"), byMarkup.target().orElseThrow().tags().get(0),
                "between sentences whose words differ, markup tells links apart (markupTellsSwappedLinksApart)");
    }

    @Test
    void aMemoryWhoseTranslationNumbersCodesAgainstTheirMarkupIsNotMapped() {
        // tag 1 is the link in the source and the bold in the translation (a memory that numbered the translation's
        // codes by place): pre-filled, the link would land on the bold words
        TmText source = text("See <a href=\"/alpha\">Alpha</a> and <b>beta</b> today.");
        TmText swapped = new TmText(List.of(new TmText.Plain("오늘 "), new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b>"),
                new TmText.Plain("베타"), new TmText.Tag(TmText.Kind.CLOSE, 1, "bold", "</b>"), new TmText.Plain("와 "),
                new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/alpha\">"), new TmText.Plain("알파"),
                new TmText.Tag(TmText.Kind.CLOSE, 2, "link", "</a>"), new TmText.Plain("를 보세요.")));
        CodeRenumbering.Result result = CodeRenumbering.renumber(source, swapped, source);
        assertFalse(result.mapped());
        assertEquals("the memory's translation has open code 1 (bold) where its source has open code 1 (link): "
                + "the memory's codes do not agree", result.problem());

        // two links whose hrefs disagree the same way
        result = renumber("See <a href=\"/a\">x</a> and <a href=\"/b\">y</a>.",
                "<a href=\"/b\">와이</a>, <a href=\"/a\">엑스</a>", "See <a href=\"/a\">x</a> and <a href=\"/b\">y</a>.");
        assertFalse(result.mapped());
        assertTrue(result.problem().contains("do not agree"), result.problem());

        // the same codes numbered alike, moved: mapped, each with its own markup
        TmText moved = new TmText(List.of(new TmText.Plain("오늘 "), new TmText.Tag(TmText.Kind.OPEN, 2, "bold", "<b>"),
                new TmText.Plain("베타"), new TmText.Tag(TmText.Kind.CLOSE, 2, "bold", "</b>"), new TmText.Plain("와 "),
                new TmText.Tag(TmText.Kind.OPEN, 1, "link", "<a href=\"/alpha\">"), new TmText.Plain("알파"),
                new TmText.Tag(TmText.Kind.CLOSE, 1, "link", "</a>"), new TmText.Plain("를 보세요.")));
        result = CodeRenumbering.renumber(source, moved, source);
        assertTrue(result.mapped(), result.problem());
        assertEquals(moved, result.target().orElseThrow());
    }

    @Test
    void aTranslationMissingOrDoublingACodeCannotBeMapped() {
        CodeRenumbering.Result missing = renumber("Read <b>this</b>.", "이것을 읽으세요.", "Read <b>this</b>.");
        assertFalse(missing.mapped());
        assertTrue(missing.problem().contains("lacks open code 1 (bold)"), missing.problem());

        CodeRenumbering.Result extra = renumber("Read this.", "<b>이것</b>을 읽으세요.", "Read this.");
        assertFalse(extra.mapped());
        assertTrue(extra.problem().contains("which its source lacks"), extra.problem());

        CodeRenumbering.Result fewer = renumber("Read <b>this</b>.", "<b>이것</b>을 읽으세요.", "Read this.");
        assertFalse(fewer.mapped());
        assertTrue(fewer.problem().contains("1 pair bold code(s), the new source 0"), fewer.problem());
    }
}
