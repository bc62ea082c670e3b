package net.wpxliff.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.SourceRange;
import net.wpxliff.config.BlockRule;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.unit.TextContext;

import java.io.IOException;
import java.util.List;

/**
 * The block attributes that hold text ({@code <!-- wp:search {"label":"Search"} /-->}), as units of their own:
 * {@code resname} the block's path and the attribute's keys ({@code content/wp:search[1]/@label},
 * {@code …/@labels/@next} for nested keys), span the JSON string token inside the delimiter, source the value read
 * as inline HTML (block editors store it as rich text), so markup in it becomes codes. Which attributes: the
 * configuration's rule for the block; a value that is not a string, or has no letters, is never a unit.
 */
final class BlockAttributeExtractor {
    private static final JsonFactory JSON = new JsonFactory();

    private final String text;
    private final String fieldNote;
    private final BlockStructure blocks;
    private final TranslationConfig config;
    private final UnitSink sink;

    BlockAttributeExtractor(String text, String fieldNote, BlockStructure blocks, TranslationConfig config, UnitSink sink) {
        this.text = text;
        this.fieldNote = fieldNote;
        this.blocks = blocks;
        this.config = config;
        this.sink = sink;
    }

    void extract() {
        for (Block block : blocks.blocks()) {
            BlockRule rule = config.rule(block.name());
            if (rule == null || rule.keys().isEmpty() || block.attributesJson() == null || !block.attributesValid()) continue;
            if (blocks.untranslated(block.opener().start())) continue;
            for (List<String> key : rule.keys()) extract(block, key);
        }
    }

    private void extract(Block block, List<String> key) {
        SourceRange json = block.attributesJson();
        StringToken token = stringToken(json.of(text), key);
        if (token == null) return;
        String resname = blocks.path(block) + "/@" + String.join("/@", key);
        String value = token.value();
        RichTextValue built = RichTextValue.readForUnit(value, resname, "this attribute", sink);
        if (built == null) return;
        String note = fieldNote + ": the \"" + String.join(".", key) + "\" attribute of the " + block.shortName()
                + " block (" + block.name() + ")";
        sink.unit(resname, note, TextContext.BLOCK_ATTRIBUTE, false,
                json.start() + token.start(), json.start() + token.end(), built.fragment());
    }

    /** A JSON string token: {@code [start, end)} quotes included, and its decoded value. */
    record StringToken(int start, int end, String value) {
    }

    /**
     * The string at {@code key} in {@code json}, or null when there is no string there. With a key given twice the last one counts, as in PHP's json_decode.
     */
    static StringToken stringToken(String json, List<String> key) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            return find(parser, key, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static StringToken find(JsonParser parser, List<String> key, int depth) throws IOException {
        StringToken found = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            boolean match = parser.currentName().equals(key.get(depth));
            JsonToken value = parser.nextToken();
            if (match && depth == key.size() - 1) {
                if (value == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    String decoded = parser.getText();
                    found = new StringToken(start, (int) parser.currentLocation().getCharOffset(), decoded);
                } else {
                    found = null;
                    parser.skipChildren();
                }
            } else if (match && value == JsonToken.START_OBJECT) {
                found = find(parser, key, depth + 1);
            } else {
                if (match) found = null;
                parser.skipChildren();
            }
        }
        return found;
    }
}
