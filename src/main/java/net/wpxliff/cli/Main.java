package net.wpxliff.cli;

import net.wpxliff.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/**
 * Entry point: {@code wpxliff pull|export|analyze|merge|pseudo|validate|push|tm ...}. The subcommands are added
 * here rather than in the annotation, and only the one the command line names (all of them for help, errors and
 * {@code help}): building each command's model is a good part of a one-post run's start-up.
 */
@Command(name = "wpxliff", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "WordPress posts and HTML pages to segmented XLIFF for translators, and back.")
public final class Main implements Runnable {
    /** The subcommands, in the order help lists them. */
    static final List<String> COMMANDS = List.of("pull", "export", "analyze", "merge", "pseudo", "validate", "push", "tm", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error (for a bug report).")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** A new instance of a subcommand (a switch, not lambdas: nothing to bootstrap before --version). */
    private static Object newCommand(String name) {
        return switch (name) {
            case "pull" -> new PullCommand();
            case "export" -> new ExportCommand();
            case "analyze" -> new AnalyzeCommand();
            case "merge" -> new MergeCommand();
            case "pseudo" -> new PseudoCommand();
            case "validate" -> new ValidateCommand();
            case "push" -> new PushCommand();
            case "tm" -> new TmCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Runs a command line and returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli prints for it, without building the command model
            PrintWriter out = new PrintWriter(System.out, true);
            for (String line : new VersionProvider().getVersion()) out.println(line);
            return 0;
        }
        String helpTopic = StoredHelp.topic(args, COMMANDS);
        if (helpTopic != null && StoredHelp.print(helpTopic)) return 0; // picocli's text, stored by the build
        Main main = new Main();
        // after the subcommands are added: these settings apply to the commands present
        try {
            return commandLineWithoutUnusedConverters(main, args).setCaseInsensitiveEnumValuesAllowed(true)
                    .setExecutionExceptionHandler(new BugReport(main)).execute(args);
        } catch (OutOfMemoryError e) { // outside any one file's work (a file's own is that file's error: InOrder)
            System.err.println("error: " + OutOfMemory.advice());
            return 1;
        }
    }

    /**
     * The command model for a command line: Main with the subcommand it names, or with every subcommand when
     * it names none or asks for {@code help} (which looks up its siblings), so that help and errors list them.
     */
    static CommandLine commandLine(Main main, String... args) {
        CommandLine line = new CommandLine(main);
        String named = commandName(args);
        for (String command : COMMANDS) {
            if (named == null || named.equals("help") || named.equals(command)) line.addSubcommand(command, newCommand(command));
        }
        return line;
    }

    /**
     * {@link #commandLine}, with picocli told not to register its converters for {@code java.time} and
     * {@code java.sql} types, which no option here has: it registers them by reflection for every command model,
     * loading and initializing about 90 classes in a fresh JVM. A {@code picocli.converters.excludes} the user set
     * is left as it is, and the property is cleared again once the model is built (picocli reads it only then).
     */
    private static CommandLine commandLineWithoutUnusedConverters(Main main, String... args) {
        if (System.getProperty(CONVERTER_EXCLUDES) != null) return commandLine(main, args);
        System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        try {
            return commandLine(main, args);
        } finally {
            System.clearProperty(CONVERTER_EXCLUDES);
        }
    }

    /** picocli's system property: comma-separated regular expressions of type names whose converter it skips. */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    /** The subcommand the command line names (its first argument that is not an option), if it is one. */
    private static String commandName(String[] args) {
        for (String arg : args) {
            if (arg.equals("--debug")) continue;
            return COMMANDS.contains(arg) ? arg : null;
        }
        return null;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export, merge or pseudo");
    }

    /** A bug outside any one file's work: reported, exit code 1 (a class, not a lambda: nothing to bootstrap). */
    private static final class BugReport implements CommandLine.IExecutionExceptionHandler {
        private final Main main;

        BugReport(Main main) {
            this.main = main;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + new Unexpected(err, main.debug).report(e));
            return 1;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"wpxliff " + Version.VERSION};
        }
    }
}
