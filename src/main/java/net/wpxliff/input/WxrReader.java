package net.wpxliff.input;

import net.wpxliff.xliff.SafeXml;
import net.wpxliff.xliff.StrictUtf8;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a WordPress export file (WXR: Tools → Export, RSS 2.0 with WordPress's {@code wp} namespace) as a
 * stream, handing each post and page ({@code <item>} of {@code wp:post_type} post or page), with the terms it
 * is filed under ({@code <category>}), to a sink as it is read and counting the other items. Nothing else is
 * kept: attachments, menus, comments, the channel's list of terms and authors pass by, so the file's size does
 * not matter, only the size of each of its texts ({@link XmlRunLimit}). Parsed with the project's safe StAX setup ({@link SafeXml}): a file declaring a
 * DTD is refused (WordPress never writes one), and so is any entity reference.
 */
public final class WxrReader {
    /** WordPress's export namespace, {@code http://wordpress.org/export/1.2/} (1.0 to 1.2; https in some exports). */
    static final Pattern WP_NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/1\\.[0-9]+/");
    static final Pattern EXCERPT_NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/1\\.[0-9]+/excerpt/");
    static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    /**
     * The post types that are translated: posts and pages, and the synced patterns and navigation menus they show by
     * id (push sends those first and maps the ids: see README "Synced patterns and navigation menus"). Everything
     * else (attachment, nav_menu_item, ...) is counted and skipped.
     */
    static final Set<String> TRANSLATED_TYPES = Set.of("post", "page", "wp_block", "wp_navigation");
    /**
     * Posts and pages in these statuses are skipped too: {@code trash} was deleted by its author, and an
     * {@code auto-draft} is an empty post the editor opened and nobody saved. Drafts, pending, private and
     * scheduled posts are exported: a translation is often made before the original is published.
     */
    static final Set<String> SKIPPED_STATUSES = Set.of("trash", "auto-draft");

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = SafeXml.inputFactory();
        // texts arrive in pieces, so none is held twice; CDATA split by WordPress is joined here
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    });

    /** Receives each post and page as it is read. */
    public interface ItemSink {
        void accept(WxrItem item) throws InputException;
    }

    /**
     * What a file held besides the posts and pages handed over.
     *
     * @param version    {@code wp:wxr_version}, or null
     * @param kept       posts and pages handed to the sink, by type
     * @param otherTypes items of other types, by type (an item without {@code wp:post_type} is a post, as WordPress imports it)
     * @param statuses   posts and pages skipped for their status ({@link #SKIPPED_STATUSES}), by status
     */
    public record Summary(String version, Map<String, Integer> kept, Map<String, Integer> otherTypes,
                          Map<String, Integer> statuses) {
        public int keptCount() {
            return kept.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int otherTypeCount() {
            return otherTypes.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** For the export summary: {@code WordPress export (WXR 1.2): 63 posts and pages (post 61, page 1, wp_navigation 1); skipped 9 items of other types: attachment 9}. */
        public String describe() {
            StringBuilder s = new StringBuilder("WordPress export");
            if (version != null && !version.isBlank()) s.append(" (WXR ").append(version.strip()).append(')');
            int kept = keptCount();
            s.append(": ").append(kept).append(kept == 1 ? " post or page" : " posts and pages");
            if (kept > 0) s.append(" (").append(counts(this.kept)).append(')');
            int other = otherTypeCount();
            if (other > 0) {
                s.append("; skipped ").append(other).append(other == 1 ? " item" : " items").append(" of other types: ")
                        .append(counts(otherTypes));
            }
            int byStatus = statuses.values().stream().mapToInt(Integer::intValue).sum();
            if (byStatus > 0) {
                s.append("; skipped ").append(byStatus).append(byStatus == 1 ? " post or page" : " posts and pages")
                        .append(" in the trash or never saved: ").append(counts(statuses));
            }
            return s.toString();
        }

        /** {@code attachment 40, nav_menu_item 14}: most first, then by name. */
        private static String counts(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private final Path file;
    private final XMLStreamReader xml;
    private final XmlRunLimit bytes;
    private final long maxText;
    private boolean rootSeen;
    private String version;
    private final Map<String, Integer> kept = new TreeMap<>();
    private final Map<String, Integer> otherTypes = new TreeMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int items;
    /** The namespaces found to match, so that each element costs a string comparison, not a regular expression. */
    private final Map<String, Boolean> wpNamespaces = new java.util.HashMap<>();
    private final Map<String, Boolean> excerptNamespaces = new java.util.HashMap<>();


    private WxrReader(Path file, XMLStreamReader xml, XmlRunLimit bytes, long maxText) {
        this.file = file;
        this.xml = xml;
        this.bytes = bytes;
        this.maxText = maxText;
    }

    /**
     * Reads a WXR file from {@code in}, handing its posts and pages to {@code sink} in file order.
     *
     * @param maxText the longest text (one title, content or excerpt), in characters; longer ones are refused
     */
    public static Summary read(Path file, InputStream in, long maxText, ItemSink sink) throws InputException {
        XMLStreamReader xml = null;
        WxrReader reader = null;
        try {
            XmlRunLimit bytes = new XmlRunLimit(StrictUtf8.ifUtf8(in), maxText);
            xml = FACTORY.get().createXMLStreamReader(bytes);
            reader = new WxrReader(file, xml, bytes, maxText);
            return reader.readDocument(sink);
        } catch (XmlRunLimit.Exceeded e) {
            throw new InputException(file + ": line " + e.line + ": " + e.getMessage() + " starts here, more than one"
                    + " post may hold; refused as a damaged or hostile file", e);
        } catch (StrictUtf8.Malformed e) {
            throw notUtf8(file, e.line(), e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw reader == null || !reader.rootSeen ? notWxr(file, e) : notWellFormed(file, e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + ReadFailure.reason(e) + ")", e);
        } catch (RuntimeException e) {
            XMLStreamException cause = streamCause(e);
            if (cause == null) throw e;
            throw reader == null || !reader.rootSeen ? notWxr(file, cause) : notWellFormed(file, cause);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed
                }
            }
        }
    }

    private Summary readDocument(ItemSink sink) throws XMLStreamException, InputException {
        int event;
        do {
            event = next();
            if (event == XMLStreamConstants.END_DOCUMENT) throw notWxr(file, "the file holds no element");
        } while (event != XMLStreamConstants.START_ELEMENT);
        if (!xml.getLocalName().equals("rss") || !declaresWordPressNamespace()) {
            throw notWxr(file, "its root element is <" + xml.getName().toString().replaceFirst("^\\{[^}]*}", "")
                    + ">" + (xml.getLocalName().equals("rss") ? " without WordPress's export namespace (a plain RSS feed)" : "")
                    + " on line " + line());
        }
        rootSeen = true;
        int depth = 1;
        while (depth > 0) {
            event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 3 && xml.getLocalName().equals("item") && noNamespace()) {
                    readItem(sink);
                    depth--;
                } else if (depth == 3 && isWp("wxr_version")) {
                    version = text();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new Summary(version, Map.copyOf(kept), Map.copyOf(otherTypes), Map.copyOf(statuses));
    }

    /** Reads one {@code <item>}, from its start tag to its end tag, and hands it over when it is a post or page. */
    private void readItem(ItemSink sink) throws XMLStreamException, InputException {
        int number = ++items;
        int line = line();
        String id = null, slug = null, link = null, type = null, status = null, title = null, content = null, excerpt = null;
        String footnotes = null, password = null;
        List<WxrItem.Term> terms = new ArrayList<>();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String ns = noNamespace() ? "" : xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (ns.isEmpty() && name.equals("title") && title == null) title = text();
            else if (ns.isEmpty() && name.equals("link") && link == null) link = text().strip();
            else if (ns.equals(CONTENT_NAMESPACE) && name.equals("encoded") && content == null) content = text();
            else if (name.equals("encoded") && isNamespace(EXCERPT_NAMESPACE, ns) && excerpt == null) excerpt = text();
            else if (isWp("post_id") && id == null) id = text().strip();
            else if (isWp("post_name") && slug == null) slug = text().strip();
            else if (isWp("post_type") && type == null) type = text().strip();
            else if (isWp("status") && status == null) status = text().strip();
            else if (isWp("post_password") && password == null) password = text();
            else if (ns.isEmpty() && name.equals("category")) term(terms);
            else if (isWp("postmeta")) {
                String[] meta = postmeta();
                if (FootnoteFields.META_KEY.equals(meta[0])) footnotes = meta[1];
            } else skipElement();
        }
        String effectiveType = type == null || type.isEmpty() ? "post" : type;
        if (!TRANSLATED_TYPES.contains(effectiveType)) {
            otherTypes.merge(effectiveType, 1, Integer::sum);
        } else if (status != null && SKIPPED_STATUSES.contains(status)) {
            statuses.merge(status, 1, Integer::sum);
        } else {
            kept.merge(effectiveType, 1, Integer::sum);
            sink.accept(new WxrItem(number, line, id, slug, link, type, status, password, title, content == null ? "" : content, excerpt,
                    terms, footnotes));
        }
    }

    /**
     * An item's {@code <category domain="post_tag" nicename="rivers">Rivers</category>}: a term it is filed under
     * (any taxonomy, despite the element's name), kept when it has a slug; each once.
     */
    private void term(List<WxrItem.Term> terms) throws XMLStreamException, InputException {
        String taxonomy = xml.getAttributeValue(null, "domain"), slug = xml.getAttributeValue(null, "nicename");
        String name = text().strip();
        if (taxonomy == null || slug == null || taxonomy.isBlank() || slug.isBlank()) return;
        WxrItem.Term term = new WxrItem.Term(taxonomy.strip(), slug.strip(), name.isEmpty() ? slug.strip() : name);
        if (!terms.contains(term)) terms.add(term);
    }

    /** An item's {@code <wp:postmeta>}: its {@code wp:meta_key} and {@code wp:meta_value} (null when missing). */
    private String[] postmeta() throws XMLStreamException, InputException {
        String[] meta = new String[2];
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) return meta;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (isWp("meta_key") && meta[0] == null) meta[0] = text().strip();
            else if (isWp("meta_value") && meta[1] == null) meta[1] = text();
            else skipElement();
        }
    }

    private boolean noNamespace() {
        return xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty();
    }

    private boolean isWp(String localName) {
        return xml.getLocalName().equals(localName) && isNamespace(WP_NAMESPACE, xml.getNamespaceURI());
    }

    private boolean isNamespace(Pattern namespace, String uri) {
        if (uri == null) return false;
        Map<String, Boolean> known = namespace == WP_NAMESPACE ? wpNamespaces : excerptNamespaces;
        return known.computeIfAbsent(uri, u -> namespace.matcher(u).matches());
    }

    private boolean declaresWordPressNamespace() {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String uri = xml.getNamespaceURI(i);
            if (uri != null && WP_NAMESPACE.matcher(uri).matches()) return true;
        }
        return false;
    }

    /** The text of the element whose start tag was just read, up to its end tag; comments in it are not text. */
    private String text() throws XMLStreamException, InputException {
        String element = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? xml.getLocalName()
                : xml.getPrefix() + ":" + xml.getLocalName();
        int start = line();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) return text.toString();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text.length() + (long) xml.getTextLength() > maxText) {
                    throw new InputException(file + ": line " + start + ": <" + element + "> is longer than " + maxText
                            + " characters, the most one post may hold; split the post");
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new InputException(file + ": line " + line() + ": <" + element + "> holds an element <"
                        + xml.getLocalName() + ">, where WordPress writes only text (in CDATA); the file is damaged:"
                        + " export it again from WordPress (Tools → Export)");
            }
        }
    }

    private void skipElement() throws XMLStreamException, InputException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The next event; DTDs and entity references are refused, never expanded. */
    private int next() throws XMLStreamException, InputException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new InputException(file + ": line " + doctypeStartLine() + ": the file declares a DTD (<!DOCTYPE>),"
                    + " refused for safety (external entities, entity expansion); WordPress never writes one, so this is"
                    + " not a WordPress export file (WXR) as WordPress wrote it: pass the .xml file Tools → Export writes,"
                    + " export HTML pages as .html, posts as REST JSON");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new InputException(file + ": line " + line() + ": entity reference &" + xml.getLocalName()
                    + "; is not allowed (WordPress writes text in CDATA); refused for safety");
        }
        return event;
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    /** The JDK's parser reports a DOCTYPE where it ends; the user needs the line where it starts. */
    private long doctypeStartLine() {
        return bytes.doctypeLine() > 0 ? bytes.doctypeLine() : line();
    }

    private static InputException notWxr(Path file, String why) {
        return new InputException(file + ": not a WordPress export file (WXR): " + why + "; pass the .xml file"
                + " WordPress's Tools → Export writes, export HTML pages as .html, posts as REST JSON (/wp/v2/posts/ID)");
    }

    private static InputException notWxr(Path file, XMLStreamException e) {
        return new InputException(file + ": not a WordPress export file (WXR): " + where(e) + "not well-formed XML ("
                + message(e) + "); pass the .xml file WordPress's Tools → Export writes, export HTML pages as .html,"
                + " posts as REST JSON (/wp/v2/posts/ID)", e);
    }

    private static InputException notWellFormed(Path file, XMLStreamException e) {
        if (causedBy(e, CharConversionException.class) != null) {
            return notUtf8(file, e.getLocation() == null ? -1 : e.getLocation().getLineNumber(), message(e), e);
        }
        return new InputException(file + ": " + where(e) + "not well-formed XML (" + message(e) + "); the file may be"
                + " truncated or damaged: export it again from WordPress (Tools → Export)", e);
    }

    private static InputException notUtf8(Path file, long line, String what, Exception e) {
        return new InputException(file + ": " + (line > 0 ? "line " + line + ": " : "") + "not valid UTF-8 (" + what
                + "); WordPress writes its export in UTF-8, so the file was damaged or re-saved in another encoding:"
                + " export it again", e);
    }

    private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            if (t instanceof XMLStreamException stream && type.isInstance(stream.getNestedException())) {
                return type.cast(stream.getNestedException());
            }
        }
        return null;
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? ""
                : "line " + e.getLocation().getLineNumber() + ": ";
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).replace('\n', ' ').strip();
    }

    private static XMLStreamException streamCause(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof XMLStreamException stream) return stream;
        }
        return null;
    }

    /** Whether a text that is not named {@code .xml} is a WXR file nonetheless: an {@code <rss>} root with WordPress's namespace. */
    static boolean looksLikeWxr(String text) {
        String head = text.length() > 16384 ? text.substring(0, 16384) : text;
        return head.contains("<rss") && WXR_ROOT.matcher(head).find(); // most files: one fast search says no
    }

    private static final Pattern WXR_ROOT =
            Pattern.compile("<rss\\b[^>]*=\\s*[\"']https?://wordpress\\.org/export/1\\.[0-9]+/[\"']");

    /** Files named {@code .xml}: read as WXR, and refused when they are not. */
    static boolean isXmlName(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    }
}
