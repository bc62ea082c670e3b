package net.wpxliff.config;

import java.util.List;

/**
 * The attributes of WordPress core blocks that hold text a visitor (or, for placeholders, an editor) reads, from
 * the blocks' {@code block.json} files: string attributes kept in the block comment rather than in the block's
 * HTML. Text a block keeps in its HTML (a button's text, an image's {@code alt}, a caption) is extracted from the
 * HTML. Class names, ids, URLs, colours, alignment, slugs, sizes, numbers and booleans are never listed.
 */
final class CoreBlockAttributes {
    static final List<BlockRule> RULES = List.of(
            BlockRule.attributes("core/search", "label", "buttonText", "placeholder"),
            BlockRule.attributes("core/post-navigation-link", "label"),
            BlockRule.attributes("core/post-excerpt", "moreText"),
            BlockRule.attributes("core/read-more", "content"),
            // the "read more" link text; merge writes it into the block's <!--more …--> comment too (MoreTags)
            BlockRule.attributes("core/more", "customText"),
            BlockRule.attributes("core/post-terms", "prefix", "suffix"),
            BlockRule.attributes("core/post-author", "byline"),
            // description: shown under the label by themes that style it (render_block_core_navigation_link)
            BlockRule.attributes("core/navigation-link", "label", "title", "description"),
            BlockRule.attributes("core/navigation-submenu", "label", "title", "description"),
            BlockRule.attributes("core/home-link", "label"),
            BlockRule.attributes("core/social-link", "label"),
            BlockRule.attributes("core/paragraph", "placeholder"),
            BlockRule.attributes("core/heading", "placeholder"),
            BlockRule.attributes("core/query-pagination-next", "label"),
            BlockRule.attributes("core/query-pagination-previous", "label"),
            BlockRule.attributes("core/comments-pagination-next", "label"),
            BlockRule.attributes("core/comments-pagination-previous", "label"));

    private CoreBlockAttributes() {
    }

    /** Each core block with text attributes and their names ({@code core/search: label, buttonText, placeholder}). */
    public static List<String> describe() {
        return RULES.stream().map(rule -> rule.name() + ": " + String.join(", ",
                rule.keys().stream().map(key -> String.join("/", key)).toList())).toList();
    }
}
