package net.wpxliff.blocks;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the block trees of a source text and its translation, as WordPress will read them: the same blocks
 * (names, nesting, order, self-closing or not, closed or not) with the same attributes, except the values of the
 * attributes that were translated, which must still be strings. HTML between the delimiters is not compared here
 * (the HTML tree check does that). A link attribute merge localized ({@link BlockLinks}) must hold exactly its localized
 * value.
 */
public final class BlockTreeCheck {
    private BlockTreeCheck() {
    }

    /**
     * @param translated the translated attributes as unit keys: block path and keys, {@code content/wp:search[1]/@label}
     * @param root       the field's key, first step of every block path ({@code content})
     * @return the first difference in words, naming the block's path, or null when the trees agree
     */
    public static String difference(String source, String merged, Set<String> translated, String root) {
        return difference(source, merged, translated, Map.of(), root);
    }

    /**
     * @param localized the link attributes merge localized, by the same keys, each with the value it must now hold
     * @see #difference(String, String, Set, String)
     */
    public static String difference(String source, String merged, Set<String> translated, Map<String, String> localized,
                                    String root) {
        BlockDocument a = BlockParser.parse(source);
        BlockDocument b = BlockParser.parse(merged);
        Map<Block, String> paths = BlockPath.all(a, root);
        return compare(a.topLevelBlocks(), b.topLevelBlocks(), root, paths, translated, localized);
    }

    private static String compare(List<Block> left, List<Block> right, String where, Map<Block, String> paths,
                                  Set<String> translated, Map<String, String> localized) {
        if (left.size() != right.size()) {
            return where + ": the translation has " + right.size() + " blocks here, the source " + left.size();
        }
        for (int i = 0; i < left.size(); i++) {
            Block x = left.get(i), y = right.get(i);
            String path = paths.get(x);
            if (!x.name().equals(y.name())) return path + ": block " + y.name() + " where the source has " + x.name();
            if (x.selfClosing() != y.selfClosing() || (x.closer() == null) != (y.closer() == null)) {
                return path + ": its delimiters differ from the source's (self-closing, or closed)";
            }
            if (x.attributesValid() != y.attributesValid()) return path + ": its attribute JSON no longer decodes";
            if (x.attributesValid()) {
                String attributes = compareValues(x.attributeValues(), y.attributeValues(), path, translated, localized);
                if (attributes != null) return attributes;
            }
            String inner = compare(x.innerBlocks(), y.innerBlocks(), path, paths, translated, localized);
            if (inner != null) return inner;
        }
        return null;
    }

    /**
     * Attribute values compared member by member ({@link AttributeJson#values}: maps, lists, strings, numbers);
     * {@code path} is the unit key of {@code x} ({@code …/@label}).
     */
    private static String compareValues(Object x, Object y, String path, Set<String> translated,
                                        Map<String, String> localized) {
        if (translated.contains(path)) {
            return x instanceof String && y instanceof String ? null
                    : path + ": a translated attribute is no longer a string";
        }
        String link = localized.get(path);
        if (link != null) {
            return x instanceof String && y instanceof String text && text.equals(link) ? null
                    : path + ": not the localized link \"" + link + "\"";
        }
        if (x instanceof Map<?, ?> xs && y instanceof Map<?, ?> ys) {
            if (xs.size() != ys.size()) return path + ": its attributes differ from the source's";
            for (Map.Entry<?, ?> field : xs.entrySet()) {
                Object other = ys.get(field.getKey());
                if (other == null) return path + ": attribute " + field.getKey() + " is missing";
                String difference = compareValues(field.getValue(), other, path + "/@" + field.getKey(), translated,
                        localized);
                if (difference != null) return difference;
            }
            return null;
        }
        return x.equals(y) ? null : path + ": changed from the source";
    }
}
