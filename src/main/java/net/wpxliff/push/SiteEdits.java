package net.wpxliff.push;

import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockContent;
import net.wpxliff.blocks.BlockDocument;
import net.wpxliff.blocks.BlockParser;
import net.wpxliff.blocks.HtmlChunk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits editors made on the target site to a field of block markup, block by block: the blocks the field holds there
 * now against those push wrote (by digest, aligned as the longest common subsequence), and whether a new translation
 * carries them. A block of the site's that push did not write was changed or added there and must be in the
 * translation; a block push wrote that the site lacks was changed, removed or moved there. When the site removed or
 * moved blocks, the translation may not add a block where the site has none, nor hold one the site removed: it could be
 * the removed block back, or the moved one in its old place (its text changed with the English, it could not be told).
 *
 * <p>Classic content (no blocks, or a freeform run between them) is judged paragraph by paragraph, as the classic
 * editor stores them: parted by a blank line.
 *
 * <p>Blocks nest (a group, columns, a cover hold blocks), and whole sites are built of groups: a block holding others is
 * two things here, its own markup with a mark where each inner block stands (its "shell": attributes, wrapper HTML, and
 * how many blocks it holds where), and each inner block in turn, with its depth. So a paragraph edited inside a group
 * is that paragraph's change, not the group's, and an inner block added, removed or moved out changes the shell.
 */
final class SiteEdits {
    private SiteEdits() {
    }

    /**
     * Whether the text is judged piece by piece: block markup (a block delimiter in it), or classic content of more
     * than one paragraph (a blank line between two), as the classic editor stores it.
     */
    static boolean hasPieces(String text) {
        return text.contains("<!-- wp:") || BLANK_LINE.matcher(text.strip()).find();
    }

    /** Where the classic editor's paragraphs part (WordPress's wpautop makes each a {@code <p>}). */
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\n[ \t\r]*\n");

    /**
     * The digests of the text's blocks in document order ({@link #pieces}): the first 16 hex digits of the SHA-256 of
     * each piece, after {@code DEPTH:} for a block inside another ({@code 1:} for a group's paragraph).
     */
    static List<String> blocks(String text) {
        return digests(pieces(text));
    }

    /** The form of one digest {@link #blocks} gives, as a record holds it. */
    static final java.util.regex.Pattern DIGEST = java.util.regex.Pattern.compile("(?:[1-9][0-9]{0,3}:)?[0-9a-f]{16}");

    private static List<String> digests(Pieces pieces) {
        List<String> digests = new ArrayList<>(pieces.texts().size());
        for (int i = 0; i < pieces.texts().size(); i++) {
            int depth = pieces.depths().get(i);
            String digest = PushedText.digest(pieces.texts().get(i)).substring(0, 16);
            digests.add(depth == 0 ? digest : depth + ":" + digest);
        }
        return digests;
    }

    /**
     * The blocks' texts in document order, each with its depth, its name ({@code wp:paragraph}; {@code classic
     * paragraph} for one of classic content) and where it is ({@code 2.1}: the first block inside the second).
     */
    private record Pieces(List<String> texts, List<Integer> depths, List<String> names, List<String> places) {
    }

    /** Stands for an inner block in its container's shell: a character no block markup holds. */
    private static final char INNER_BLOCK = '\u0000';

    /**
     * Each top-level block (from its opening to its closing delimiter), each paragraph of a run of HTML between
     * top-level blocks (classic content, a freeform block), and for a block holding others its shell instead of its
     * whole text, followed by its inner blocks, recursively.
     */
    private static Pieces pieces(String text) {
        BlockDocument document = BlockParser.parse(text);
        Pieces pieces = new Pieces(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int number = 0;
        for (BlockContent content : document.contents()) {
            if (content instanceof HtmlChunk chunk) {
                // classic content (a whole post, or a freeform run between blocks): each paragraph a piece
                for (String paragraph : BLANK_LINE.split(chunk.range().of(text))) {
                    String piece = paragraph.strip();
                    if (!piece.isEmpty()) add(pieces, piece, 0, "classic paragraph", String.valueOf(++number));
                }
            } else {
                addBlock(pieces, text, (Block) content, 0, String.valueOf(++number));
            }
        }
        return pieces;
    }

    private static void addBlock(Pieces pieces, String text, Block block, int depth, String place) {
        int end = block.closer() != null ? block.closer().end() : block.selfClosing() ? block.opener().end() : text.length();
        String name = "wp:" + block.shortName();
        List<Block> inner = block.innerBlocks();
        if (inner.isEmpty()) {
            add(pieces, text.substring(block.opener().start(), end), depth, name, place);
            return;
        }
        // the shell: the delimiters and the HTML between the inner blocks (white space between them left out, as the
        // editor re-serializes it), a mark for each inner block
        StringBuilder shell = new StringBuilder().append(text, block.opener().start(), block.opener().end());
        for (BlockContent content : block.innerContent()) {
            if (content instanceof HtmlChunk chunk) shell.append(chunk.range().of(text).strip());
            else shell.append(INNER_BLOCK);
        }
        if (block.closer() != null) shell.append(text, block.closer().start(), block.closer().end());
        add(pieces, shell.toString(), depth, name, place);
        for (int i = 0; i < inner.size(); i++) addBlock(pieces, text, inner.get(i), depth + 1, place + "." + (i + 1));
    }

    private static void add(Pieces pieces, String text, int depth, String name, String place) {
        pieces.texts().add(text);
        pieces.depths().add(depth);
        pieces.names().add(name);
        pieces.places().add(place);
    }

    /**
     * Why the new translation ({@code wanted}) would overwrite an edit made on the site ({@code there}) to what push wrote
     * ({@code pushed}, block digests), or null when it carries them all.
     */
    static String conflict(List<String> pushed, String there, String wanted) {
        Pieces sitePieces = pieces(there);
        List<String> site = digests(sitePieces);
        Pieces translationPieces = pieces(wanted);
        List<String> translation = digests(translationPieces);
        Map<String, Integer> pushedCount = counts(pushed), siteCount = counts(site), translationCount = counts(translation);
        boolean[] missing = new boolean[site.size()]; // changed or added there: in the translation too
        int missingCount = 0;
        for (int i = 0; i < site.size(); i++) {
            String block = site.get(i);
            int added = siteCount.get(block) - pushedCount.getOrDefault(block, 0);
            if (added > 0 && translationCount.getOrDefault(block, 0) < siteCount.get(block)) {
                missing[i] = true;
                missingCount++;
            }
        }
        if (missingCount > 0) return missingThere(sitePieces, missing);
        for (Map.Entry<String, Integer> e : pushedCount.entrySet()) { // changed or removed there: not put back
            int removed = e.getValue() - siteCount.getOrDefault(e.getKey(), 0);
            if (removed > 0 && translationCount.getOrDefault(e.getKey(), 0) > siteCount.getOrDefault(e.getKey(), 0)) {
                int at = translation.indexOf(e.getKey());
                return "block " + translationPieces.places().get(at) + " of the translation, a "
                        + translationPieces.names().get(at) + ", was changed or removed there and is in the translation"
                        + " as push wrote it before";
            }
        }
        Diff edits = Diff.of(pushed, site);
        if (edits == null) return TOO_MANY;
        boolean moved = shareAny(edits.onlyFirst(), edits.onlySecond());
        if (!edits.firstHasMore() && !moved) return null; // edited in place only
        Diff translated = Diff.of(site, translation);
        if (translated == null) return TOO_MANY;
        if (translated.secondHasMore() || shareAny(translated.onlySecond(), edits.onlyFirst())) {
            int at = translation.indexOf(translated.onlySecond().get(0)); // the first the site lacks, for the reader
            return "blocks were " + (moved ? "moved" : "removed") + " there, and the translation has blocks where the site"
                    + " has none (the first: block " + translationPieces.places().get(at) + " of the translation, a "
                    + translationPieces.names().get(at) + "): it could put them back";
        }
        return null;
    }

    /** How many edits made there a refusal names; the others are counted. */
    private static final int NAMED = 3;

    /**
     * The blocks changed or added there that the translation lacks, by place: a block holding others named only when
     * none of its inner blocks is among them (a paragraph added into a group changes the group's shell too: the
     * paragraph is what the editor did), the first {@link #NAMED}.
     */
    private static String missingThere(Pieces site, boolean[] missing) {
        List<String> named = new ArrayList<>();
        int others = 0;
        for (int i = 0; i < missing.length; i++) {
            if (!missing[i]) continue;
            int depth = site.depths().get(i);
            boolean innerMissing = false;
            for (int j = i + 1; j < missing.length && site.depths().get(j) > depth && !innerMissing; j++) {
                innerMissing = missing[j];
            }
            if (innerMissing) continue;
            boolean shell = i + 1 < missing.length && site.depths().get(i + 1) > depth;
            if (named.size() == NAMED) {
                others++;
                continue;
            }
            named.add("block " + site.places().get(i) + " there, a " + site.names().get(i)
                    + (shell ? " (its attributes or markup, or which blocks it holds)" : "") + " changed or added there,"
                    + " is not in the translation");
        }
        return String.join("; ", named) + (others > 0 ? "; and " + others + " more" : "");
    }

    /**
     * Whether the site ({@code there}) holds a block push wrote ({@code pushed}) in another place than push put it
     * (also when too many blocks differ to tell).
     */
    static boolean moved(List<String> pushed, String there) {
        Diff edits = Diff.of(pushed, blocks(there));
        return edits == null || shareAny(edits.onlyFirst(), edits.onlySecond());
    }

    private static final String TOO_MANY = "too many blocks differ there to tell which edits the translation holds";

    private static boolean shareAny(List<String> a, List<String> b) {
        Map<String, Integer> counts = counts(a);
        for (String block : b) if (counts.containsKey(block)) return true;
        return false;
    }

    private static Map<String, Integer> counts(List<String> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (String block : blocks) counts.merge(block, 1, Integer::sum);
        return counts;
    }

    /**
     * Two block sequences aligned by their longest common subsequence: the blocks only the first or only the second has,
     * and whether, between two blocks both have, the first (or the second) somewhere has more than the other (a block
     * removed, or added, rather than changed).
     */
    record Diff(List<String> onlyFirst, List<String> onlySecond, boolean firstHasMore, boolean secondHasMore) {
        /** The most cells the alignment's table may have (4 bytes each) once equal heads and tails are set aside. */
        static final long MOST_CELLS = 16_000_000L;

        /** The alignment, or null when the blocks that differ are too many to align (more than {@link #MOST_CELLS}). */
        static Diff of(List<String> a, List<String> b) {
            // equal heads and tails align as they are (an edit is mostly local): only the middle needs the table
            int head = 0;
            while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
            int tail = 0;
            while (tail < a.size() - head && tail < b.size() - head
                    && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
                tail++;
            }
            a = a.subList(head, a.size() - tail);
            b = b.subList(head, b.size() - tail);
            if ((long) (a.size() + 1) * (b.size() + 1) > MOST_CELLS) return null;
            int n = a.size(), m = b.size();
            int[][] common = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            List<String> onlyA = new ArrayList<>(), onlyB = new ArrayList<>();
            boolean moreA = false, moreB = false;
            int gapA = 0, gapB = 0, i = 0, j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(i).equals(b.get(j))) {
                    moreA |= gapA > gapB;
                    moreB |= gapB > gapA;
                    gapA = gapB = 0;
                    i++;
                    j++;
                } else if (j >= m || i < n && common[i + 1][j] >= common[i][j + 1]) {
                    onlyA.add(a.get(i++));
                    gapA++;
                } else {
                    onlyB.add(b.get(j++));
                    gapB++;
                }
            }
            moreA |= gapA > gapB;
            moreB |= gapB > gapA;
            return new Diff(onlyA, onlyB, moreA, moreB);
        }
    }
}
