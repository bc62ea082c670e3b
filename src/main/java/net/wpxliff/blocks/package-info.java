/**
 * Gutenberg block content ({@code content.raw}): a parser that reads block delimiters exactly as WordPress's
 * {@code WP_Block_Parser} does, with the source range of every delimiter, attribute JSON and HTML chunk, the
 * {@code resname}-style path of each block, and the escaping WordPress uses when it writes block attributes.
 * Groundwork for issue #8; nothing in export or merge uses it yet.
 */
package net.wpxliff.blocks;
