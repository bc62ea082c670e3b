package net.wpxliff.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The positional arguments the benchmark mains share: the corpus directory (checked, with the message every
 * benchmark gives) and numbers with defaults. Also keeps Okapi's logging off, as every benchmark running it wants.
 */
final class BenchArgs {
    static final String DEFAULT_CORPUS = "../shared/corpus";
    private final String[] args;

    BenchArgs(String[] args) {
        this.args = args;
    }

    /**
     * The corpus directory given at {@code index} (default {@value #DEFAULT_CORPUS}), absolute; when it is not a
     * directory, says so on stderr and exits with status 2.
     */
    Path corpus(int index) {
        Path corpus = Path.of(text(index, DEFAULT_CORPUS)).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            System.err.println("corpus not found at " + corpus + ": pass its path as the first argument");
            System.exit(2);
        }
        return corpus;
    }

    int number(int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    String text(int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }

    /**
     * Okapi logs a WARN per inline-code pair split by a segment boundary and Jericho an ERROR per odd tag
     * (thousands a pass): console output stays out of the timings unless asked for with
     * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=warn}.
     */
    static void quietOkapi() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
    }
}
