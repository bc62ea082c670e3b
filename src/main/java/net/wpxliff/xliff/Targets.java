package net.wpxliff.xliff;

import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;

import java.util.List;
import java.util.function.Function;

/** Targets for a writer to fill in: copies of the source, or a pseudo-translation. */
public interface Targets {
    /** The target sentences for a unit (same ids as the source's), or null for no target. */
    List<Segment> target(TextUnit unit);

    /** True for pseudo-translations, which are marked as such in the file. */
    boolean pseudo();

    /** XLIFF 1.2 {@code state} of the targets. */
    default String state12() {
        return pseudo() ? "translated" : "needs-translation";
    }

    /** XLIFF 2 segment {@code state} of the targets. */
    default String state2() {
        return pseudo() ? "translated" : "initial";
    }

    /** A pseudo-translation: each unit's target sentences as {@code translate} makes them, marked as pseudo. */
    static Targets pseudo(Function<TextUnit, List<Segment>> translate) {
        return new Targets() {
            @Override
            public List<Segment> target(TextUnit unit) {
                return translate.apply(unit);
            }

            @Override
            public boolean pseudo() {
                return true;
            }
        };
    }

    /** Copies of the source, for tools that translate in place. */
    Targets COPY_SOURCE = new Targets() {
        @Override
        public List<Segment> target(TextUnit unit) {
            return unit.segments();
        }

        @Override
        public boolean pseudo() {
            return false;
        }
    };
}
