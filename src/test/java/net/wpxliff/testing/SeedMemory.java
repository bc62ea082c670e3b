package net.wpxliff.testing;

import java.nio.file.Path;

/**
 * The start every leverage test shares: the seed exported ({@code v1}), pseudo-translated ({@code pseudo}) and
 * merged with {@code --tm} ({@code ko1}), so that {@code m.tmx} holds v1's translations; and the one sentence the
 * tests edit to get a fuzzy match.
 */
public final class SeedMemory {
    /** A phrase of the seed, and the edit that makes its sentence a fuzzy match of v1's. */
    public static final String EDITED_FROM = "nipping at the heels of the giants";
    public static final String EDITED_TO = "nipping at the heels of the bigger giants";

    private SeedMemory() {
    }

    /** Exports, pseudo-translates and merges the seed in {@code dir} (each step must succeed); returns {@code dir/m.tmx}. */
    public static Path build(Path dir) {
        Path memory = dir.resolve("m.tmx");
        Cli.ok("export", Exports.SEED.toString(), "-o", dir.resolve("v1").toString());
        Cli.ok("pseudo", dir.resolve("v1").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.ok("merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko1").toString(), "--tm", memory.toString());
        return memory;
    }
}
