/**
 * Gutenberg block content ({@code content.raw}): a parser that reads block delimiters exactly as WordPress's
 * {@code WP_Block_Parser} does, with the source range of every delimiter, attribute JSON and HTML chunk, the
 * {@code resname}-style path of each block, the escaping WordPress uses when it writes block attributes, and the
 * check merge makes that a translated field has the source's block tree ({@link net.wpxliff.blocks.BlockTreeCheck}).
 * Extraction uses it for fields with {@code Field.Markup.EDITOR} markup (block-path keys, block-attribute units).
 */
package net.wpxliff.blocks;
