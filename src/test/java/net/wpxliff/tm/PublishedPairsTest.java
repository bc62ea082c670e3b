package net.wpxliff.tm;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How a published translation's codes are put back on the source unit's own: by kind and type, in order. */
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
        List<Part> parts = PublishedPairs.onSourceCodes(korean, SOURCE).parts();
        assertSame(A, parts.get(0));
        assertSame(A_END, parts.get(2));
        assertSame(B, parts.get(4));
        assertSame(B_END, parts.get(6));
        assertSame(BR, parts.get(7));
        assertEquals("삼각주와 강", PublishedPairs.onSourceCodes(korean, SOURCE).plainText());
    }

    @Test
    void aCodeMissingOrAddedThereMapsNothing() {
        Fragment withoutBreak = Fragment.of(List.of(code(1, Code.Kind.OPENING, "bold", 0), new Text("강"),
                code(1, Code.Kind.CLOSING, "bold", 3), new Text("과 "), code(2, Code.Kind.OPENING, "link", 6), new Text("삼각주"),
                code(2, Code.Kind.CLOSING, "link", 9)));
        assertNull(PublishedPairs.onSourceCodes(withoutBreak, SOURCE), "the line break is gone");
        Fragment plain = Fragment.text("강과 삼각주");
        assertNull(PublishedPairs.onSourceCodes(plain, SOURCE));
        Fragment extra = Fragment.of(List.of(code(5, Code.Kind.STANDALONE, "image", 0), new Text("강")));
        assertNull(PublishedPairs.onSourceCodes(extra, Fragment.text("river")), "a code the source does not have");
    }
}
