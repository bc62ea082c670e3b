package net.wpxliff.extract;

import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The final keys of the units of a field with blocks. A block whose HTML gives one text unit names it by the block
 * path alone ({@code content/wp:columns[1]/wp:column[2]/wp:paragraph[1]}, not {@code …/wp:paragraph[1]/p[1]});
 * a block with several keeps the element path inside it ({@code content/wp:table[1]/figure[1]/table[1]/tbody[1]/tr[2]/td[1]}).
 * Attribute units ({@code …/img[1]/@alt}, {@code …/wp:search[1]/@label}) and JSON-LD units keep their full keys.
 * Should malformed markup still give two units one key (a block opened in one element and closed in another), the
 * later ones get {@code ~2}, {@code ~3}: keys stay unique in any case.
 */
final class BlockResnames {
    private BlockResnames() {
    }

    /** {@code units} (sorted by span) with their final keys; units in {@code translate="0"} blocks left out. */
    static List<TextUnit> settle(List<TextUnit> units, BlockStructure blocks) {
        List<TextUnit> kept = new ArrayList<>(units.size());
        for (TextUnit unit : units) if (!blocks.untranslated(unit.spanStart())) kept.add(unit);

        Map<String, Integer> textUnitsPerBlock = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (TextUnit unit : kept) {
            taken.add(unit.resname());
            String block = textBlock(unit, blocks);
            if (block != null) textUnitsPerBlock.merge(block, 1, Integer::sum);
        }
        List<TextUnit> named = new ArrayList<>(kept.size());
        Map<String, Integer> used = new HashMap<>();
        for (TextUnit unit : kept) {
            String resname = unit.resname();
            String block = textBlock(unit, blocks);
            if (block != null && textUnitsPerBlock.get(block) == 1 && !taken.contains(block)) resname = block;
            int seen = used.merge(resname, 1, Integer::sum);
            if (seen > 1) resname = resname + "~" + seen;
            named.add(resname.equals(unit.resname()) ? unit : rename(unit, resname));
        }
        return named;
    }

    /** The path of the block a text unit is named under, when its key goes on below it. */
    private static String textBlock(TextUnit unit, BlockStructure blocks) {
        return unit.context() == TextContext.HTML_TEXT ? blocks.blockPathOf(unit.resname()) : null;
    }

    private static TextUnit rename(TextUnit unit, String resname) {
        return new TextUnit(unit.id(), unit.field(), resname, unit.note(), unit.context(), unit.preserveSpace(),
                unit.spanStart(), unit.spanEnd(), unit.source(), unit.segments());
    }
}
