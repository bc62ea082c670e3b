package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source post's terms and featured image as the REST API embeds them, and what push sends for them. */
class SourceTermsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void readsEmbeddedTermsAndTheFeaturedImage() throws Exception {
        SourceTerms terms = SourceTerms.of(json("{'id':5,'categories':[3],'tags':[7,8],'_embedded':{"
                + "'wp:featuredmedia':[{'id':9,'slug':'delta-map','source_url':'https://en.example/d.png'}],"
                + "'wp:term':[[{'id':3,'name':'News','slug':'news','taxonomy':'category'}],"
                + "[{'id':7,'name':'Rivers','slug':'rivers','taxonomy':'post_tag'},"
                + "{'id':8,'name':'Ä','slug':'%c3%a4','taxonomy':'post_tag'},"
                + "{'id':7,'name':'Rivers','slug':'rivers','taxonomy':'post_tag'}],"
                + "{'code':'rest_forbidden','message':'x','data':{'status':403}}]}}"));
        assertEquals(List.of(new SourceTerms.Term("category", "news", "News", 3, 0), new SourceTerms.Term("post_tag", "rivers", "Rivers", 7, 0),
                new SourceTerms.Term("post_tag", "%c3%a4", "Ä", 8, 0)), terms.terms(), "each once, an error object skipped");
        assertEquals(new SourceTerms.Media("delta-map", "https://en.example/d.png", false), terms.featuredImage(),
                "the post has no guid or link: its image is on no site of its own");
        assertTrue(SourceTerms.of(json("{'id':5,'guid':{'rendered':'http://en.example/?p=5'},'_embedded':{'wp:featuredmedia':"
                + "[{'slug':'m','source_url':'https://EN.example/d.png'}]}}")).featuredImage().onSourceSite(), "the guid's host, any scheme");
        assertTrue(SourceTerms.of(json("{'id':5,'guid':{'rendered':'http://old.example/?p=5'},'link':'https://en.example/p/',"
                + "'_embedded':{'wp:featuredmedia':[{'slug':'m','source_url':'https://en.example/d.png'}]}}")).featuredImage()
                .onSourceSite(), "the link's host (a site that moved keeps its old guids)");
        assertFalse(SourceTerms.of(json("{'id':5,'link':'https://en.example/p/','_embedded':{'wp:featuredmedia':"
                + "[{'slug':'m','source_url':'https://cdn.example/d.png'}]}}")).featuredImage().onSourceSite());
        assertFalse(terms.unnamedTerms());
    }

    /** A post read from a WordPress export file embeds its terms the same way, without ids or links. */
    @Test
    void readsTheTermsOfAnExportFilesPost() throws Exception {
        net.wpxliff.input.WxrItem item = new net.wpxliff.input.WxrItem(1, 2, "11", "hello", "https://en.example/hello/", "post",
                "publish", null, "Hello", "<p>Hi.</p>", null, List.of(new net.wpxliff.input.WxrItem.Term("category", "news", "News"),
                new net.wpxliff.input.WxrItem.Term("post_tag", "rivers", "Rivers &amp; lakes")), null);
        assertEquals(List.of(new SourceTerms.Term("category", "news", "News"), new SourceTerms.Term("post_tag", "rivers",
                "Rivers &amp; lakes")), SourceTerms.of(JSON.readTree(item.postJson())).terms());
    }

    /** A child category links its parent ({@code up}); made missing, the parent comes first. */
    @Test
    void aChildTermNamesItsParentWhichIsMadeFirst() throws Exception {
        SourceTerms terms = SourceTerms.of(json("{'id':5,'_embedded':{'wp:term':[[{'id':12,'name':'Deltas','slug':'deltas',"
                + "'taxonomy':'category','_links':{'up':[{'embeddable':true,'href':'https://en.example/wp-json/wp/v2/categories/4'}]}},"
                + "{'id':4,'name':'Rivers','slug':'rivers','taxonomy':'category','_links':{'self':[{'href':'x'}]}}]]}}"));
        SourceTerms.Term child = terms.terms().get(0), parent = terms.terms().get(1);
        assertEquals(4, child.parent());
        assertEquals(0, parent.parent());
        assertEquals(List.of(parent, child), TargetTerms.parentsFirst(terms.terms()));
        SourceTerms.Term orphan = new SourceTerms.Term("category", "x", "X", 20, 99);
        assertEquals(List.of(orphan, parent, child), TargetTerms.parentsFirst(List.of(orphan, child, parent)));
    }

    /** An image the user may not see is embedded as an error object: no image, not a failure. */
    @Test
    void anImageWordPressWouldNotShowIsNone() throws Exception {
        SourceTerms terms = SourceTerms.of(json("{'id':5,'featured_media':9,'_embedded':{'wp:featuredmedia':"
                + "[{'code':'rest_forbidden','message':'x','data':{'status':403}}]}}"));
        assertNull(terms.featuredImage());
        assertTrue(terms.terms().isEmpty());
    }

    /** Served by the REST API (it links the terms) but pulled without them: push says so. A hand-made post: nothing to say. */
    @Test
    void termIdsWithoutTheirTermsAreUnnamed() throws Exception {
        assertTrue(SourceTerms.of(json("{'id':5,'categories':[3],'_links':{'wp:term':[{'taxonomy':'category'}]}}")).unnamedTerms());
        assertFalse(SourceTerms.of(json("{'id':5,'categories':[],'tags':[],'_links':{'wp:term':[]}}")).unnamedTerms());
        assertFalse(SourceTerms.of(json("{'id':5,'categories':[1]}")).unnamedTerms());
    }

    /** Only a PNG, JPEG, GIF or WebP is copied (never SVG, which may hold script), under a safe name of its real type. */
    @Test
    void copiedImagesAreKnownImagesUnderSafeNames() {
        assertEquals("image/png", ImageCopy.imageType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals("image/jpeg", ImageCopy.imageType(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals("image/gif", ImageCopy.imageType("GIF89a...".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("image/webp", ImageCopy.imageType("RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertNull(ImageCopy.imageType("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertNull(ImageCopy.imageType("<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("Iceland-test.jpg", ImageCopy.fileName(java.net.URI.create("https://en.example/up/2016/11/Iceland-test.jpg"),
                "iceland-test", "image/jpeg"));
        assertEquals("a-b-c.png", ImageCopy.fileName(java.net.URI.create("https://en.example/up/a%20b%2F..%2Fc.gif"), "x", "image/png"),
                "the real type's extension; no path parts");
        assertEquals("x.png", ImageCopy.fileName(java.net.URI.create("https://en.example/%ED%95%9C.png"), "x", "image/png"));
        assertEquals("zz.gif", ImageCopy.fileName(java.net.URI.create("https://en.example/%25zz.gif"), "x", "image/gif"));
        assertEquals("image.webp", ImageCopy.fileName(java.net.URI.create("https://en.example/"), "%ed%95%9c", "image/webp"));
    }

    /** The featured image's texts come from the merged post; a rendered caption goes back as an editor writes it. */
    @Test
    void theFeaturedImagesTextsAndItsCaptionAsWritten() throws Exception {
        SourceTerms.Media media = SourceTerms.of(json("{'id':5,'link':'https://en.example/a/','_embedded':{'wp:featuredmedia':"
                + "[{'slug':'map','source_url':'https://en.example/up/map.png','alt_text':'A map','caption':{'rendered':"
                + "'<p>The map</p>\\n'}}]}}")).featuredImage();
        assertEquals(new SourceTerms.Media("map", "https://en.example/up/map.png", true, "A map", "<p>The map</p>\n"), media);
        assertEquals("The map", ImageCopy.captionRaw(media.caption()));
        assertEquals("The <em>old</em> map", ImageCopy.captionRaw("<p>The <em>old</em> map</p>"));
        assertEquals("<p>One</p>\n<p>Two</p>", ImageCopy.captionRaw("<p>One</p>\n<p>Two</p>\n"), "two paragraphs stay");
        assertEquals("", SourceTerms.of(json("{'_embedded':{'wp:featuredmedia':[{'slug':'map'}]}}")).featuredImage().altText());
    }

    /** What would be sent, read back as JSON text is (numbers as ints). */
    private static JsonNode sent(TargetTerms.Assignment assignment, JsonNode target) throws Exception {
        return JSON.readTree(assignment.missingFrom(target).toString());
    }

    /** Terms are only added: an editor's stay; the default category WordPress gave a post without one gives way. */
    @Test
    void theTargetKeepsItsTermsAndGetsOurs() throws Exception {
        TargetTerms.Assignment ours = new TargetTerms.Assignment(Map.of("categories", List.of(12L), "tags", List.of(20L, 21L)),
                40L, List.of(), List.of(), List.of(), 1);
        assertEquals(json("{'categories':[12],'tags':[20,21],'featured_media':40}"), sent(ours, json("{}")));
        assertEquals(json("{'categories':[12],'tags':[5,20,21],'featured_media':40}"),
                sent(ours, json("{'categories':[1],'tags':[5],'featured_media':0}")), "default category replaced");
        assertEquals(json("{'categories':[7,12]}"),
                sent(ours, json("{'categories':[7],'tags':[21,20],'featured_media':3}")), "an editor's category and image stay");
        assertEquals(json("{'categories':[1,7,12]}"),
                sent(ours, json("{'categories':[1,7],'tags':[20,21],'featured_media':40}")), "the default beside another stays");
        assertTrue(ours.missingFrom(json("{'categories':[12,7],'tags':[20,21,22],'featured_media':40}")).isEmpty());
        TargetTerms.Assignment unknownDefault = new TargetTerms.Assignment(Map.of("categories", List.of(12L)), null,
                List.of(), List.of(), List.of(), -1);
        assertEquals(json("{'categories':[1,12]}"), sent(unknownDefault, json("{'categories':[1]}")));
    }
}
