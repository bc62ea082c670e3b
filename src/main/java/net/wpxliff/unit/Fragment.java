package net.wpxliff.unit;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Text with inline codes, as a translator sees one unit or one segment. Immutable; adjacent text is
 * always merged, so two fragments with the same content compare equal part by part.
 */
public final class Fragment {
    private final List<Part> parts;

    private Fragment(List<Part> parts) {
        this.parts = Collections.unmodifiableList(parts);
    }

    public static Fragment of(List<? extends Part> parts) {
        List<Part> merged = new ArrayList<>(parts.size());
        for (Part part : parts) {
            if (part instanceof Text t) {
                if (t.value().isEmpty()) continue;
                int last = merged.size() - 1;
                if (last >= 0 && merged.get(last) instanceof Text prev) {
                    merged.set(last, new Text(prev.value() + t.value()));
                    continue;
                }
            }
            merged.add(part);
        }
        return new Fragment(merged);
    }

    public static Fragment text(String text) {
        return of(List.of(new Text(text)));
    }

    public List<Part> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The text without codes. */
    public String plainText() {
        if (parts.size() == 1 && parts.get(0) instanceof Text t) return t.value(); // most sentences: no copy
        int length = 0;
        for (Part part : parts) if (part instanceof Text t) length += t.value().length();
        StringBuilder sb = new StringBuilder(length); // sized: a long unit's text is not copied as it grows
        for (Part part : parts) if (part instanceof Text t) sb.append(t.value());
        return sb.toString();
    }

    public List<Code> codes() {
        List<Code> codes = new ArrayList<>();
        for (Part part : parts) if (part instanceof Code c) codes.add(c);
        return codes;
    }

    /**
     * Ids of the pairs whose opening and closing halves are both here; a sentence split inside a pair has
     * only one half, which XLIFF writes as a begin or end marker instead of a wrapping element.
     */
    public Set<Integer> completePairs() {
        Ids complete = completeIds();
        return complete == null ? Set.of() : complete.asSet();
    }

    /** {@link #completePairs()} as a test of an id, without boxing (XLIFF writers ask it for every code). */
    public IntPredicate completePair() {
        Ids complete = completeIds();
        return complete == null ? id -> false : complete::has;
    }

    private Ids completeIds() {
        // most fragments have no pair; no boxed ids for the others (a long list has hundreds)
        Ids opened = null;
        Ids complete = null;
        for (Part part : parts) {
            if (!(part instanceof Code c)) continue;
            if (c.kind() == Code.Kind.OPENING) {
                if (opened == null) opened = new Ids();
                opened.add(c.id());
            } else if (c.kind() == Code.Kind.CLOSING && opened != null && opened.has(c.id())) {
                if (complete == null) complete = new Ids();
                complete.add(c.id());
            }
        }
        return complete;
    }

    /** Ids as bits (codes are numbered from 1 in each unit); a hash set only for ids far outside that. */
    private static final class Ids {
        private static final int BITS = 1 << 16;
        private long[] bits = new long[2];
        private Set<Integer> others;

        void add(int id) {
            if (id < 0 || id >= BITS) {
                if (others == null) others = new HashSet<>();
                others.add(id);
                return;
            }
            int word = id >>> 6;
            if (word >= bits.length) bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
            bits[word] |= 1L << id;
        }

        boolean has(int id) {
            if (id < 0 || id >= BITS) return others != null && others.contains(id);
            int word = id >>> 6;
            return word < bits.length && (bits[word] & 1L << id) != 0;
        }

        Set<Integer> asSet() {
            return new AbstractSet<>() {
                @Override
                public boolean contains(Object o) {
                    return o instanceof Integer id && has(id);
                }

                @Override
                public Iterator<Integer> iterator() {
                    List<Integer> all = new ArrayList<>();
                    for (int id = 0; id < bits.length * 64; id++) if (has(id)) all.add(id);
                    if (others != null) all.addAll(others);
                    return Collections.unmodifiableList(all).iterator();
                }

                @Override
                public int size() {
                    int size = others == null ? 0 : others.size();
                    for (long word : bits) size += Long.bitCount(word);
                    return size;
                }
            };
        }
    }

    /** True when there is something to translate: at least one letter. */
    public boolean hasTranslatableText() {
        for (Part part : parts) {
            if (part instanceof Text t) {
                String s = t.value();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    if (Character.isLetter(cp)) return true;
                    i += Character.charCount(cp);
                }
            }
        }
        return false;
    }

    /** Equality of content: same text, same codes in the same places (positions in the source ignored). */
    public boolean sameContentAs(Fragment other) {
        if (other.parts.size() != parts.size()) return false;
        for (int i = 0; i < parts.size(); i++) {
            Part a = parts.get(i), b = other.parts.get(i);
            if (a instanceof Text ta) {
                if (!(b instanceof Text tb) || !ta.value().equals(tb.value())) return false;
            } else if (!((Code) a).sameAs(b instanceof Code cb ? cb : null)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) sb.append(t.value());
            else {
                Code c = (Code) part;
                sb.append(switch (c.kind()) {
                    case OPENING -> "{" + c.id() + "}";
                    case CLOSING -> "{/" + c.id() + "}";
                    case STANDALONE -> "{" + c.id() + "/}";
                });
            }
        }
        return sb.toString();
    }
}
