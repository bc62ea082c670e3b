package net.wpxliff.merge;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes of one fragment (a raw sentence) matched one to one, in order, with the codes of another (the
 * same sentence rendered): same role, type and element name at each position, and a pair in one is a pair
 * in the other. Moves a translation made for the first onto the second, so its markup comes from the second.
 */
final class CodeMap {
    private final Map<String, Code> byRawCode;

    private CodeMap(Map<String, Code> byRawCode) {
        this.byRawCode = byRawCode;
    }

    /** The map from {@code raw}'s codes to {@code rendered}'s, or null when they do not correspond one to one. */
    static CodeMap between(Fragment raw, Fragment rendered) {
        List<Code> from = raw.codes(), to = rendered.codes();
        if (from.size() != to.size()) return null;
        Map<String, Code> map = new HashMap<>();
        Map<Integer, Integer> pairIds = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            Code a = from.get(i), b = to.get(i);
            if (!TexturizedText.signature(a).equals(TexturizedText.signature(b))) return null;
            if (a.kind() != Code.Kind.STANDALONE) {
                // both halves of a pair must land on both halves of one pair
                Integer known = pairIds.putIfAbsent(a.id(), b.id());
                if (known != null && known != b.id()) return null;
            }
            if (map.put(key(a), b) != null) return null;
        }
        return new CodeMap(map);
    }

    /** The translation with each of the raw codes replaced by its rendered code; null when it holds an unknown code. */
    Fragment apply(Fragment target) {
        List<Part> parts = new ArrayList<>(target.parts().size());
        for (Part part : target.parts()) {
            if (part instanceof Code code) {
                Code mapped = byRawCode.get(key(code));
                if (mapped == null) return null;
                parts.add(mapped);
            } else {
                parts.add(part);
            }
        }
        return Fragment.of(parts);
    }

    private static String key(Code code) {
        return code.kind() + ":" + code.id();
    }
}
