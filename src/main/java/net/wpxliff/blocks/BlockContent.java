package net.wpxliff.blocks;

/**
 * One entry of a parse result or of a block's inner content, in document order: a {@link Block}, or a chunk of
 * HTML ({@link HtmlChunk}) — at the top level WordPress calls such a chunk a freeform (classic) block.
 */
public sealed interface BlockContent permits Block, HtmlChunk {
}
