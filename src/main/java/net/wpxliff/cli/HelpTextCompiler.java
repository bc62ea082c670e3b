package net.wpxliff.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step (Maven's process-classes, see pom.xml): renders the usage message of the tool and of every
 * command with picocli, exactly as {@code wpxliff --help} and {@code wpxliff COMMAND --help} print it, with and
 * without ANSI styles, into the classes directory ({@link StoredHelp}). {@code StoredHelpTest} checks them.
 *
 * <p>Usage: {@code HelpTextCompiler CLASSES_DIR}
 */
public final class HelpTextCompiler {
    private HelpTextCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: HelpTextCompiler CLASSES_DIR");
        Path directory = Path.of(args[0]).resolve(StoredHelp.class.getPackageName().replace('.', '/'));
        for (String topic : topics()) {
            for (boolean ansi : new boolean[]{false, true}) {
                Path file = directory.resolve(StoredHelp.resource(topic, ansi));
                Files.createDirectories(file.getParent());
                Files.writeString(file, render(topic, ansi), StandardCharsets.UTF_8);
            }
        }
    }

    /** The tool and every command that has help of its own. */
    static List<String> topics() {
        List<String> topics = new ArrayList<>(List.of(StoredHelp.TOOL));
        for (String command : Main.COMMANDS) if (!command.equals("help")) topics.add(command);
        return topics;
    }

    /** What picocli prints for the topic's {@code --help}, lines ending in {@code \n}. */
    static String render(String topic, boolean ansi) {
        String[] args = topic.equals(StoredHelp.TOOL) ? new String[]{"--help"} : new String[]{topic, "--help"};
        return picocliOutput(args, ansi);
    }

    /** What picocli prints to standard output for a command line, with ANSI styles on or off. */
    static String picocliOutput(String[] args, boolean ansi) {
        StringWriter text = new StringWriter();
        CommandLine line = Main.commandLine(new Main(), args);
        line.setColorScheme(CommandLine.Help.defaultColorScheme(ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        line.setOut(new PrintWriter(text, true));
        int code = line.execute(args);
        if (code != 0) throw new IllegalStateException("exit " + code + " for " + String.join(" ", args));
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
