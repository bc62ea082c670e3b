package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which translations hold markup-like text their source lacks, and the one warning line per file. */
class MarkupLikeTextTest {
    private static Fragment text(String s) {
        return Fragment.of(List.of(new Text(s)));
    }

    @Test
    void tagsAndEntitiesTypedAsTextAreNoted() {
        MarkupLikeText check = new MarkupLikeText();
        check.check("u1", text("Bold words here."), text("굵은 <b>글자</b> 여기."));
        check.check("u2", text("A no-break space."), text("줄바꿈 없는&nbsp;공백."));
        check.check("u3", text("Curly quote."), text("둥근 따옴표&#8217;."));
        check.check("u4", text("A link."), text("<a href=\"https://example.com\">링크</a>."));
        assertEquals("4 units' translations hold text that looks like markup where the source has none: u1 (<b>),"
                + " u2 (&nbsp;), u3 (&#8217;), u4 (<a href=\"https://example.com\">); the page shows it as typed, not as"
                + " formatting: use the source's codes (tags) for formatting and type characters, not entities",
                check.warning());
    }

    @Test
    void whatTheSourceShowsItselfAndOrdinaryTextAreNot() {
        MarkupLikeText check = new MarkupLikeText();
        check.check("u1", text("Write <b> for bold and &amp; for an ampersand."), text("굵게는 <b>, 앰퍼샌드는 &amp;로 쓴다."));
        check.check("u2", text("Three < four, and R&D > sales."), text("3 < 4, R&D > 매출."));
        check.check("u3", text("Fish & chips."), text("피시 앤드 칩스 & 맥주."));
        assertNull(check.warning());
    }

    @Test
    void aSecondCopyOfWhatTheSourceShowsOnceIsNoted() {
        MarkupLikeText check = new MarkupLikeText();
        check.check("u1", text("Use <br> here."), text("<br>을 여기와 <br> 저기에."));
        assertEquals("u1 (<br>)", check.warning().replaceAll("^.*none: ", "").replaceAll(";.*$", ""));
    }

    @Test
    void theListStopsAtFive() {
        MarkupLikeText check = new MarkupLikeText();
        for (int i = 1; i <= 7; i++) check.check("u" + i, text("Plain."), text("<i>평범</i>."));
        assertEquals("7 units' translations hold text that looks like markup where the source has none: u1 (<i>), u2 (<i>),"
                + " u3 (<i>), u4 (<i>), u5 (<i>), … (2 more)", check.warning().replaceAll(";.*$", ""));
    }
}
