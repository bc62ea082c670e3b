package net.wpxliff.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Nu HTML checker (the engine behind validator.w3.org/nu, {@code nu.validator:validator} 20.7.2), run
 * in-process on a page's bytes.
 * <ul>
 * <li>Offline: its schemas come from the copies inside its jar, and any other entity resolves to nothing,
 * so it never opens a connection.</li>
 * <li>The encoding is sniffed from the bytes as a browser does (BOM, then a {@code <meta>} declaration
 * early in the page), so a late charset declaration is reported.</li>
 * <li>It runs in a class loader of its own: its Unicode-normalization check calls ICU4J 58 API that the
 * ICU4J 74 Okapi brings no longer has, so that loader has the test class path with ICU4J 58.2 (the version
 * the checker declares, from the local Maven repository) in place of 74.</li>
 * </ul>
 * Setting it up takes a few seconds ({@link #shared()}); each check after that is fast. Not thread-safe.
 */
public final class NuChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final String VALIDATOR = SimpleDocumentValidator.class.getName();

    private static NuChecker shared;

    private final Object validator;
    private final Method checkHtmlFile;
    private final List<String> errors = new ArrayList<>();

    public NuChecker() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            ClassLoader loader = isolatedLoader();
            Class<?> type = loader.loadClass(VALIDATOR);
            // log4j loads its appenders through the context class loader: the checker's own
            Thread.currentThread().setContextClassLoader(loader);
            // log4j configured quietly, no URL logging, no language detection (a Korean page says lang="ko")
            validator = type.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(true, false, false);
            type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
                    .invoke(validator, SCHEMA, new Collect(new ArrayList<>()));
            type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                    .invoke(validator, new Collect(errors), true, false); // buffered: a late charset is re-read, not fatal
            guessUndeclaredEncodingsWithIcu(loader);
            checkHtmlFile = type.getMethod("checkHtmlFile", File.class, boolean.class);
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot set up the Nu HTML checker: " + e, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** One checker for all test classes (setting one up takes seconds); use it from one thread at a time. */
    public static synchronized NuChecker shared() {
        if (shared == null) shared = new NuChecker();
        return shared;
    }

    /** The checker's errors for an HTML page given as its bytes, "line:column TAB message" (warnings left out). */
    public synchronized List<String> errors(byte[] page) {
        errors.clear();
        try {
            Path file = Files.createTempFile("nu-check", ".html");
            try {
                Files.write(file, page);
                // as a file without a given encoding (checkHtmlInputSource would force UTF-8): the parser sniffs
                checkHtmlFile.invoke(validator, file.toFile(), false);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (InvocationTargetException e) {
            errors.add("0:0\tfatal: " + e.getCause());
        } catch (IOException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(errors);
    }

    /** Errors of {@code merged} that {@code source} does not have (compared as messages without their place, counted). */
    public List<String> newErrors(byte[] source, byte[] merged) {
        Map<String, Integer> before = new HashMap<>();
        for (String e : errors(source)) before.merge(message(e), 1, Integer::sum);
        List<String> added = new ArrayList<>();
        for (String e : errors(merged)) {
            Integer left = before.get(message(e));
            if (left == null || left == 0) added.add(e);
            else before.put(message(e), left - 1);
        }
        return added;
    }

    private static String message(String error) {
        return error.substring(error.indexOf('\t') + 1);
    }

    /** The test class path, ICU4J 74 swapped for 58.2, over the platform loader (nothing shared but the JDK). */
    private static ClassLoader isolatedLoader() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isEmpty() || entry.replace('\\', '/').contains("/com/ibm/icu/icu4j/")) continue;
            urls.add(url(Path.of(entry)));
        }
        urls.add(url(icu4j58()));
        return new URLClassLoader("nu-checker", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** ICU4J 58.2, which the build copies under target/ (pom.xml, execution nu-checker-icu4j). */
    private static Path icu4j58() throws IOException {
        String configured = System.getProperty("nu.checker.icu4j");
        Path icu = Path.of(configured != null ? configured : "target/nu-checker/icu4j-58.2.jar");
        if (!Files.isRegularFile(icu)) {
            throw new IOException(icu + " is missing: run the tests through Maven (mvn test copies it there)");
        }
        return icu;
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }

    /**
     * The checker guesses the encoding of a page that declares none with jchardet, an optional library that
     * is not on the class path; ICU4J's detector does the same job. The parser is private to the validator.
     */
    private void guessUndeclaredEncodingsWithIcu(ClassLoader loader) throws ReflectiveOperationException {
        Field reader = validator.getClass().getDeclaredField("htmlReader");
        reader.setAccessible(true);
        Object wiretap = reader.get(validator);
        Field wrapped = wiretap.getClass().getDeclaredField("wrappedReader");
        wrapped.setAccessible(true);
        Object parser = wrapped.get(wiretap);
        Class<?> heuristics = loader.loadClass("nu.validator.htmlparser.common.Heuristics");
        parser.getClass().getMethod("setHeuristics", heuristics).invoke(parser, heuristics.getField("ICU").get(null));
    }

    /** Collects errors as "line:column TAB message". */
    private record Collect(List<String> into) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            into.add(e.getLineNumber() + ":" + e.getColumnNumber() + "\t" + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            into.add(e.getLineNumber() + ":" + e.getColumnNumber() + "\tfatal: " + e.getMessage());
        }
    }
}
