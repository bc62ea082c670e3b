package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Main builds picocli's model without picocli's converters for java.time and java.sql types (a fresh JVM then
 * loads and initializes about 90 classes fewer): no option or parameter of any command has such a type, and the
 * property telling picocli so is not left behind.
 */
class UnusedConvertersTest {
    @Test
    void noOptionOfAnyCommandHasATypeWhoseConverterIsLeftOut() {
        List<Pattern> excluded = new ArrayList<>();
        for (String regex : Main.UNUSED_CONVERTERS.split(",")) excluded.add(Pattern.compile(regex));
        assertTrue(excluded.get(0).matcher("java.time.Duration").matches(), "the expressions say what picocli reads");
        List<String> types = new ArrayList<>();
        collectTypes(Main.commandLine(new Main()).getCommandSpec(), types);
        assertTrue(types.contains("java.nio.file.Path"), types.toString());
        for (String type : types) {
            for (Pattern pattern : excluded) assertTrue(!pattern.matcher(type).matches(), type);
        }
    }

    @Test
    void thePropertyIsClearedAgain() {
        assertNull(System.getProperty(Main.CONVERTER_EXCLUDES));
        Cli.Run run = Cli.run("export", "--no-such-option");
        assertEquals(2, run.exitCode(), run.err());
        assertNull(System.getProperty(Main.CONVERTER_EXCLUDES));
    }

    private static void collectTypes(CommandSpec spec, List<String> types) {
        for (ArgSpec arg : spec.args()) {
            types.add(arg.type().getName());
            for (Class<?> type : arg.auxiliaryTypes()) types.add(type.getName());
        }
        for (CommandLine sub : spec.subcommands().values()) collectTypes(sub.getCommandSpec(), types);
    }
}
