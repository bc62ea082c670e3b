package net.wpxliff.tm;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How a published translation's codes are put back on the source unit's own: by kind and type, several by where they lead. */
class PublishedPairsTest {
    private static Code code(int id, Code.Kind kind, String type, int at) {
        return new Code(id, kind, type, at, at + 3, "");
    }

    // the source: <b>rivers</b> and <a>deltas</a> <br>
    private static final Code B = code(1, Code.Kind.OPENING, "bold", 0), B_END = code(1, Code.Kind.CLOSING, "bold", 10);
    private static final Code A = code(2, Code.Kind.OPENING, "link", 20), A_END = code(2, Code.Kind.CLOSING, "link", 30);
    private static final Code BR = code(3, Code.Kind.STANDALONE, "lb", 40);
    private static final Fragment SOURCE = Fragment.of(List.of(B, new Text("rivers"), B_END, new Text(" and "), A,
            new Text("deltas"), A_END, BR));

    @Test
    void codesMapByKindAndTypeWhateverTheirOrderAndIds() {
        // the translation puts the link first, with ids of its own extraction
        Fragment korean = Fragment.of(List.of(code(7, Code.Kind.OPENING, "link", 0), new Text("삼각주"),
                code(7, Code.Kind.CLOSING, "link", 5), new Text("와 "), code(9, Code.Kind.OPENING, "bold", 9), new Text("강"),
                code(9, Code.Kind.CLOSING, "bold", 12), code(4, Code.Kind.STANDALONE, "lb", 15)));
        List<Part> parts = PublishedCodes.byOrder(korean, SOURCE).parts();
        assertSame(A, parts.get(0));
        assertSame(A_END, parts.get(2));
        assertSame(B, parts.get(4));
        assertSame(B_END, parts.get(6));
        assertSame(BR, parts.get(7));
        assertEquals("삼각주와 강", PublishedCodes.byOrder(korean, SOURCE).plainText());
    }

    @Test
    void aCodeMissingOrAddedThereMapsNothing() {
        Fragment withoutBreak = Fragment.of(List.of(code(1, Code.Kind.OPENING, "bold", 0), new Text("강"),
                code(1, Code.Kind.CLOSING, "bold", 3), new Text("과 "), code(2, Code.Kind.OPENING, "link", 6), new Text("삼각주"),
                code(2, Code.Kind.CLOSING, "link", 9)));
        assertNull(PublishedCodes.byOrder(withoutBreak, SOURCE), "the line break is gone");
        Fragment plain = Fragment.text("강과 삼각주");
        assertNull(PublishedCodes.byOrder(plain, SOURCE));
        Fragment extra = Fragment.of(List.of(code(5, Code.Kind.STANDALONE, "image", 0), new Text("강")));
        assertNull(PublishedCodes.byOrder(extra, Fragment.text("river")), "a code the source does not have");
    }

    @Test
    void linksTheTranslationSwappedArePairedByWhereTheyLead() {
        // the source: See <a href="/alpha">Alpha</a> of <a href="https://x.example/beta/">Beta</a>.
        Code l1 = code(1, Code.Kind.OPENING, "link", 0), l1End = code(1, Code.Kind.CLOSING, "link", 5);
        Code l2 = code(2, Code.Kind.OPENING, "link", 10), l2End = code(2, Code.Kind.CLOSING, "link", 15);
        Fragment source = Fragment.of(List.of(new Text("See "), l1, new Text("Alpha"), l1End, new Text(" of "), l2,
                new Text("Beta"), l2End, new Text(".")));
        Map<Code, String> sourceMarkup = Map.of(l1, "<a href=\"/alpha\">", l2, "<a class=\"x\" href=\"https://x.example/beta/\">",
                l1End, "</a>", l2End, "</a>");
        // Korean puts Beta first; merge moved both links under /ko/
        Code k1 = code(5, Code.Kind.OPENING, "link", 0), k1End = code(5, Code.Kind.CLOSING, "link", 5);
        Code k2 = code(6, Code.Kind.OPENING, "link", 10), k2End = code(6, Code.Kind.CLOSING, "link", 15);
        Fragment korean = Fragment.of(List.of(k1, new Text("베타"), k1End, new Text("의 "), k2, new Text("알파"), k2End));
        Map<Code, String> koreanMarkup = new java.util.HashMap<>(Map.of(k1, "<a class=\"x\" href=\"https://x.example/ko/beta/\">",
                k2, "<a href='/ko/alpha'>", k1End, "</a>", k2End, "</a>"));
        PublishedCodes codes = new PublishedCodes(c -> koreanMarkup.getOrDefault(c, ""), c -> sourceMarkup.getOrDefault(c, ""), "en", "ko");
        List<Part> parts = codes.onSource(korean, source).parts();
        assertEquals(List.of(l2, new Text("베타"), l2End, new Text("의 "), l1, new Text("알파"), l1End), parts);

        // a link that leads elsewhere now (a page renamed there, an editor's link): order would be a guess
        koreanMarkup.put(k2, "<a href=\"/ko/another-page/\">");
        assertNull(codes.onSource(korean, source));

        // two links to the same place: interchangeable, in order
        Map<Code, String> samePlace = Map.of(l1, "<a href=\"/alpha\">", l2, "<a href=\"/alpha\">");
        PublishedCodes alike = new PublishedCodes(c -> "", c -> samePlace.getOrDefault(c, ""), "en", "ko");
        assertEquals(List.of(l1, new Text("베타"), l1End, new Text("의 "), l2, new Text("알파"), l2End),
                alike.onSource(korean, source).parts());
    }
}
