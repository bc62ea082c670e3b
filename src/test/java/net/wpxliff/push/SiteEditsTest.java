package net.wpxliff.push;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edits made on the target site told apart from changes of the English post, block by block: a new translation that
 * holds every block editors changed or added, none they removed, and the blocks they moved in their order, overwrites
 * nothing; one that lost an edit does.
 */
class SiteEditsTest {
    private static String p(String text) {
        return "<!-- wp:paragraph -->\n<p>" + text + "</p>\n<!-- /wp:paragraph -->";
    }

    private static String post(String... blocks) {
        return String.join("\n\n", blocks);
    }

    private static final String SPACER = "<!-- wp:spacer {\"height\":\"20px\"} /-->";
    private static final String A = p("첫 문단."), B = p("둘째 문단."), C = p("셋째 문단."), D = p("넷째 문단.");

    private static boolean carried(String pushed, String there, String wanted) {
        return SiteEdits.conflict(SiteEdits.blocks(pushed), there, wanted) == null; // the translation carries the edits
    }

    @Test
    void anEditCarriedBesideAnEnglishChangeIsNoConflict() {
        String pushed = post(A, B, C, D), there = post(A, p("편집자가 고친 둘째 문단."), C, D);
        assertTrue(carried(pushed, there, post(A, p("편집자가 고친 둘째 문단."), C, p("영어가 바뀐 넷째 문단."))));
        assertFalse(carried(pushed, there, post(A, B, C, p("영어가 바뀐 넷째 문단."))), "the edit would be lost");
    }

    @Test
    void aBlockRemovedThereIsNotPutBackAndOneMovedStaysMoved() {
        String pushed = post(A, B, C, D);
        assertFalse(carried(pushed, post(A, B, D), post(A, B, C, p("바뀐 넷째."))), "C removed there, put back");
        assertTrue(carried(pushed, post(A, B, D), post(A, B, p("바뀐 넷째."))));
        assertFalse(carried(pushed, post(A, D, B, C), post(A, B, C, D)), "D moved there, moved back");
        assertTrue(carried(pushed, post(A, D, B, C), post(A, D, B, p("바뀐 셋째."))));
    }

    @Test
    void repeatedBlocksTellNoOrderAndFreeformHtmlIsABlock() {
        String pushed = post(A, SPACER, B, SPACER, C);
        assertTrue(carried(pushed, post(A, SPACER, p("고친 둘째."), SPACER, C), post(A, SPACER, p("고친 둘째."), SPACER,
                p("바뀐 셋째."), SPACER)));
        String classic = "<p>고전 편집기 문단.</p>";
        assertEquals(3, SiteEdits.blocks(post(A, classic, B)).size());
        assertFalse(carried(post(A, classic, B), post(A, "<p>고친 고전 문단.</p>", B), post(A, classic, p("바뀐 둘째."))));
    }

    @Test
    void movesAmongRepeatedBlocksAreSeen() {
        // QA: an editor moved a spacer (or a paragraph past one); the translation, the English changed, keeps the old order
        String separator = "<!-- wp:separator -->\n<hr class=\"wp-block-separator\"/>\n<!-- /wp:separator -->";
        String pushed = post(A, SPACER, B, SPACER, C, separator, D);
        assertFalse(carried(pushed, post(A, SPACER, B, C, separator, D, SPACER), post(A, SPACER, B, SPACER, p("바뀐 셋째."),
                separator, D)), "the second spacer moved to the end");
        assertFalse(carried(pushed, post(A, SPACER, B, SPACER, C, D, separator), post(A, SPACER, B, SPACER, C, separator,
                p("바뀐 넷째."))), "the separator and the paragraph after it swapped");
        assertFalse(carried(pushed, post(A, B, SPACER, SPACER, C, separator, D), post(A, SPACER, B, SPACER, C, separator,
                p("바뀐 넷째."))), "a paragraph moved above a spacer");
        assertTrue(carried(pushed, post(A, SPACER, B, C, separator, D, SPACER), post(A, SPACER, B, C, separator, D, SPACER)),
                "the translation in the site's order");
    }

    @Test
    void aBlockRemovedThereDoesNotComeBackChangedWithTheEnglish() {
        String pushed = post(A, B, C, D);
        assertFalse(carried(pushed, post(A, C, D), post(A, p("영어가 바뀐 둘째."), C, D)), "B removed there, back changed");
        assertEquals("blocks were removed there, and the translation has blocks where the site has none (the first: block"
                + " 2 of the translation, a wp:paragraph): it could put them back",
                SiteEdits.conflict(SiteEdits.blocks(pushed), post(A, C, D), post(A, p("바뀐 둘째."), C, D)));
        // QA: a block changed there that the translation holds as pushed is named too
        assertEquals("block 4 of the translation, a wp:paragraph, was changed or removed there and is in the translation"
                + " as push wrote it before", SiteEdits.conflict(SiteEdits.blocks(pushed), post(A, B, C),
                post(A, B, p("바뀐 셋째."), D)));
        assertTrue(carried(pushed, post(A, C, D), post(A, p("바뀐 셋째."), D)), "a kept block changed with the English");
        assertEquals("block 2 there, a wp:paragraph changed or added there, is not in the translation",
                SiteEdits.conflict(SiteEdits.blocks(pushed), post(A, p("고친 둘째."), C, D), post(A, B, C, D)));
    }

    @Test
    void aLongPostIsAlignedAroundItsEditAndTooManyChangesAreAConflict() {
        // 20,000 blocks: equal heads and tails need no table; an edit in the middle is told apart as in a short post
        StringBuilder pushed = new StringBuilder(), there = new StringBuilder(), wanted = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            pushed.append(p("문단 " + i)).append("\n\n");
            there.append(i == 10_000 ? p("고친 문단") : i == 10_001 ? "" : p("문단 " + i)).append("\n\n");
            wanted.append(i == 10_000 ? p("고친 문단") : i == 10_001 ? "" : i == 19_999 ? p("바뀐 끝") : p("문단 " + i))
                    .append("\n\n");
        }
        assertTrue(carried(pushed.toString(), there.toString(), wanted.toString()), "an edit and a removal there, carried");
        // every block rewritten there, the translation holding them in reverse: no table that large, so a conflict
        StringBuilder all = new StringBuilder(), reversed = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            all.append(p("다시 쓴 " + i)).append("\n\n");
            reversed.append(p("다시 쓴 " + (19_999 - i))).append("\n\n");
        }
        assertEquals("too many blocks differ there to tell which edits the translation holds",
                SiteEdits.conflict(SiteEdits.blocks(pushed.toString()), all.toString(), reversed.toString()));
    }

    private static String group(String... inner) {
        return "<!-- wp:group {\"layout\":{\"type\":\"constrained\"}} -->\n<div class=\"wp-block-group\">"
                + String.join("\n\n", inner) + "</div>\n<!-- /wp:group -->";
    }

    @Test
    void anEditInsideAGroupIsThatBlocksEditNotTheGroups() {
        // block themes wrap whole posts in groups: an editor's fix inside one, the English changed inside it too
        String pushed = post(group(A, B), group(C, D));
        String there = post(group(A, p("편집자가 고친 둘째.")), group(C, D));
        assertTrue(carried(pushed, there, post(group(A, p("편집자가 고친 둘째.")), group(C, p("영어가 바뀐 넷째.")))));
        assertTrue(carried(pushed, there, post(group(p("영어가 바뀐 첫째."), p("편집자가 고친 둘째.")), group(C, D))),
                "the English changed beside the edit, in the same group");
        assertEquals("block 1.2 there, a wp:paragraph changed or added there, is not in the translation",
                SiteEdits.conflict(SiteEdits.blocks(pushed), there, post(group(A, B), group(C, p("영어가 바뀐 넷째.")))));
        // columns: a column is a block holding blocks, inside the columns block
        String columns = "<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column -->\n<div class=\"wp-block-column\">"
                + "%s</div>\n<!-- /wp:column -->\n\n<!-- wp:column -->\n<div class=\"wp-block-column\">%s</div>\n"
                + "<!-- /wp:column --></div>\n<!-- /wp:columns -->";
        assertEquals(List.of("", "1:", "2:", "1:", "2:"), SiteEdits.blocks(String.format(columns, A, B)).stream()
                .map(d -> d.substring(0, d.length() - 16)).toList(), "the columns, a column, its paragraph, …");
        assertTrue(carried(String.format(columns, A, B), String.format(columns, p("고친 첫째."), B),
                String.format(columns, p("고친 첫째."), p("바뀐 둘째."))));
        assertEquals("block 1.2.1 there, a wp:paragraph changed or added there, is not in the translation",
                SiteEdits.conflict(SiteEdits.blocks(String.format(columns, A, B)), String.format(columns, A, p("고친 둘째.")),
                        String.format(columns, p("바뀐 첫째."), B)));
    }

    @Test
    void blocksAddedRemovedOrMovedInsideAGroupChangeItsShell() {
        String pushed = post(group(A, B), group(C, D));
        // a paragraph added inside the first group there: the group's shell changed, the translation lacks it
        // (QA: named by the paragraph the editor added, not by the group whose shell it changed)
        assertEquals("block 1.3 there, a wp:paragraph changed or added there, is not in the translation",
                SiteEdits.conflict(SiteEdits.blocks(pushed), post(group(A, B, p("더한 문단.")), group(C, D)),
                        post(group(A, B), group(C, p("바뀐 넷째.")))));
        // a group's attributes changed there, nothing inside it: the group is named, and what its change can be
        String coloured = group(C, D).replace("\"constrained\"}}", "\"constrained\"},\"backgroundColor\":\"pale-cyan-blue\"}");
        assertEquals("block 2 there, a wp:group (its attributes or markup, or which blocks it holds) changed or added"
                + " there, is not in the translation", SiteEdits.conflict(SiteEdits.blocks(pushed), post(group(A, B), coloured),
                post(group(A, B), group(C, p("바뀐 넷째.")))));
        // several edits: the first three named, the others counted
        assertEquals("block 1.1 there, a wp:paragraph changed or added there, is not in the translation; block 1.2 there,"
                + " a wp:paragraph changed or added there, is not in the translation; block 2.1 there, a wp:paragraph"
                + " changed or added there, is not in the translation; and 1 more", SiteEdits.conflict(SiteEdits.blocks(pushed),
                post(group(p("고친 1."), p("고친 2.")), group(p("고친 3."), p("고친 4."))), pushed));
        assertFalse(carried(pushed, post(group(A), group(C, D)), post(group(A, p("바뀐 둘째.")), group(C, D))),
                "B removed there, back changed with the English");
        assertFalse(carried(pushed, post(group(A, C), group(B, D)), post(group(A, B), group(C, p("바뀐 넷째.")))),
                "B and C swapped between the groups there, swapped back");
        assertFalse(carried(pushed, post(group(A), B, group(C, D)), post(group(A, B), group(C, p("바뀐 넷째.")))),
                "B moved out of its group there");
        assertFalse(carried(pushed, post(group(B, A), group(C, D)), post(group(A, B), group(C, p("바뀐 넷째.")))),
                "A and B swapped in their group there");
        assertTrue(carried(pushed, post(group(B, A), group(C, D)), post(group(B, A), group(C, p("바뀐 넷째.")))),
                "the translation in the site's order");
        // tm align sees such a move too (it would pair each paragraph with the other's Korean)
        assertTrue(SiteEdits.moved(SiteEdits.blocks(pushed), post(group(B, A), group(C, D))));
        assertFalse(SiteEdits.moved(SiteEdits.blocks(pushed), post(group(A, p("고친 둘째.")), group(C, D))));
        // the editor's re-serialization puts other white space between inner blocks: no edit
        assertEquals(SiteEdits.blocks(pushed), SiteEdits.blocks(pushed.replace("</p>\n<!-- /wp:paragraph -->\n\n",
                "</p>\n<!-- /wp:paragraph -->\n")));
    }

    @Test
    void classicContentIsJudgedParagraphByParagraph() {
        // the classic editor stores paragraphs parted by blank lines (wpautop makes each a <p> when shown)
        String pushed = "첫 문단입니다.\n\n둘째 문단에 <strong>굵은 글씨</strong>가 있습니다.\n\n<ul>\n<li>목록</li>\n</ul>\n\n넷째 문단.";
        assertTrue(SiteEdits.hasPieces(pushed));
        assertFalse(SiteEdits.hasPieces("한 문단뿐인 본문.\n둘째 줄."), "one paragraph: compared whole");
        assertEquals(4, SiteEdits.blocks(pushed).size());
        String there = pushed.replace("둘째 문단에", "편집자가 고친 둘째 문단에");
        assertTrue(carried(pushed, there, there.replace("넷째 문단.", "영어가 바뀐 넷째 문단.")));
        assertEquals("block 2 there, a classic paragraph changed or added there, is not in the translation",
                SiteEdits.conflict(SiteEdits.blocks(pushed), there, pushed.replace("넷째 문단.", "영어가 바뀐 넷째 문단.")));
        assertFalse(carried(pushed, pushed.replace("첫 문단입니다.\n\n", ""), pushed.replace("넷째 문단.", "바뀐 넷째.")),
                "the first paragraph removed there, put back");
        // the editor's paragraphs parted by other white space: the same pieces
        assertEquals(SiteEdits.blocks(pushed), SiteEdits.blocks(pushed.replace("\n\n", "\r\n \r\n") + "\n"));
        PushedText text = PushedText.of(Map.of("content", pushed, "title", "제목"));
        assertEquals(java.util.Set.of("content"), text.blocks().keySet());
    }

    @Test
    void theRecordKeepsTheBlockDigestsOfABlockFieldOnly() {
        PushedText text = PushedText.of(Map.of("title", "제목", "content", post(A, B)));
        assertEquals(Map.of("content", SiteEdits.blocks(post(A, B))), text.blocks());
        assertEquals(java.util.List.of(), text.editedOnSite(Map.of("content", post(p("고친 첫 문단."), B, C)),
                Map.of("content", post(p("고친 첫 문단."), B))));
        assertEquals(java.util.List.of("content"), text.editedOnSite(Map.of("content", post(A, B, C)),
                Map.of("content", post(p("고친 첫 문단."), B))));
    }
}
