package net.wpxliff.cli;

import net.wpxliff.Exporter;
import net.wpxliff.input.HtmlPageFormat;
import net.wpxliff.input.InputException;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.SchemaCheck;
import net.wpxliff.xliff.XliffFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one-time set-up of a fresh JVM's merge or validate, begun on a second thread at the top of {@link Main#main}
 * while the main thread builds picocli's model and parses the command line: loading and initializing the
 * classes of Jackson's parser, extraction, sentence splitting (ICU's break data, the compiled SRX rules), jsoup
 * and the XLIFF writer by reading a little JSON and exporting a small built-in page in memory, the default
 * locale's number format, and for merge and validate first the XLIFF schema of the first file named. A one-post
 * run is mostly such set-up, and the machine's second core is otherwise idle then.
 *
 * <p>Nothing is handed over: the main thread computes all it uses itself, so output and messages are those of
 * a run without warm-up. What the warm-up is still initializing (a class, the schema) the main thread waits for
 * instead of doing it; whatever the warm-up throws is dropped, and the main thread meets it and reports it as
 * it always has. The warm-up writes no file and reads no key (its key is a throw-away one), and the thread is a
 * daemon: the run never waits for it to end. It runs only where a core seems to be spare ({@link #spareCore}).
 */
final class Warmup {
    /** A small page in the shapes a post has: inline codes, a link, an image, abbreviations, a list. */
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Warm-up page</title>"
            + "</head><body><h2 id=\"a\">Why is <strong>it</strong> fast?</h2><p>Dr. Smith wrote it in 2025, e.g. for"
            + " <a href=\"https://example.com/a/\">the site</a>. It starts&nbsp;at once! <em>Does it?</em></p>"
            + "<ul><li>One item.</li></ul><p><img src=\"a.png\" alt=\"An image\"> Caption text.</p></body></html>";
    private static final String KEY = "wpxliff warm-up key, never used to sign a file";

    private Warmup() {
    }

    /** Says whether to warm up: {@code always}, {@code never}, else only with a spare core ({@link #spareCore}). */
    static final String PROPERTY = "wpxliff.warmup";

    /** Starts the warm-up for the command a command line names, if it has one and a core to run on; returns at once. */
    static void start(String[] args) {
        Task task = forCommandLine(args);
        if (task == null) return;
        String setting = System.getProperty(PROPERTY, "");
        if (setting.equals("never") || !setting.equals("always") && !spareCore()) return;
        Thread thread = new Thread(task, "wpxliff-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Whether the machine seems to have a core to spare: more than one, and a load average (Linux's
     * {@code /proc/loadavg}, last minute) below their number. On a busy machine a second thread only competes with
     * the main one and the JIT compilers for the same cores (measured: a slower run); where the load cannot be
     * read, the warm-up runs.
     */
    static boolean spareCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) return false;
        double load = loadAverage();
        return Double.isNaN(load) || load < cores;
    }

    /** The last minute's load average, or NaN where there is none to read. */
    private static double loadAverage() {
        byte[] text = new byte[64];
        int length;
        try (FileInputStream in = new FileInputStream("/proc/loadavg")) { // classes a JVM has loaded already
            length = in.read(text);
        } catch (IOException e) {
            return Double.NaN;
        }
        return firstNumber(text, length);
    }

    /** The leading decimal number of {@code /proc/loadavg}'s text ("0.42 0.30 ..."), or NaN. */
    static double firstNumber(byte[] text, int length) {
        double value = 0, scale = 0;
        int digits = 0;
        for (int i = 0; i < length; i++) {
            byte b = text[i];
            if (b >= '0' && b <= '9') {
                digits++;
                if (scale == 0) value = value * 10 + (b - '0');
                else value += (b - '0') / (scale *= 10);
            } else if (b == '.' && scale == 0) {
                scale = 1;
            } else {
                break;
            }
        }
        return digits == 0 ? Double.NaN : value;
    }

    /**
     * The warm-up of a command line, or null: help, version and commands whose set-up is small go without, and so
     * do export and analyze: measured (issue 11), their warm-up cost 0.14–0.19 s of CPU for no gain in wall time,
     * as the JIT compilers already keep the second core busy while the main thread reads and extracts; merge and
     * validate gain 5–8% (compiling the schema ahead). (Plain loops and a class rather than streams and lambdas:
     * the main thread starts the warm-up before anything else, and bootstrapping those would delay it.)
     */
    static Task forCommandLine(String[] args) {
        String command = null;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) return null;
            if (command == null && !arg.equals("--debug")) command = arg;
        }
        if (command == null) return null;
        return switch (command) {
            case "merge", "validate" -> new Task(args, "en", true); // README's export: English
            default -> null;
        };
    }

    /** What one warm-up does; whatever it throws is dropped (the main thread meets it and reports it). */
    static final class Task implements Runnable {
        /** A merge's command line, whose first XLIFF file tells the schema to compile; null for an export. */
        final String[] mergeArgs;
        final String language;
        final boolean segmented;

        Task(String[] mergeArgs, String language, boolean segmented) {
            this.mergeArgs = mergeArgs;
            this.language = language;
            this.segmented = segmented;
        }

        @Override
        public void run() {
            try {
                prepare();
            } catch (Throwable ignored) { // see above
            }
        }

        /** The warm-up itself; throws what went wrong (WarmupTest: nothing does). */
        void prepare() throws Exception {
            if (mergeArgs != null) {
                // only the schema the run needs: compiling the other would hold up the main thread's
                XliffFormat format = formatOfFirstInput(mergeArgs);
                if (format != null) SchemaCheck.compileAhead(format);
            }
            readJson();
            exportPage(language, segmented);
            // the summary lines' number formatting loads the default locale's data once per JVM
            String.format(Locale.getDefault(Locale.Category.FORMAT), "%d", 1);
        }
    }

    /**
     * The XLIFF version of the first XLIFF file a merge's command line names (directly or in a directory), as its
     * namespace says; null when there is none or it cannot be told.
     */
    static XliffFormat formatOfFirstInput(String[] args) throws IOException {
        for (int i = 1; i < args.length; i++) {
            Path path = Path.of(args[i]);
            boolean outputDirectory = args[i - 1].equals("-o") || args[i - 1].equals("--output");
            if (args[i].startsWith("-") || outputDirectory || !Files.exists(path)) continue;
            List<Path> files;
            try {
                files = XliffInputs.expand(List.of(path));
            } catch (InputException e) {
                continue; // an option's value, such as the output directory
            }
            if (files.isEmpty() || !Files.isRegularFile(files.get(0))) continue;
            byte[] head = new byte[4096];
            int read;
            try (InputStream in = Files.newInputStream(files.get(0))) {
                read = in.readNBytes(head, 0, head.length);
            }
            String start = new String(head, 0, read, StandardCharsets.ISO_8859_1);
            if (start.contains("urn:oasis:names:tc:xliff:document:2.")) return XliffFormat.XLIFF2;
            if (start.contains("urn:oasis:names:tc:xliff:document:1.2")) return XliffFormat.XLIFF12;
            return null;
        }
        return null;
    }

    /** Parses a little JSON with Jackson's streaming API, as the post reader and the embedded source do. */
    private static void readJson() throws IOException {
        try (JsonParser parser = new JsonFactory().createParser("{\"id\":1,\"title\":{\"rendered\":\"A\\u00e9\"},\"tags\":[1,2.5,true,null]}")) {
            while (parser.nextToken() != null) parser.getText();
        }
    }

    /** Exports the built-in page to XLIFF 1.2 in memory; returns the XLIFF (which the warm-up drops). */
    static String exportPage(String language, boolean segmented) throws Exception {
        Exporter exporter = new Exporter(new ExportOptions(language, "ko", segmented, false), XliffFormat.XLIFF12,
                false, SigningKey.of(KEY, "warm-up"), null);
        return exporter.export(HtmlPageFormat.INSTANCE.read(Path.of("warm-up.html"), PAGE.getBytes(StandardCharsets.UTF_8))).xliff();
    }
}
