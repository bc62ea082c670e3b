package net.wpxliff.config;

import net.wpxliff.xliff.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the {@code wpml-config.xml} format WPML and Polylang read, with the project's safe XML parser (no DTD, no
 * external entities: a DOCTYPE is refused):
 * <pre>{@code
 * <wpml-config>
 *   <gutenberg-blocks>
 *     <gutenberg-block type="acme/hero" translate="1">
 *       <xpath>//h2</xpath>
 *       <key name="title"/>
 *       <key name="labels"><key name="next"/></key>
 *     </gutenberg-block>
 *   </gutenberg-blocks>
 *   <custom-fields><custom-field action="translate">subtitle</custom-field></custom-fields>
 *   <taxonomies><taxonomy translate="1">category</taxonomy></taxonomies>
 *   <shortcodes><shortcode><tag>vc_text_separator</tag><attributes><attribute>title</attribute></attributes></shortcode></shortcodes>
 * </wpml-config>
 * }</pre>
 * Nested {@code <key>}s name a path into the attribute JSON; only the innermost keys are units. A taxonomy with
 * {@code translate="1"} (or WPML's {@code "2"}, translated where a translation exists) has its term names
 * translated. A shortcode's attributes of plain text are translated. Other sections ({@code custom-types},
 * {@code admin-texts}, …) are read over.
 */
final class WpmlConfigReader {
    /** Shortcode and attribute names as WordPress's shortcode_parse_atts reads them ([\\w-]). */
    private static final Pattern SHORTCODE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern BLOCK_NAME = Pattern.compile("([a-z][a-z0-9_-]*/)?[a-z][a-z0-9_-]*");

    record Parsed(List<BlockRule> blocks, List<CustomField> customFields, List<String> translatedTaxonomies,
                  List<ShortcodeRule> shortcodes) {
    }

    private final String name;
    private final XMLStreamReader xml;
    private final List<BlockRule> blocks = new ArrayList<>();
    private final List<CustomField> customFields = new ArrayList<>();
    private final List<String> taxonomies = new ArrayList<>();
    private final List<ShortcodeRule> shortcodes = new ArrayList<>();

    private WpmlConfigReader(String name, XMLStreamReader xml) {
        this.name = name;
        this.xml = xml;
    }

    static Parsed read(String name, String text) throws ConfigException {
        XMLStreamReader xml;
        try {
            xml = SafeXml.inputFactory().createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException e) {
            throw new ConfigException(name + ": not XML (" + e.getMessage() + ")");
        }
        WpmlConfigReader reader = new WpmlConfigReader(name, xml);
        try {
            reader.document();
            return new Parsed(reader.blocks, reader.customFields, reader.taxonomies, reader.shortcodes);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ConfigException(name + (line > 0 ? ":" + line : "") + ": not well-formed XML ("
                    + e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "") + ")");
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    private void document() throws XMLStreamException, ConfigException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) throw fail("a DOCTYPE is not allowed in a wpml-config.xml; remove it");
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("wpml-config")) {
                    throw fail("the root element is <" + xml.getLocalName() + ">, expected <wpml-config>");
                }
                config();
            }
        }
    }

    private void config() throws XMLStreamException, ConfigException {
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "gutenberg-blocks" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("gutenberg-block")) blocks.add(block());
                        else skip();
                    }
                }
                case "custom-fields" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("custom-field")) customFields.add(customField());
                        else skip();
                    }
                }
                case "taxonomies" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("taxonomy")) taxonomy();
                        else skip();
                    }
                }
                case "shortcodes" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("shortcode")) shortcode();
                        else skip();
                    }
                }
                default -> skip();
            }
        }
    }

    private void taxonomy() throws XMLStreamException, ConfigException {
        int line = line();
        String translate = attribute("translate");
        String taxonomy = xml.getElementText().strip();
        if (taxonomy.isEmpty()) throw fail(line, "<taxonomy> without a taxonomy name (category, post_tag, …)");
        if (translate != null && !translate.strip().matches("[012]")) {
            throw fail(line, "translate=\"" + translate + "\" on <taxonomy>" + taxonomy + "</taxonomy>: use 1 (translate),"
                    + " 2 (translate, else show the original) or 0");
        }
        boolean translated = translate != null && !translate.strip().equals("0");
        if (translated && !taxonomies.contains(taxonomy)) taxonomies.add(taxonomy);
        if (!translated) taxonomies.remove(taxonomy);
    }

    private BlockRule block() throws XMLStreamException, ConfigException {
        int line = line();
        String type = attribute("type");
        if (type == null || !BLOCK_NAME.matcher(type.strip()).matches()) {
            throw fail(line, "<gutenberg-block> needs a type attribute naming a block (type=\"acme/hero\"), found "
                    + (type == null ? "none" : "\"" + type + "\""));
        }
        String translate = attribute("translate");
        boolean translated = translate == null || translate.strip().equals("1");
        if (translate != null && !translate.strip().matches("[01]")) {
            throw fail(line, "translate=\"" + translate + "\" on <gutenberg-block type=\"" + type + "\">: use 1 or 0");
        }
        List<List<String>> keys = new ArrayList<>();
        List<String> xpaths = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "key" -> keys(new ArrayList<>(), keys);
                case "xpath" -> xpaths.add(xml.getElementText().strip());
                default -> skip();
            }
        }
        return new BlockRule(BlockRule.fullName(type.strip()), translated, keys, xpaths);
    }

    /** A {@code <key>} and its nested keys: each innermost key is one path. */
    private void keys(List<String> parent, List<List<String>> paths) throws XMLStreamException, ConfigException {
        String key = attribute("name");
        if (key == null || key.isBlank()) throw fail("<key> needs a name attribute (the attribute's name in the block)");
        List<String> path = new ArrayList<>(parent);
        path.add(key.strip());
        boolean nested = false;
        while (nextChild()) {
            if (xml.getLocalName().equals("key")) {
                nested = true;
                keys(path, paths);
            } else {
                skip();
            }
        }
        if (!nested) paths.add(path);
    }

    /**
     * {@code <shortcode><tag>name</tag><attributes><attribute>title</attribute></attributes></shortcode>}: kept when
     * it names attributes of plain text (an {@code encoding} other than {@code allow_html_tags}, or {@code type="link"},
     * names a value WPML decodes or maps first: left as it is).
     */
    private void shortcode() throws XMLStreamException, ConfigException {
        int line = line();
        String tag = null;
        List<String> attributes = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "tag" -> tag = xml.getElementText().strip();
                case "attributes" -> {
                    while (nextChild()) {
                        if (!xml.getLocalName().equals("attribute")) {
                            skip();
                            continue;
                        }
                        String encoding = attribute("encoding"), type = attribute("type");
                        String attribute = xml.getElementText().strip();
                        boolean plain = (encoding == null || encoding.isBlank() || encoding.strip().equals("allow_html_tags"))
                                && (type == null || !type.strip().equals("link"));
                        if (!SHORTCODE_NAME.matcher(attribute).matches()) {
                            throw fail("<attribute>" + attribute + "</attribute>: not a shortcode attribute name (letters,"
                                    + " digits, - and _)");
                        }
                        if (plain && !attributes.contains(attribute.toLowerCase(java.util.Locale.ROOT))) {
                            attributes.add(attribute.toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                default -> skip();
            }
        }
        if (tag == null || !SHORTCODE_NAME.matcher(tag).matches()) {
            throw fail(line, "<shortcode> without a <tag> naming the shortcode (letters, digits, - and _): "
                    + (tag == null ? "none" : "\"" + tag + "\""));
        }
        if (!attributes.isEmpty()) shortcodes.add(new ShortcodeRule(tag, attributes));
    }

    private CustomField customField() throws XMLStreamException, ConfigException {
        int line = line();
        String action = attribute("action");
        String field = xml.getElementText().strip();
        if (field.isEmpty()) throw fail(line, "<custom-field> without a field name");
        return new CustomField(field, action == null ? "translate" : action.strip());
    }

    /** Moves to the next child element of the current one; false (at its end tag) when there is none. */
    private boolean nextChild() throws XMLStreamException, ConfigException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) return true;
            if (event == XMLStreamConstants.END_ELEMENT) return false;
            if (event == XMLStreamConstants.DTD) throw fail("a DOCTYPE is not allowed in a wpml-config.xml; remove it");
        }
        return false;
    }

    private void skip() throws XMLStreamException, ConfigException {
        while (nextChild()) skip();
    }

    private String attribute(String local) {
        return xml.getAttributeValue(null, local);
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    private ConfigException fail(String message) {
        return fail(line(), message);
    }

    private ConfigException fail(int line, String message) {
        return new ConfigException(name + ":" + line + ": " + message);
    }
}
