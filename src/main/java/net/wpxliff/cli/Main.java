package net.wpxliff.cli;

import net.wpxliff.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point: {@code wpxliff export|merge|pseudo ...}. */
@Command(name = "wpxliff", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "WordPress posts and HTML pages to segmented XLIFF for translators, and back.",
        subcommands = {PullCommand.class, ExportCommand.class, AnalyzeCommand.class, MergeCommand.class, PseudoCommand.class,
                ValidateCommand.class, PushCommand.class, TmCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error (for a bug report).")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        Main main = new Main();
        return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> { // a bug outside any one file's work
                    PrintWriter err = commandLine.getErr();
                    err.println("error: " + new Unexpected(err, main.debug).report(e));
                    return 1;
                })
                .execute(args);
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
