package net.wpxliff.cli;

import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --help} without building picocli's command model (about 0.3 s of a fresh JVM): every command's usage
 * message, as picocli renders it with and without ANSI styles, is stored at build time by
 * {@link HelpTextCompiler}, and printed the way picocli prints it. {@code StoredHelpTest} checks each stored
 * text against picocli's own rendering. Any setting that changes picocli's rendering (a {@code picocli.*}
 * system property, a console encoding) leaves the work to picocli.
 */
final class StoredHelp {
    /** The topic of the tool's own usage message ({@code wpxliff --help}). */
    static final String TOOL = "wpxliff";

    private StoredHelp() {
    }

    /**
     * The command whose usage a command line asks for and nothing else: {@link #TOOL} for {@code --help},
     * {@code -h} and {@code help}; the command's name for {@code COMMAND --help}, {@code COMMAND -h} and
     * {@code help COMMAND}; null for any other command line.
     */
    static String topic(String[] args, List<String> commands) {
        if (args.length == 1 && (isHelpOption(args[0]) || args[0].equals("help"))) return TOOL;
        if (args.length != 2) return null;
        String command = args[0].equals("help") ? args[1] : isHelpOption(args[1]) ? args[0] : null;
        return command != null && !command.equals("help") && commands.contains(command) ? command : null;
    }

    private static boolean isHelpOption(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    /**
     * Prints the stored usage message of a topic to standard output, as picocli would, and returns true; returns
     * false, printing nothing, when a setting could make picocli's rendering differ from the stored one.
     */
    static boolean print(String topic) {
        if (System.getProperty("sun.stdout.encoding") != null) return false; // picocli would encode with it
        for (String property : System.getProperties().stringPropertyNames()) {
            if (property.startsWith("picocli.")) return false; // width, colours, ANSI, trace...
        }
        String text = text(topic, CommandLine.Help.Ansi.AUTO.enabled()); // picocli's own decision on styles
        if (text == null) return false;
        // what CommandLine.getOut() is when standard output is not redirected within the JVM
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, Charset.defaultCharset())), true);
        out.print(text.replace("\n", System.lineSeparator()));
        out.flush();
        return true;
    }

    /** The stored usage message of a topic, lines ending in {@code \n}; null when the build stored none. */
    static String text(String topic, boolean ansi) {
        try (InputStream in = StoredHelp.class.getResourceAsStream(resource(topic, ansi))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored help of " + topic, e);
        }
    }

    /** The resource a topic's text is stored in, beside this class. */
    static String resource(String topic, boolean ansi) {
        return "help/" + topic + (ansi ? ".ansi" : "") + ".txt";
    }
}
