package net.wpxliff.push;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** [gallery] shortcodes read as WordPress reads them; only the id lists change. */
class GalleryShortcodesTest {
    private static List<List<Long>> ids(String content) {
        return GalleryShortcodes.in(content).lists().stream().map(GalleryShortcodes.IdList::ids).toList();
    }

    @Test
    void readsEveryQuotingAndBothAttributes() {
        assertEquals(List.of(List.of(769L, 767L)), ids("[gallery columns=2 ids=\"769,767\"]"));
        assertEquals(List.of(List.of(5L, 6L)), ids("<p>x</p>[gallery ids='5, 6' link=file]"));
        assertEquals(List.of(List.of(7L)), ids("[gallery link=file ids=7]"));
        assertEquals(List.of(List.of(8L)), ids("[gallery IDS=\"8\" /]"), "names are read in lower case; self-closing");
        assertEquals(List.of(List.of(9L)), ids("[gallery include=\"9\"]"));
        assertEquals(List.of(List.of(1L)), ids("[gallery\u00a0ids=\"1\"]"), "WordPress reads a no-break space as a space");
        assertEquals(List.of(List.of()), ids("[gallery ids=\"latest\"]"), "not a list of ids: cannot be mapped");
    }

    @Test
    void otherShortcodesAndEscapedOnesAreNotGalleries() {
        assertEquals(List.of(), ids("[[gallery ids=\"1\"]] [gallery-slider ids=\"2\"] [galleryx ids=3] [caption id=\"attachment_4\"]x[/caption]"));
        GalleryShortcodes.Found attached = GalleryShortcodes.in("[gallery] and [gallery columns=\"3\"] and [gallery ids=\"2\"]");
        assertEquals(2, attached.attached(), "two show the post's attached images");
        assertEquals(1, attached.lists().size());
    }

    @Test
    void rewritesOnlyTheIds() {
        String content = "<!-- wp:shortcode -->\n[gallery columns=\"2\" ids=\"769, 767\"]\n<!-- /wp:shortcode -->\n[gallery include=5 link=file]";
        GalleryShortcodes.Found found = GalleryShortcodes.in(content);
        assertEquals("<!-- wp:shortcode -->\n[gallery columns=\"2\" ids=\"12,13\"]\n<!-- /wp:shortcode -->\n[gallery include=14 link=file]",
                GalleryShortcodes.rewrite(content, found.lists(), List.of(List.of(12L, 13L), List.of(14L))));
        assertEquals("[gallery ids=\"\"]", GalleryShortcodes.rewrite("[gallery ids=\"3\"]",
                GalleryShortcodes.in("[gallery ids=\"3\"]").lists(), List.of(List.of())), "none there: an empty list");
    }
}
