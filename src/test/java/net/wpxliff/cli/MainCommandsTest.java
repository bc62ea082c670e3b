package net.wpxliff.cli;

import net.wpxliff.Version;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Main adds only the subcommand a command line names (start-up time); what every command prints for help,
 * version and errors stays what the whole command tree, declared in the annotation as before, prints.
 */
class MainCommandsTest {
    /** The whole command tree, every subcommand class in the order Main's annotation used to list them. */
    private static final CommandLine WHOLE = wholeTree();

    private static CommandLine wholeTree() {
        CommandLine whole = new CommandLine(new Main());
        for (Class<?> command : List.of(PullCommand.class, ExportCommand.class, AnalyzeCommand.class, MergeCommand.class, PseudoCommand.class,
                ValidateCommand.class, PushCommand.class, TmCommand.class, CommandLine.HelpCommand.class)) {
            whole.addSubcommand(command);
        }
        return whole.setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Test
    void helpListsEveryCommandAsBefore() {
        for (String help : new String[]{"--help", "-h"}) {
            Cli.Run run = Cli.run(help);
            assertEquals(0, run.exitCode());
            assertEquals(WHOLE.getUsageMessage(), run.out());
        }
    }

    @Test
    void eachCommandsHelpIsAsBefore() {
        for (String name : WHOLE.getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            Cli.Run run = Cli.run(name, "--help");
            assertEquals(0, run.exitCode(), name);
            assertEquals(WHOLE.getSubcommands().get(name).getUsageMessage(), run.out(), name);
        }
        assertEquals(WHOLE.getSubcommands().get("export").getUsageMessage(), Cli.run("help", "export").out());
        assertEquals(WHOLE.getSubcommands().get("tm").getSubcommands().get("import").getUsageMessage(),
                Cli.run("tm", "import", "--help").out());
    }

    @Test
    void versionWithoutTheCommandModel() {
        String expected = "wpxliff " + Version.VERSION + System.lineSeparator();
        for (String[] args : new String[][]{{"--version"}, {"-V"}, {"--debug", "--version"}}) {
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.exitCode(), String.join(" ", args));
            assertEquals(expected, run.out(), String.join(" ", args));
        }
    }

    @Test
    void unknownOrMissingCommandsStillListEveryCommand() {
        Cli.Run typo = Cli.run("exprot");
        assertEquals(2, typo.exitCode());
        assertEquals("Unmatched argument at index 0: 'exprot'" + System.lineSeparator()
                + "Did you mean: wpxliff export?" + System.lineSeparator(), typo.err());
        Cli.Run none = Cli.run();
        assertEquals(2, none.exitCode());
        assertEquals("Missing command: export, merge or pseudo" + System.lineSeparator() + WHOLE.getUsageMessage(), none.err());
    }
}
