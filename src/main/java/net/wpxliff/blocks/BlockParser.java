package net.wpxliff.blocks;


import java.util.ArrayList;
import java.util.List;

/**
 * Parses post content ({@code content.raw}) into blocks with the same result as WordPress's
 * {@code WP_Block_Parser} (and the {@code @wordpress/block-serialization-default-parser} package), malformed
 * input included:
 * <ul>
 * <li>a closer closes the innermost open block whatever its name;</li>
 * <li>a closer with no open block ends parsing: the rest of the text, closer included, is one freeform chunk;</li>
 * <li>at the end of the text one open block is closed implicitly (its inner HTML runs to the end); several open
 * blocks are each put at the top level, innermost first, each with the text from its last inner position to the
 * end (WordPress repeats that text, so the tree does not tile the source then);</li>
 * <li>attribute JSON that does not decode gives {@code null} attributes, the block is kept; it is decoded with
 * the whitespace that follows it in the delimiter, so a form feed or vertical tab there invalidates it
 * ({@link AttributeJson}).</li>
 * </ul>
 * One deliberate difference from the PHP parser: an HTML chunk that is exactly {@code "0"} is kept, as the
 * JavaScript parser keeps it (PHP's {@code empty("0")} drops it and with it one byte of the source).
 * Linear in the length of the text.
 */
public final class BlockParser {
    private BlockParser() {
    }

    /** The blocks and freeform HTML of {@code text}. */
    public static BlockDocument parse(String text) {
        return new Run(text).parse();
    }

    /** An open block on the stack: where its opener is, where its pending inner HTML starts, leading freeform. */
    private static final class Frame {
        final Block block;
        final SourceRange opener;
        final int leadingHtmlStart;
        int previousOffset;

        Frame(Block block, SourceRange opener, int leadingHtmlStart) {
            this.block = block;
            this.opener = opener;
            this.leadingHtmlStart = leadingHtmlStart;
            this.previousOffset = opener.end();
        }
    }

    /** One parse: WordPress's {@code proceed()} loop, state in fields. */
    private static final class Run {
        private static final int NONE = -1;

        private final String text;
        private final BlockDelimiterScanner scanner;
        private final List<BlockContent> output = new ArrayList<>();
        private final List<Frame> stack = new ArrayList<>();
        private int offset;

        Run(String text) {
            this.text = text;
            this.scanner = new BlockDelimiterScanner(text);
        }

        BlockDocument parse() {
            while (proceed()) {
                // each step consumes one delimiter
            }
            return new BlockDocument(text, output);
        }

        private boolean proceed() {
            BlockDelimiter delimiter = scanner.next(offset);
            if (delimiter == null) {
                endOfText();
                return false;
            }
            int start = delimiter.range().start();
            int leadingHtmlStart = start > offset ? offset : NONE;
            switch (delimiter.kind()) {
                case SELF_CLOSING -> {
                    Block block = newBlock(delimiter, true);
                    if (stack.isEmpty()) {
                        if (leadingHtmlStart != NONE) output.add(chunk(leadingHtmlStart, start));
                        output.add(block);
                    } else {
                        addInnerBlock(block, delimiter.range(), delimiter.range().end());
                    }
                }
                case OPENER -> stack.add(new Frame(newBlock(delimiter, false), delimiter.range(), leadingHtmlStart));
                case CLOSER -> {
                    if (stack.isEmpty()) {
                        addFreeformToEnd();
                        return false;
                    }
                    if (stack.size() == 1) {
                        Frame frame = stack.get(0);
                        frame.block.closeWith(delimiter.range());
                        addBlockFromStack(start);
                    } else {
                        Frame frame = stack.remove(stack.size() - 1);
                        // WordPress keeps this piece even when empty
                        frame.block.add(chunk(frame.previousOffset, start));
                        frame.block.closeWith(delimiter.range());
                        addInnerBlock(frame.block, frame.opener, delimiter.range().end());
                    }
                }
            }
            offset = delimiter.range().end();
            return true;
        }

        private void endOfText() {
            if (stack.isEmpty()) {
                addFreeformToEnd();
                return;
            }
            while (!stack.isEmpty()) addBlockFromStack(text.length());
        }

        private Block newBlock(BlockDelimiter delimiter, boolean selfClosing) {
            SourceRange json = delimiter.attributesJson();
            String attributes = json == null ? null : delimiter.attributesCapture().of(text);
            return new Block(delimiter.name(), attributes, delimiter.range(), json, selfClosing);
        }

        /** A child block of the innermost open block, after the HTML since that block's last child. */
        private void addInnerBlock(Block child, SourceRange childOpener, int childEnd) {
            Frame parent = stack.get(stack.size() - 1);
            if (childOpener.start() > parent.previousOffset) {
                parent.block.add(chunk(parent.previousOffset, childOpener.start()));
            }
            parent.block.add(child);
            parent.previousOffset = childEnd;
        }

        /** Pops the innermost open block to the top level, its inner HTML ending at {@code end}. */
        private void addBlockFromStack(int end) {
            Frame frame = stack.remove(stack.size() - 1);
            if (end > frame.previousOffset) frame.block.add(chunk(frame.previousOffset, end));
            if (frame.leadingHtmlStart != NONE) output.add(chunk(frame.leadingHtmlStart, frame.opener.start()));
            output.add(frame.block);
        }

        private void addFreeformToEnd() {
            if (offset < text.length()) output.add(chunk(offset, text.length()));
        }

        private HtmlChunk chunk(int start, int end) {
            return new HtmlChunk(new SourceRange(start, end));
        }
    }
}
