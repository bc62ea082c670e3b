package net.wpxliff.extract;

import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockParser;
import net.wpxliff.blocks.SourceRange;

import java.util.ArrayList;
import java.util.List;

/**
 * The "read more" link text an editor gave a post: {@code <!--more Keep reading-->}. WordPress cuts a post for its
 * archive pages at the first {@code <!--more(.*?)?-->} ({@code get_the_content}: the regex has no {@code s} flag,
 * so the text holds no line feed) and links to the rest with that text, tags stripped and trimmed, shown as HTML; with
 * no text the theme's default is shown. The block editor's More block keeps the text twice: as its
 * {@code customText} attribute and in the comment it saves ({@code <!-- wp:more {"customText":"X"} -->}
 * {@code <!--more X-->}), and flags the block as changed when the two differ. So where both hold the same text,
 * the attribute is the unit and merge writes its translation into the comment too; otherwise the comment's text
 * is a unit of its own.
 */
public final class MoreTags {
    static final String OPEN = "<!--more";
    private static final String CLOSE = "-->";
    private static final String MORE_BLOCK = "core/more";
    private static final List<String> CUSTOM_TEXT = List.of("customText");

    /**
     * The tag WordPress reads.
     *
     * @param comment   the whole comment
     * @param text      its text, trimmed as WordPress trims it (empty when there is none)
     * @param attribute the {@code customText} JSON string token of the More block around it, when the block editor
     *                  wrote the comment from it ({@code <!--more } + value + {@code -->}), else null
     */
    public record Tag(SourceRange comment, SourceRange text, SourceRange attribute) {
        /** Where the block editor writes the attribute's value: after {@code <!--more }, up to {@code -->}. */
        public SourceRange editorText() {
            return new SourceRange(comment.start() + OPEN.length() + 1, comment.end() - CLOSE.length());
        }
    }

    private MoreTags() {
    }

    /**
     * The tag WordPress reads in an editor field ({@code content.raw}), or null when there is none.
     *
     * @param blocks the field's blocks (all of them, nested ones too), or null when it has none
     */
    public static Tag find(String text, List<Block> blocks) {
        int at = text.indexOf(OPEN);
        while (at >= 0) {
            int close = text.indexOf(CLOSE, at + OPEN.length());
            if (close < 0) return null;
            int newline = firstLineBreak(text, at + OPEN.length(), close);
            if (newline < 0) return tag(text, at, close, blocks);
            at = text.indexOf(OPEN, newline); // PCRE's "." stops at the line end: the search goes on from there
        }
        return null;
    }

    /**
     * Every More block whose comment the block editor wrote from its {@code customText} attribute, as tags with
     * {@link Tag#attribute()} set: merge writes the attribute's translation into each comment (the editor checks
     * every block, not only the one WordPress reads).
     */
    public static List<Tag> fromAttributes(String text) {
        if (text.indexOf("<!-- wp:more") < 0) return List.of();
        List<Tag> tags = new ArrayList<>();
        for (Block block : BlockParser.parse(text).allBlocks()) {
            if (!block.name().equals(MORE_BLOCK) || block.closer() == null) continue;
            int at = text.indexOf(OPEN, block.opener().end());
            if (at < 0 || at >= block.closer().start()) continue;
            int close = text.indexOf(CLOSE, at + OPEN.length());
            if (close < 0 || close + CLOSE.length() > block.closer().start()) continue;
            Tag tag = tag(text, at, close, List.of(block));
            if (tag.attribute() != null) tags.add(tag);
        }
        return tags;
    }

    private static Tag tag(String text, int at, int close, List<Block> blocks) {
        int start = at + OPEN.length(), end = close;
        while (start < end && isPhpTrimmed(text.charAt(start))) start++;
        while (end > start && isPhpTrimmed(text.charAt(end - 1))) end--;
        SourceRange comment = new SourceRange(at, close + CLOSE.length());
        return new Tag(comment, new SourceRange(start, end), attribute(text, comment, blocks));
    }

    /** The More block's {@code customText} token, when the comment is the one the editor wrote from it. */
    private static SourceRange attribute(String text, SourceRange comment, List<Block> blocks) {
        if (blocks == null) return null;
        for (Block block : blocks) {
            if (!block.name().equals(MORE_BLOCK) || block.attributesJson() == null || block.closer() == null) continue;
            if (block.opener().end() > comment.start() || block.closer().start() < comment.end()) continue;
            SourceRange json = block.attributesJson();
            BlockAttributeExtractor.StringToken token = BlockAttributeExtractor.stringToken(json.of(text), CUSTOM_TEXT);
            if (token == null || token.value().isEmpty()) return null;
            String written = OPEN + " " + token.value() + CLOSE;
            if (!written.equals(comment.of(text))) return null;
            return new SourceRange(json.start() + token.start(), json.start() + token.end());
        }
        return null;
    }

    private static int firstLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') return i; // PCRE's default newline is LF: "." matches a CR
        }
        return -1;
    }

    /** PHP's {@code trim}: space, tab, newline, carriage return, NUL, vertical tab. */
    private static boolean isPhpTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 || c == 0x0B;
    }
}
