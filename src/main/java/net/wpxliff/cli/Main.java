package net.wpxliff.cli;

import net.wpxliff.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code wpxliff export|merge|pseudo ...}. */
@Command(name = "wpxliff", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "WordPress posts and HTML pages to segmented XLIFF for translators, and back.",
        subcommands = {ExportCommand.class, MergeCommand.class, PseudoCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export, merge or pseudo");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"wpxliff " + Version.VERSION};
        }
    }
}
