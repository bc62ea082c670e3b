package net.wpxliff.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is translated in one block type ({@code core/search}, {@code acme/hero}).
 *
 * @param name      the block's full name, namespace included ({@code core/} for core blocks)
 * @param translate false for {@code translate="0"}: nothing inside the block (its HTML, its inner blocks, its
 *                  attributes) is a unit
 * @param keys      the attributes holding text, each a path of keys into the attribute JSON ({@code [labels, next]}
 *                  for {@code <key name="labels"><key name="next"/></key>})
 * @param xpaths    the {@code <xpath>} entries of a wpml-config.xml: when there are some, only text inside the
 *                  elements they select in the block's own HTML is translated (none: all of its text)
 */
public record BlockRule(String name, boolean translate, List<List<String>> keys, List<String> xpaths) {
    public BlockRule {
        keys = keys.stream().map(List::copyOf).toList();
        xpaths = List.copyOf(xpaths);
    }

    /** A translated block whose listed attributes hold text. */
    static BlockRule attributes(String name, String... keys) {
        List<List<String>> paths = new ArrayList<>();
        for (String key : keys) paths.add(List.of(key.split("/")));
        return new BlockRule(name, true, paths, List.of());
    }

    /** This rule with {@code other}'s entries added: the other's translate flag, both rules' keys and xpaths. */
    BlockRule with(BlockRule other) {
        Set<List<String>> allKeys = new LinkedHashSet<>(keys);
        allKeys.addAll(other.keys);
        Set<String> allXpaths = new LinkedHashSet<>(xpaths);
        allXpaths.addAll(other.xpaths);
        return new BlockRule(name, other.translate, new ArrayList<>(allKeys), new ArrayList<>(allXpaths));
    }

    /** A block name as WPML writes it ({@code search} or {@code core/search}) in WordPress's full form. */
    static String fullName(String type) {
        return type.indexOf('/') < 0 ? "core/" + type : type;
    }
}
