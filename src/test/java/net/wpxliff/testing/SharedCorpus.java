package net.wpxliff.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shared conformance corpus beside the project ({@code ../shared/corpus}), and the one place that decides
 * what a test does without it. A missing corpus is always announced on stderr (Surefire under {@code mvn -q}
 * shows neither stdout nor an assumption's message), then the test is skipped through a JUnit assumption, so
 * Surefire counts it as skipped, or, when the environment says {@code CI=true}, it fails: CI must never pass
 * for lack of the corpus.
 */
public final class SharedCorpus {
    /** {@code ../shared/corpus}: tests run with the project directory as working directory. */
    public static final Path ROOT = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

    private SharedCorpus() {
    }

    /** True when the corpus is there, with its {@code wp} and {@code html} folders. */
    public static boolean present() {
        return Files.isDirectory(ROOT.resolve("wp")) && Files.isDirectory(ROOT.resolve("html"));
    }

    /** True when the environment variable {@code CI} is {@code true}: there a missing corpus is a failure. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Goes on when the corpus is present; otherwise announces it and skips the calling test (fails it in CI).
     * {@code what} names what does not run, e.g. "corpus round trip (XLIFF 1.2)".
     */
    public static void assumeCorpus(String what) {
        assumeCorpus(what, present(), inCi());
    }

    static void assumeCorpus(String what, boolean present, boolean ci) {
        if (present) return;
        String message = announce(what + (ci ? " cannot run" : " skipped"));
        if (ci) fail(message + "; CI=true requires the corpus");
        Assumptions.abort(message);
    }

    /**
     * For a test factory over the corpus: when the corpus is absent, one dynamic test that skips (or fails in CI)
     * instead of the factory's own tests. An assumption in the factory method itself would leave Surefire
     * counting nothing at all. Usage: {@code if (!SharedCorpus.present()) return SharedCorpus.missing("...");}
     */
    @SuppressWarnings("unchecked")
    public static <T extends DynamicNode> Stream<T> missing(String what) {
        return Stream.of((T) DynamicTest.dynamicTest("conformance corpus (" + what + ")", () -> assumeCorpus(what)));
    }

    /**
     * For a test that also runs without the corpus, on fewer files: true when the corpus is present; otherwise
     * announces what is left out and returns false, or fails in CI.
     */
    public static boolean usable(String what) {
        return usable(what, present(), inCi());
    }

    static boolean usable(String what, boolean present, boolean ci) {
        if (present) return true;
        String message = announce(what + (ci ? " cannot run" : " left out"));
        if (ci) fail(message + "; CI=true requires the corpus");
        return false;
    }

    private static String announce(String consequence) {
        String message = "conformance corpus not found at " + ROOT + " (../shared/corpus beside the project): "
                + consequence;
        System.err.println("[wpxliff tests] " + message);
        return message;
    }
}
