package net.wpxliff.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher {@code ./wpxliff} (README's command): which java it runs, with which JVM options (C1 only, the serial collector, the AppCDS
 * archive when it is newer than the jar, huge pages when this machine's kernel gives them on request), and that the
 * user's arguments and the exit code pass through unchanged. The script runs for real (by {@code sh}) in a copy
 * of the project's layout; {@code JAVA_HOME} points at a stand-in {@code java} that prints the arguments it got,
 * one per line, and exits with {@code FAKE_JAVA_EXIT}. That the real JVM accepts the options is what CI's run of
 * README's first command and the startup benchmark show.
 */
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("wpxliff");
    private static final List<String> OWN_OPTIONS = ownOptions();

    @TempDir
    Path project;
    private Path jar;
    private Path archive;
    private Path jdk;

    @BeforeEach
    void copyLayout() throws IOException {
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"), "the launcher is a POSIX shell script");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        Files.copy(LAUNCHER, project.resolve("wpxliff"));
        makeExecutable(project.resolve("wpxliff"));
        jar = Files.createDirectories(project.resolve("target")).resolve("wpxliff.jar");
        archive = jar.resolveSibling("wpxliff.jsa");
        Files.writeString(jar, "a jar");
        jdk = Files.createDirectories(project.resolve("jdk/bin"));
        Files.writeString(jdk.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\nexit ${FAKE_JAVA_EXIT:-0}\n");
        makeExecutable(jdk.resolve("java"));
    }

    @Test
    void runsTheJarWithTheQuickCompilerOnlyAndTheArgumentsUnchanged() throws Exception {
        Run run = launch(project.resolve("wpxliff"), Map.of(), "export", "my post.json", "*", "-o", "out dir");
        assertEquals(0, run.exit);
        assertEquals(concat(OWN_OPTIONS, List.of("-jar", realJar(), "export", "my post.json", "*", "-o", "out dir")), run.lines);
    }

    @Test
    void usesTheArchiveOnlyWhenItIsNewerThanTheJar() throws Exception {
        Files.writeString(archive, "an archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Run fresh = launch(project.resolve("wpxliff"), Map.of(), "--version");
        assertEquals(concat(List.of("-XX:SharedArchiveFile=" + realArchive()), OWN_OPTIONS, List.of("-jar", realJar(), "--version")),
                archiveFirst(fresh.lines));

        // a jar rebuilt after the archive (e.g. with -Dwpxliff.cds.skip): the JVM could not map the archive at all
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Run stale = launch(project.resolve("wpxliff"), Map.of(), "--version");
        assertEquals(concat(OWN_OPTIONS, List.of("-jar", realJar(), "--version")), stale.lines);
    }

    @Test
    void placesTheUsersJvmOptionsAfterItsOwnSoThatTheyWin() throws Exception {
        Run run = launch(project.resolve("wpxliff"), Map.of("WPXLIFF_JAVA_OPTS", "-Xmx4g  -XX:TieredStopAtLevel=4 -Dx=*"), "export");
        assertEquals(concat(OWN_OPTIONS, List.of("-Xmx4g", "-XX:TieredStopAtLevel=4", "-Dx=*", "-jar", realJar(), "export")),
                run.lines);
    }

    @Test
    void passesTheExitCodeOn() throws Exception {
        assertEquals(3, launch(project.resolve("wpxliff"), Map.of("FAKE_JAVA_EXIT", "3"), "merge").exit);
    }

    @Test
    void findsTheJarThroughALinkToTheScript() throws Exception {
        Path bin = Files.createDirectories(project.resolve("elsewhere/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("wpxliff"), Path.of("../../wpxliff"));
        Run run = launch(link, Map.of(), "--help");
        assertEquals(concat(OWN_OPTIONS, List.of("-jar", realJar(), "--help")), run.lines);
    }

    @Test
    void saysHowToBuildWhenTheJarIsMissing() throws Exception {
        Files.delete(jar);
        Run run = launch(project.resolve("wpxliff"), Map.of(), "export");
        assertEquals(1, run.exit);
        assertTrue(run.errors.contains("not found: build it first with 'mvn -q -DskipTests package'"), run.errors);
    }

    @Test
    void saysWhereJavaWasLookedForWhenThereIsNone() throws Exception {
        Run run = launch(project.resolve("wpxliff"), Map.of("JAVA_HOME", project.resolve("no-jdk").toString()), "export");
        assertEquals(1, run.exit);
        assertTrue(run.errors.contains("wpxliff: no Java found (" + project.resolve("no-jdk") + "/bin/java): install Java 17"),
                run.errors);
    }

    /** The archive option moved to the front: where it stands among the launcher's own options does not matter. */
    private static List<String> archiveFirst(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.removeIf(line -> line.startsWith("-XX:SharedArchiveFile="));
        lines.stream().filter(line -> line.startsWith("-XX:SharedArchiveFile=")).forEach(line -> copy.add(0, line));
        return copy;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) all.addAll(part);
        return all;
    }

    /**
     * The options the launcher always gives: C1 only, the serial collector, and huge pages for the heap where the kernel hands them out on
     * request (this machine's mode, read as the script reads it).
     */
    private static List<String> ownOptions() {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest;
        try {
            onRequest = Files.isReadable(modes) && Files.readString(modes).contains("[madvise]");
        } catch (IOException e) {
            onRequest = false;
        }
        List<String> always = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        return onRequest ? concat(always, List.of("-XX:+UseTransparentHugePages")) : always;
    }

    private String realJar() throws IOException {
        return jar.toRealPath().toString();
    }

    private String realArchive() throws IOException {
        return archive.toRealPath().toString();
    }

    private record Run(int exit, List<String> lines, String errors) {
    }

    private Run launch(Path script, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().remove("WPXLIFF_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", project.resolve("jdk").toString());
        builder.environment().putAll(environment);
        Path errors = project.resolve("stderr.txt");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Run(exit, out.lines().toList(), Files.readString(errors));
    }

    private static void makeExecutable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
