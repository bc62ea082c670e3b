package net.wpxliff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real WordPress the integration tests run against ({@code ../shared/wordpress/wp-test-site.sh}: English site at
 * {@code WP_URL}, Korean edition at {@code WP_KO_URL}, an admin Application Password), and the one place that decides
 * what a test does without it.
 *
 * <p>Where the site comes from, first that applies:
 * <ol>
 * <li>{@code WP_URL}, {@code WP_KO_URL}, {@code WP_USER}, {@code WP_APP_PASSWORD} in the environment ({@code .ci/run}
 *     starts the site and exports them);</li>
 * <li>the script's env file, {@code $WP_TEST_DIR/env} (default {@code /tmp/wp-test-site/env}), when its site answers;</li>
 * <li>otherwise this class starts the site itself with the script, once per JVM (with the corpus's two theme test
 *     data files when present: 118 published posts), and stops it when the JVM exits. A site whose server process is
 *     still alive is never restarted: {@code start} recreates the database under whoever is using it.</li>
 * </ol>
 * When none works (no script, no root for apt-get, a server that does not answer), the test is announced on stderr
 * and skipped, or fails when {@code CI=true}; it always fails when {@code .ci/run} tried to start the site and could
 * not ({@code WP_TEST_SITE_FAILED} names its log): CI never passes without the real site.
 */
public final class TestWordPress {
    /** The start script, {@code WP_TEST_SITE_SCRIPT} overriding {@code ../shared/wordpress/wp-test-site.sh}. */
    public static final Path SCRIPT = Path.of(envOr("WP_TEST_SITE_SCRIPT",
            Path.of("..", "shared", "wordpress", "wp-test-site.sh").toString())).toAbsolutePath().normalize();
    /** The script's folder ({@code WP_TEST_DIR}, as the script reads it). */
    public static final Path DIR = Path.of(envOr("WP_TEST_DIR", "/tmp/wp-test-site")).toAbsolutePath().normalize();
    /** The WordPress export files imported into the English site: 118 published posts, 22 pages. */
    public static final List<Path> WXR = List.of(SharedCorpus.ROOT.resolve("wxr").resolve("64-block-test-data.xml"),
            SharedCorpus.ROOT.resolve("wxr").resolve("themeunittestdata.wordpress.xml"));
    private static final Duration START_LIMIT = Duration.ofMinutes(15); // apt-get on a fresh machine included

    /** A running test site. {@link #toString()} never shows the password. */
    public record Site(URI url, URI koUrl, String user, String appPassword, String origin) {
        /** {@code Authorization} header value: Basic auth with the Application Password. */
        public String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + appPassword).getBytes(StandardCharsets.UTF_8));
        }

        /** A REST URI of the English site: {@code rest("/wp/v2/posts/5?context=edit")}. */
        public URI rest(String routeAndQuery) {
            return URI.create(url + "/wp-json" + routeAndQuery);
        }

        /** A REST URI of the Korean site. */
        public URI koRest(String routeAndQuery) {
            return URI.create(koUrl + "/wp-json" + routeAndQuery);
        }

        /** One authenticated request (JSON body when {@code body} is not null); the response whatever its status. */
        public HttpResponse<byte[]> send(String method, URI uri, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Authorization", authorization()).header("Accept", "application/json");
            if (body != null) request.header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + uri + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + uri + ": interrupted", e);
            }
        }

        /** The English site's address as the CLI takes it ({@code WP_URL}, no trailing slash). */
        public String base() {
            return url.toString();
        }

        /** The Korean site's address as the CLI takes it ({@code WP_KO_URL}, no trailing slash). */
        public String koBase() {
            return koUrl.toString();
        }

        /** GET with the admin's Application Password; 200 expected; the body as JSON. */
        public JsonNode getJson(URI uri) throws IOException {
            HttpResponse<byte[]> response = send("GET", uri, null);
            assertEquals(200, response.statusCode(), uri + ": " + new String(response.body(), StandardCharsets.UTF_8));
            return JSON.readTree(response.body());
        }

        /**
         * An {@code --auth-file} for the CLI (mode 600; lines {@code user=…}, {@code password=…}): the CLI reads
         * credentials from the environment or such a file only, and a test cannot set its own environment.
         */
        public Path writeAuthFile(Path dir) throws IOException {
            return authFile(dir.resolve("wp-auth"), user, appPassword);
        }

        /** An {@code --auth-file} for the admin with the password given (a wrong one, to test refusals). */
        public Path writeAuthFile(Path dir, String password) throws IOException {
            return authFile(dir.resolve("auth-" + System.nanoTime()), user, password);
        }

        /**
         * POSTs JSON written with single quotes for double ({@code \'} for a double quote inside a string), as the
         * admin; 201 expected; the new object's id.
         */
        public long create(URI uri, String json) throws IOException {
            String real = json.replace("\\'", "\u0001").replace('\'', '"').replace("\u0001", "\\\"");
            HttpResponse<byte[]> response = send("POST", uri, JSON.writeValueAsBytes(JSON.readTree(real)));
            JsonNode answer = JSON.readTree(response.body());
            assertEquals(201, response.statusCode(), uri + ": " + answer);
            return answer.path("id").asLong();
        }

        @Override
        public String toString() {
            return "Site[" + url + ", ko " + koUrl + ", user " + user + ", from " + origin + "]";
        }
    }

    /** A random suffix for slugs and names, so that runs never collide on a site that keeps what they made. */
    public static String uniqueSuffix() {
        byte[] random = new byte[5];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1: PHP's built-in server does not take the HTTP/2 upgrade. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** This JVM's answer, found once: the site, or why there is none. */
    private static Site site;
    private static String unavailable;

    private TestWordPress() {
    }

    /**
     * The running test site; when there is none and none can be started, announces it and skips the calling test
     * (fails it under {@code CI=true}, or after {@code .ci/run} failed to start it). {@code what} names what does
     * not run, e.g. "publishing merged block posts".
     */
    public static Site site(String what) {
        Site found = find();
        if (found != null) return found;
        decide(what, unavailable, SharedCorpus.inCi(), System.getenv("WP_TEST_SITE_FAILED") != null);
        throw new IllegalStateException("unreachable");
    }

    /**
     * The site, or null: for a class's {@code @BeforeAll}, whose tests then each call {@link #site} (an
     * assumption failing in {@code @BeforeAll} would leave Surefire counting no test at all).
     */
    public static Site available() {
        try {
            return site("the shared set-up of a test class");
        } catch (org.opentest4j.TestAbortedException | AssertionError e) {
            return null;
        }
    }

    /** An auth file as pull and push read it: mode 600, lines {@code user=…} and {@code password=…}. */
    public static Path authFile(Path file, String user, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "user=" + user + "\npassword=" + password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Skips (locally) or fails (in CI, or when .ci/run could not start the site), after saying so on stderr. */
    static void decide(String what, String reason, boolean ci, boolean ciRunFailed) {
        boolean failing = ci || ciRunFailed;
        String message = what + (failing ? " cannot run" : " skipped") + ": test WordPress not available: " + reason;
        System.err.println("[wpxliff tests] " + message);
        if (ciRunFailed) fail(message + "; .ci/run could not start it, so the tests that need it fail");
        if (ci) fail(message + "; CI=true requires the test WordPress (.ci/run starts it with " + SCRIPT + ")");
        Assumptions.abort(message);
    }

    private static synchronized Site find() {
        if (site != null || unavailable != null) return site;
        try {
            site = locate();
        } catch (Unavailable e) {
            unavailable = e.getMessage();
        }
        return site;
    }

    private static Site locate() throws Unavailable {
        String ciLog = System.getenv("WP_TEST_SITE_FAILED");
        if (ciLog != null) throw new Unavailable(SCRIPT + " start failed in .ci/run: " + tail(Path.of(ciLog)));
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : List.of("WP_URL", "WP_KO_URL", "WP_USER", "WP_APP_PASSWORD")) {
            if (System.getenv(name) != null) env.put(name, System.getenv(name));
        }
        if (env.size() == 4) {
            Site fromEnvironment = site(env, "the environment");
            String problem = problem(fromEnvironment);
            if (problem != null) throw new Unavailable(problem + " (WP_URL and the others from the environment)");
            return fromEnvironment;
        }
        Path envFile = DIR.resolve("env");
        Site fromFile = Files.isRegularFile(envFile) ? site(readEnv(envFile), envFile.toString()) : null;
        String problem = fromFile == null ? envFile + " not found" : problem(fromFile);
        if (problem == null) return fromFile;
        Long pid = serverPid();
        if (pid != null) {
            throw new Unavailable(problem + ", but the server " + DIR.resolve("server.pid") + " names (pid " + pid + ") runs:"
                    + " not restarted under whoever uses it (start recreates the database)");
        }
        return start();
    }

    /** Starts the site with the script, holding a lock so that two JVMs on one machine do not both start it. */
    private static Site start() throws Unavailable {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new Unavailable(SCRIPT + " not found (../shared/wordpress beside the project, or WP_TEST_SITE_SCRIPT)");
        }
        try {
            Files.createDirectories(DIR.getParent());
            Path lockFile = DIR.resolveSibling(DIR.getFileName() + ".start-lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Path envFile = DIR.resolve("env");
                if (Files.isRegularFile(envFile)) { // another JVM may have started it while this one waited
                    Site started = site(readEnv(envFile), envFile.toString());
                    if (problem(started) == null) return started;
                }
                return runScript();
            }
        } catch (IOException e) {
            throw new Unavailable("cannot start " + SCRIPT + ": " + e.getMessage());
        }
    }

    private static Site runScript() throws IOException, Unavailable {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "start"));
        for (Path wxr : WXR) {
            if (Files.isRegularFile(wxr)) command.addAll(List.of("--wxr", wxr.toString()));
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("wp-test-site.log");
        System.err.println("[wpxliff tests] starting the test WordPress: " + String.join(" ", command) + " (log: " + log.toAbsolutePath() + ")");
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        try {
            if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                throw new Unavailable(SCRIPT + " start took longer than " + START_LIMIT.toMinutes() + " minutes: " + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while starting the test WordPress");
        }
        if (process.exitValue() != 0) {
            throw new Unavailable(SCRIPT + " start failed (exit " + process.exitValue() + "; it needs root to install packages"
                    + " with apt-get and to run MariaDB): " + tail(log));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestWordPress::stop, "stop test WordPress"));
        Site started = site(readEnv(DIR.resolve("env")), "started by the tests");
        String problem = problem(started);
        if (problem != null) throw new Unavailable(problem + " right after " + SCRIPT + " start: " + tail(log));
        System.err.printf("[wpxliff tests] test WordPress started in %.1f s: %s%n", (System.nanoTime() - began) / 1e9, started);
        return started;
    }

    /** Stops the server this JVM started (the database stays; the next start recreates it). */
    private static void stop() {
        try {
            new ProcessBuilder("bash", SCRIPT.toString(), "stop").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("[wpxliff tests] could not stop the test WordPress: " + e.getMessage());
        }
    }

    /** Why the site does not serve both REST APIs, or null when it does. Retried: the PHP server is single-threaded. */
    private static String problem(Site candidate) {
        String problem = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            problem = restRootProblem(candidate.url());
            if (problem == null) problem = restRootProblem(candidate.koUrl());
            if (problem == null) return null;
        }
        return problem;
    }

    private static String restRootProblem(URI base) {
        URI root = URI.create(base + "/wp-json/");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(root).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && isRestRoot(response.body())) return null;
            return root + " answers " + response.statusCode() + ", not a WordPress REST root";
        } catch (IOException e) {
            return root + " does not answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return root + ": interrupted";
        }
    }

    /** A REST root lists the namespaces it serves: {@code "namespaces":["oembed\/1.0",…,"wp\/v2",…]}. */
    private static boolean isRestRoot(String body) {
        try {
            for (JsonNode namespace : new ObjectMapper().readTree(body).path("namespaces")) {
                if ("wp/v2".equals(namespace.textValue())) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server pid the script recorded, when that process is alive. */
    private static Long serverPid() {
        Path pidFile = DIR.resolve("server.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** The script's env file: {@code NAME=value} lines. */
    static Map<String, String> readEnv(Path file) throws Unavailable {
        Map<String, String> env = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) env.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new Unavailable("cannot read " + file + ": " + e.getMessage());
        }
        return env;
    }

    static Site site(Map<String, String> env, String origin) throws Unavailable {
        for (String name : List.of("WP_URL", "WP_KO_URL", "WP_USER", "WP_APP_PASSWORD")) {
            String value = env.get(name);
            if (value == null || value.isEmpty()) throw new Unavailable(origin + " has no " + name);
        }
        return new Site(URI.create(strip(env.get("WP_URL"))), URI.create(strip(env.get("WP_KO_URL"))), env.get("WP_USER"),
                env.get("WP_APP_PASSWORD"), origin);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The last lines of a log, for a message. */
    private static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList(); // apt may print any bytes
            return "\n    " + String.join("\n    ", lines.subList(Math.max(0, lines.size() - 12), lines.size()))
                    + "\n    (whole log: " + log.toAbsolutePath() + ")";
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static String envOr(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    /** Why there is no site, in words for the message. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }
}
