package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed block: its full name ({@code core/paragraph}, {@code my-plugin/x}), its attributes, where its
 * delimiters and attribute JSON are in the source, and its inner content (HTML chunks and child blocks in
 * document order), as {@code WP_Block_Parser} builds them.
 */
public final class Block implements BlockContent {
    private static final String CORE_NAMESPACE = "core/";

    private final String name;
    /** The attribute JSON as the parser decodes it (with the white space after it), or null when there is none. */
    private final String attributesText;
    private final boolean attributesValid;
    /** The decoded attributes, made when first asked for (export never asks: see {@link AttributeJson}). */
    private ObjectNode attributes;
    private final SourceRange opener;
    private final SourceRange attributesJson;
    private final boolean selfClosing;
    private final List<BlockContent> innerContent = new ArrayList<>();
    private SourceRange closer;

    Block(String name, String attributesText, SourceRange opener, SourceRange attributesJson, boolean selfClosing) {
        this.name = name;
        this.attributesText = attributesText;
        this.attributesValid = attributesText == null || AttributeJson.valid(attributesText);
        this.opener = opener;
        this.attributesJson = attributesJson;
        this.selfClosing = selfClosing;
    }

    /** The full name, namespace included: {@code core/} when the delimiter has none. */
    public String name() {
        return name;
    }

    /** The name as delimiters and paths write it: without {@code core/} for core blocks. */
    public String shortName() {
        return name.startsWith(CORE_NAMESPACE) ? name.substring(CORE_NAMESPACE.length()) : name;
    }

    /**
     * The attributes: an empty object when the delimiter has no JSON, {@code null} when its JSON is invalid
     * (WordPress's {@code attrs} is then {@code null} too, and the block is kept).
     */
    public ObjectNode attributes() {
        if (!attributesValid) return null;
        if (attributes == null) {
            attributes = attributesText == null ? AttributeJson.empty() : AttributeJson.decode(attributesText);
            if (attributes == null) throw new IllegalStateException("attribute JSON judged valid did not decode");
        }
        return attributes;
    }

    /**
     * The attributes as plain values ({@link AttributeJson#values}): an empty map when the delimiter has no JSON,
     * null when its JSON is invalid. Made anew on each call.
     */
    Map<String, Object> attributeValues() {
        if (!attributesValid) return null;
        return attributesText == null ? new LinkedHashMap<>() : AttributeJson.values(attributesText);
    }

    /** False when the delimiter's attribute JSON does not decode (see {@link #attributes()}). */
    public boolean attributesValid() {
        return attributesValid;
    }

    /** The opening delimiter ({@code <!-- wp:name {…} -->}), or the whole self-closing one. */
    public SourceRange opener() {
        return opener;
    }

    /** The attribute JSON text ({@code {…}}) inside the opener, or {@code null} when there is none. */
    public SourceRange attributesJson() {
        return attributesJson;
    }

    /** True for {@code <!-- wp:name /-->}. */
    public boolean selfClosing() {
        return selfClosing;
    }

    /**
     * The closing delimiter, or {@code null} for a self-closing block and for a block never closed (WordPress then
     * ends it at the end of the document).
     */
    public SourceRange closer() {
        return closer;
    }

    /** HTML chunks and child blocks between the delimiters, in order (WordPress's {@code innerContent}). */
    public List<BlockContent> innerContent() {
        return Collections.unmodifiableList(innerContent);
    }

    /** The child blocks (WordPress's {@code innerBlocks}). */
    public List<Block> innerBlocks() {
        return innerContent.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    void add(BlockContent content) {
        innerContent.add(content);
    }

    void closeWith(SourceRange closer) {
        this.closer = closer;
    }

    @Override
    public String toString() {
        return "Block[" + name + " at " + opener.start() + "]";
    }
}
