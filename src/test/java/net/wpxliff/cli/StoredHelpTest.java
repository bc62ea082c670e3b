package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help texts the build stored ({@link HelpTextCompiler}) are what picocli renders, with and without ANSI
 * styles, for every way of asking: {@code --help}, {@code -h}, {@code help}; {@code COMMAND --help},
 * {@code COMMAND -h}, {@code help COMMAND}. MainCommandsTest checks what {@code wpxliff} prints.
 */
class StoredHelpTest {
    @Test
    void everyStoredTextIsPicoclisRenderingOfEveryWayOfAsking() {
        List<String> topics = HelpTextCompiler.topics();
        assertEquals(Main.COMMANDS.size(), topics.size(), "the tool and every command but help");
        for (String topic : topics) {
            for (boolean ansi : new boolean[]{false, true}) {
                String stored = StoredHelp.text(topic, ansi);
                assertNotNull(stored, "no stored help for " + topic + " (run mvn process-classes)");
                for (String[] args : asking(topic)) {
                    assertEquals(topic, StoredHelp.topic(args, Main.COMMANDS), String.join(" ", args));
                    assertEquals(HelpTextCompiler.picocliOutput(args, ansi), stored, String.join(" ", args) + (ansi ? " (ANSI)" : ""));
                }
            }
        }
        assertTrue(StoredHelp.text("export", true).contains("\u001B["), "the ANSI text has styles");
    }

    @Test
    void otherCommandLinesAreLeftToPicocli() {
        for (String[] args : new String[][]{{}, {"export"}, {"help", "help"}, {"export", "--help", "-o"}, {"tm", "import", "--help"},
                {"--debug", "--help"}, {"exprot", "--help"}, {"help", "exprot"}, {"--help", "export"}}) {
            assertNull(StoredHelp.topic(args, Main.COMMANDS), String.join(" ", args));
        }
    }

    @Test
    void printsWhatPicocliPrints() {
        for (String[] args : new String[][]{{"--help"}, {"help"}, {"merge", "-h"}, {"help", "push"}}) {
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.exitCode());
            assertEquals(HelpTextCompiler.picocliOutput(args, false).replace("\n", System.lineSeparator()), run.out(), String.join(" ", args));
            assertEquals("", run.err());
        }
    }

    private static String[][] asking(String topic) {
        if (topic.equals(StoredHelp.TOOL)) return new String[][]{{"--help"}, {"-h"}, {"help"}};
        return new String[][]{{topic, "--help"}, {topic, "-h"}, {"help", topic}};
    }
}
