package net.wpxliff.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link WxrReader} and {@link WxrItem} on a hand-written export and on hostile files. */
class WxrReaderTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "wxr", "small-export.xml");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Read(List<WxrItem> items, WxrReader.Summary summary) {
    }

    static Read read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in, DocumentReader.MAX_INPUT_BYTES);
        }
    }

    static Read read(Path file, InputStream in, long maxText) throws InputException {
        List<WxrItem> items = new ArrayList<>();
        WxrReader.Summary summary = WxrReader.read(file, in, maxText, items::add);
        return new Read(items, summary);
    }

    private static InputException refused(String xml) {
        return refused(xml.getBytes(StandardCharsets.UTF_8), DocumentReader.MAX_INPUT_BYTES);
    }

    private static InputException refused(byte[] xml, long maxText) {
        return assertThrows(InputException.class,
                () -> read(Path.of("hostile.xml"), new ByteArrayInputStream(xml), maxText));
    }

    /** A minimal WXR around some items. */
    static String wxr(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<wp:wxr_version>1.2</wp:wxr_version>\n"
                + items + "</channel>\n</rss>\n";
    }

    @Test
    void postsAndPagesAreReadOtherItemsCounted() throws Exception {
        Read read = read(FIXTURE);
        assertEquals(List.of("11", "13", "16"), read.items().stream().map(WxrItem::id).toList(),
                "the post, the page and the draft; not the attachment, the menu item or the trashed post");
        assertEquals("WordPress export (WXR 1.2): 3 posts and pages (post 2, page 1); skipped 2 items of other types:"
                + " attachment 1, nav_menu_item 1; skipped 1 post or page in the trash or never saved: trash 1",
                read.summary().describe());

        WxrItem post = read.items().get(0);
        assertEquals(1, post.number());
        assertEquals(22, post.line(), "the line of its <item>");
        assertEquals("code-in-a-block-post", post.slug());
        assertEquals("https://site.example/code-in-a-block-post/", post.link());
        assertEquals("post", post.type());
        assertEquals("publish", post.status());
        assertEquals("Code & \"quotes\" in a block post", post.title());
        assertTrue(post.content().startsWith("<!-- wp:paragraph -->\n<p>Close a CDATA section with <code>]]></code>,"),
                "WordPress's ]]]]><![CDATA[> split gives back ]]>: " + post.content());
        assertTrue(post.content().contains("<code>if (a[b[0]]]> 1) {}</code>"), post.content());
        assertTrue(post.content().endsWith("<!-- /wp:code -->"), "no whitespace added or lost: " + post.content());
        assertFalse(post.content().contains("<![CDATA["), post.content());
        assertFalse(post.content().contains("comment is not translated"), "comments are not content");
        assertEquals("How to write <code>]]></code> in XML.", post.excerpt());

        WxrItem page = read.items().get(1);
        assertEquals(3, page.number());
        assertEquals("About & contact", page.title(), "an entity in a title without CDATA is decoded");
        assertEquals("page", page.type());
        assertEquals("", page.excerpt());

        WxrItem draft = read.items().get(2);
        assertEquals(6, draft.number());
        assertEquals("", draft.slug(), "drafts have no slug yet");
        assertEquals("draft", draft.status());
        assertEquals("Ελληνικά: a draft", draft.title());
    }

    @Test
    void eachItemBecomesContextEditPostJson() throws Exception {
        Read read = read(FIXTURE);
        assertEquals("{\"id\":13,\"slug\":\"about\",\"link\":\"https://site.example/about/\",\"type\":\"page\","
                        + "\"status\":\"publish\",\"title\":{\"raw\":\"About & contact\"},\"content\":{\"raw\":\"We are a small"
                        + " team.\\n\\nWrite to us: [contact-form id=\\\"3\\\"]\\n\\n<!-- wp:paragraph -->\\n<p>Thanks for"
                        + " reading.</p>\\n<!-- /wp:paragraph -->\"}}",
                read.items().get(1).postJson(), "an empty excerpt is left out: WordPress generates one");
        WxrItem post = read.items().get(0);
        JsonNode json = JSON.readTree(post.postJson());
        assertEquals(11, json.get("id").asInt());
        assertEquals(post.title(), json.at("/title/raw").asText());
        assertEquals(post.content(), json.at("/content/raw").asText());
        assertEquals(post.excerpt(), json.at("/excerpt/raw").asText());
        assertEquals(List.of("id", "slug", "link", "type", "status", "title", "content", "excerpt", "_embedded"), fieldNames(json));
        // its <category domain="category" nicename="news">News</category>, as the REST API embeds terms
        assertEquals(List.of(new WxrItem.Term("category", "news", "News")), post.terms());
        assertEquals("{\"wp:term\":[[{\"name\":\"News\",\"slug\":\"news\",\"taxonomy\":\"category\"}]]}",
                json.get("_embedded").toString());
        assertEquals(post.postJson(), read(FIXTURE).items().get(0).postJson(), "the same text every time");
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFileWithADoctypeIsRefusedWithItsLine() {
        InputException e = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                + wxr("<item><title>&xxe;</title><wp:post_type>post</wp:post_type></item>").replaceFirst("<\\?xml[^>]*>\n", ""));
        assertTrue(e.getMessage().startsWith("hostile.xml: line 2: the file declares a DTD (<!DOCTYPE>)"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd: " + e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        InputException e = refused(dtd + wxr("<item><title>&lol9;</title></item>").replaceFirst("<\\?xml[^>]*>\n", ""));
        assertTrue(e.getMessage().contains("line 1: the file declares a DTD"), e.getMessage());
    }

    @Test
    void anEntityReferenceIsRefused() {
        InputException e = refused(wxr("<item>\n<title>Caf&eacute;</title>\n</item>\n"));
        assertTrue(e.getMessage().startsWith("hostile.xml: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
        assertTrue(e.getMessage().contains("eacute"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedWithFileAndLine() {
        byte[] good = wxr("<item>\n<title>Caf\u00e9</title>\n</item>\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        String text = new String(good, StandardCharsets.ISO_8859_1);
        bad[text.indexOf("Caf") + 3] = (byte) 0xE9; // Latin-1 é: a lone lead byte in UTF-8
        bad[text.indexOf("Caf") + 4] = (byte) 'x';
        InputException e = refused(bad, DocumentReader.MAX_INPUT_BYTES);
        assertTrue(e.getMessage().startsWith("hostile.xml: line 6: not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("export it again"), e.getMessage());
    }

    @Test
    void everyFormOfBadUtf8IsFoundWithItsOffset() {
        String head = wxr("<item>\n<title>X</title>\n</item>\n");
        int at = head.indexOf(">X<") + 1;
        for (byte[] bad : List.of(new byte[]{(byte) 0xC0, (byte) 0x80}, // overlong
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
                new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[]{(byte) 0x80}, // a continuation byte alone
                new byte[]{(byte) 0xE2, (byte) 0x82})) { // cut short
            byte[] xml = (head.substring(0, at) + "\u0000" + head.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
            byte[] withBad = new byte[xml.length - 1 + bad.length];
            System.arraycopy(xml, 0, withBad, 0, at);
            System.arraycopy(bad, 0, withBad, at, bad.length);
            System.arraycopy(xml, at + 1, withBad, at + bad.length, xml.length - at - 1);
            InputException e = refused(withBad, DocumentReader.MAX_INPUT_BYTES);
            assertTrue(e.getMessage().startsWith("hostile.xml: line 6: not valid UTF-8 (the bytes from offset " + at),
                    e.getMessage());
        }
        byte[] cut = wxr("").getBytes(StandardCharsets.UTF_8);
        byte[] endsInACharacter = java.util.Arrays.copyOf(cut, cut.length + 1);
        endsInACharacter[cut.length] = (byte) 0xE2;
        assertTrue(refused(endsInACharacter, 1000).getMessage().contains("the file ends inside a character"));
    }

    @Test
    void anExportInTheSitesOwnLegacyCharsetIsRead() throws Exception {
        byte[] latin1 = wxr("<item><title>Caf\u00e9</title><content:encoded><![CDATA[<p>\u00c0 bient\u00f4t.</p>]]>"
                + "</content:encoded></item>\n").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        Read read = read(Path.of("latin1.xml"), new ByteArrayInputStream(latin1), 1000);
        assertEquals("Caf\u00e9", read.items().get(0).title());
        assertEquals("<p>\u00c0 bient\u00f4t.</p>", read.items().get(0).content());
    }

    @Test
    void otherXmlIsNotAWordPressExport() {
        for (String xml : List.of(
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>A feed</title><item><title>x</title></item></channel></rss>",
                "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/</loc></url></urlset>",
                "<!DOCTYPE html>\n<html><head><title>Page</title></head><body><p>Hello<br></p></body></html>",
                "<html><body><p>Hello<br></p></body></html>",
                "",
                "{\"title\": {\"rendered\": \"a post\"}}")) {
            InputException e = refused(xml);
            assertTrue(e.getMessage().startsWith("hostile.xml: not a WordPress export file (WXR): ")
                    || e.getMessage().startsWith("hostile.xml: line 1: the file declares a DTD"), xml + " -> " + e.getMessage());
            assertTrue(e.getMessage().contains("not a WordPress export file (WXR)"), e.getMessage());
            assertTrue(e.getMessage().contains("export HTML pages as .html, posts as REST JSON"), e.getMessage());
        }
        assertTrue(refused("<rss version=\"2.0\"><channel/></rss>").getMessage().contains("<rss> without WordPress's export namespace"));
        assertTrue(refused("<urlset><url/></urlset>").getMessage().contains("its root element is <urlset> on line 1"));
    }

    @Test
    void anElementInsideContentIsRefused() {
        InputException e = refused(wxr("<item>\n<content:encoded><p>not in CDATA</p></content:encoded>\n</item>\n"));
        assertTrue(e.getMessage().startsWith("hostile.xml: line 6: <content:encoded> holds an element <p>"), e.getMessage());
    }

    @Test
    void aTextOverTheLimitIsRefusedWhileStreaming() {
        String big = "x".repeat(5000);
        InputException cdata = refused(wxr("<item>\n<content:encoded><![CDATA[" + big + "]]></content:encoded>\n</item>\n")
                .getBytes(StandardCharsets.UTF_8), 1000);
        assertTrue(cdata.getMessage().startsWith("hostile.xml: line 6: a CDATA section longer than 1000 bytes"), cdata.getMessage());
        InputException text = refused(wxr("<item>\n<title>" + big + "</title>\n</item>\n").getBytes(StandardCharsets.UTF_8), 1000);
        assertTrue(text.getMessage().startsWith("hostile.xml: line 6: a text or attribute value longer than 1000 bytes"),
                text.getMessage());
        InputException comment = refused(wxr("<!--\n" + big + "-->\n").getBytes(StandardCharsets.UTF_8), 1000);
        assertTrue(comment.getMessage().startsWith("hostile.xml: line 5: a comment longer than 1000 bytes"), comment.getMessage());
        InputException pieces = refused(wxr("<item>\n<content:encoded><![CDATA[" + "y".repeat(800) + "]]><![CDATA["
                + "y".repeat(800) + "]]></content:encoded>\n</item>\n").getBytes(StandardCharsets.UTF_8), 1000);
        assertTrue(pieces.getMessage().startsWith("hostile.xml: line 6: <content:encoded> is longer than 1000 characters"),
                pieces.getMessage());
    }

    /**
     * A file of 100,000 attachments (about 40 MB) streams through without being held: it is never in memory
     * as a whole (it is generated as it is read), and only its one post is kept.
     */
    @Test
    void aHugeExportStreams() throws Exception {
        String head = wxr("").substring(0, wxr("").indexOf("</channel>"));
        String post = "<item><title>The one post</title><content:encoded><![CDATA[<p>Hello.</p>]]></content:encoded>"
                + "<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type></item>\n";
        byte[] attachment = ("<item><title>image</title><content:encoded><![CDATA[" + "a".repeat(300)
                + "]]></content:encoded><wp:post_type>attachment</wp:post_type><wp:postmeta><wp:meta_key>k</wp:meta_key>"
                + "<wp:meta_value><![CDATA[v]]></wp:meta_value></wp:postmeta></item>\n").getBytes(StandardCharsets.UTF_8);
        int count = 100_000;
        Enumeration<InputStream> parts = new Enumeration<>() {
            int i = -1;

            @Override
            public boolean hasMoreElements() {
                return i <= count;
            }

            @Override
            public InputStream nextElement() {
                i++;
                if (i == 0) return new ByteArrayInputStream((head + post).getBytes(StandardCharsets.UTF_8));
                if (i <= count) return new ByteArrayInputStream(attachment);
                return new ByteArrayInputStream("</channel></rss>".getBytes(StandardCharsets.UTF_8));
            }
        };
        Read read = read(Path.of("huge.xml"), new SequenceInputStream(parts), 1_000_000);
        assertEquals(1, read.items().size());
        assertEquals(count, read.summary().otherTypes().get("attachment"));
        assertEquals("<p>Hello.</p>", read.items().get(0).content());
    }

    @Test
    void anItemWithoutTypeIsAPostAndWithoutSlugOrIdStillReads() throws Exception {
        Read read = read(Path.of("old.xml"), new ByteArrayInputStream(wxr(
                "<item><title>Old</title><content:encoded><![CDATA[<p>Old.</p>]]></content:encoded></item>\n")
                .getBytes(StandardCharsets.UTF_8)), 1000);
        assertEquals(1, read.items().size());
        assertNull(read.items().get(0).id());
        assertEquals("{\"title\":{\"raw\":\"Old\"},\"content\":{\"raw\":\"<p>Old.</p>\"}}", read.items().get(0).postJson());
    }

    @Test
    void wxrIsRecognisedByItsRootNotItsName(@TempDir Path dir) throws IOException {
        assertTrue(WxrReader.looksLikeWxr(Files.readString(FIXTURE)));
        assertFalse(WxrReader.looksLikeWxr("<rss version=\"2.0\"><channel/></rss>"));
        assertFalse(WxrReader.looksLikeWxr("<html><body><a href=\"http://wordpress.org/export/1.2/\">x</a></body></html>"));
        assertTrue(WxrReader.isXmlName(dir.resolve("site.WordPress.2026-11-30.XML")));
    }
}
