package net.wpxliff.blocks;

/**
 * HTML between block delimiters: freeform (classic) content at the top level, or a piece of a block's inner
 * HTML between its delimiters and child blocks. May be empty where WordPress keeps an empty piece (before the
 * closer of a nested block).
 */
public record HtmlChunk(SourceRange range) implements BlockContent {
}
