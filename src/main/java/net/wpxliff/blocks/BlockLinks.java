package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links that core blocks keep in their delimiter's attribute JSON rather than in their HTML, where link
 * localization finds them, and how a new value is written back. From WordPress's {@code block.json} files: an
 * attribute without a {@code source} is stored in the delimiter. Links to pages: {@code navigation-link} and
 * {@code navigation-submenu} {@code url}, {@code social-link} {@code url}, the {@code file} block's {@code href} and
 * {@code media-text}'s {@code mediaLink} (the attachment page). Not listed: attributes read from the HTML (button
 * {@code url}, image and media-text {@code href}, file {@code textLinkHref}: the HTML's own links), media shown on
 * the page ({@code cover} {@code url}), embedded resources ({@code embed} {@code url}, whose URL is also the
 * block's text) and feeds ({@code rss} {@code feedURL}).
 */
public final class BlockLinks {
    private static final Map<String, List<String>> LINK_ATTRIBUTES = Map.of(
            "core/navigation-link", List.of("url"),
            "core/navigation-submenu", List.of("url"),
            "core/social-link", List.of("url"),
            "core/file", List.of("href"),
            "core/media-text", List.of("mediaLink"));
    private static final JsonFactory JSON = new JsonFactory();

    private BlockLinks() {
    }

    /**
     * One link attribute found in a delimiter.
     *
     * @param path  the attribute's key as block checks name it: {@code content/wp:navigation-link[2]/@url}
     * @param token the JSON string token in the text, quotes included
     * @param value its decoded value
     */
    public record LinkAttribute(String path, SourceRange token, String value) {
    }

    /** Every link attribute of the blocks in {@code text}, in document order; {@code root} is the field's key. */
    public static List<LinkAttribute> find(String text, String root) {
        BlockDocument document = BlockParser.parse(text);
        Map<Block, String> paths = BlockPath.all(document, root);
        List<LinkAttribute> found = new ArrayList<>();
        for (Map.Entry<Block, String> entry : paths.entrySet()) {
            Block block = entry.getKey();
            List<String> keys = LINK_ATTRIBUTES.get(block.name());
            if (keys == null || block.attributesJson() == null || !block.attributesValid()) continue;
            for (String key : keys) {
                LinkAttribute link = stringMember(text, block.attributesJson(), key, entry.getValue() + "/@" + key);
                if (link != null) found.add(link);
            }
        }
        found.sort((a, b) -> Integer.compare(a.token().start(), b.token().start()));
        return found;
    }

    /**
     * The JSON string token WordPress would write for a new link value, in the style of the one it replaces: block
     * attribute escaping ({@link BlockAttributes#encodeString}), with {@code /} written {@code \/} when the source
     * token wrote it so (JSON encoders other than WordPress's do).
     */
    public static String encode(String value, String sourceToken) {
        String encoded = BlockAttributes.encodeString(value);
        // the encoder's escapes never hold a slash, so every slash in its output is one of the value's
        return sourceToken.contains("\\/") ? encoded.replace("/", "\\/") : encoded;
    }

    /** The top-level string member {@code key} of the attribute JSON; the last one counts, as in PHP's json_decode. */
    private static LinkAttribute stringMember(String text, SourceRange json, String key, String path) {
        try (JsonParser parser = JSON.createParser(json.of(text))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            LinkAttribute found = null;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                boolean match = parser.currentName().equals(key);
                JsonToken value = parser.nextToken();
                if (match && value == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    String decoded = parser.getText();
                    int end = (int) parser.currentLocation().getCharOffset();
                    found = new LinkAttribute(path, new SourceRange(json.start() + start, json.start() + end), decoded);
                } else {
                    if (match) found = null;
                    parser.skipChildren();
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return null; // the block parser read it as valid JSON; anything else is left as it is
        }
    }
}
