package net.wpxliff.cli;

import net.wpxliff.push.MergedPost;
import net.wpxliff.push.MergedPosts;
import net.wpxliff.push.Publisher;
import net.wpxliff.push.SiteAddress;
import net.wpxliff.push.PushException;
import net.wpxliff.push.PushRecord;
import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wpxliff push}: publishes merged posts through the REST API of the site where the translation lives. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Creates or updates the translated posts (the <slug>.<target>.post.json merge writes, with the"
                + " .json beside it) on the target site: the post pushed before (recorded in .wpxliff-push.json beside"
                + " the merged files, else the same slug there) is updated, or left alone when its raw title, content"
                + " and excerpt already equal the body; otherwise a new post is made (a draft unless --status says"
                + " otherwise). Credentials: WPXLIFF_USER and WPXLIFF_APP_PASSWORD, or --auth-file.")
final class PushCommand implements Callable<Integer> {
    private final PrintWriter out = TerminalWriter.on(System.out);
    private final PrintWriter err = TerminalWriter.on(System.err);

    @Parameters(paramLabel = "MERGED", arity = "1..*", description = "Merged post bodies (<slug>.ko.post.json), or directories of them.")
    List<Path> inputs;

    @Option(names = "--site", paramLabel = "URL", required = true,
            description = "The target site (e.g. https://site.example/ko/) or its REST root (…/wp-json/).")
    String site;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "File with lines user=NAME and password=APPLICATION-PASSWORD, readable by its owner only (chmod 600)."
                    + " Default: the environment variables WPXLIFF_USER and WPXLIFF_APP_PASSWORD.")
    Path authFile;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Status to give the posts (draft, publish, pending, private…). Default: new posts are drafts,"
                    + " existing ones keep theirs.")
    String status;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "Extra parameter for every request (query of each GET, member of each POSTed body), e.g."
                    + " --param lang=ko for Polylang.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print each request push would make (method, URL, fields, size); change nothing.")
    boolean dryRun;

    @Option(names = "--create-terms", description = "Create the categories, tags and other terms the target site lacks,"
            + " with the source site's names and slugs (translate the names there afterwards). Default: a term the"
            + " target site lacks is left out and named.")
    boolean createTerms;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        List<Path> files;
        Credentials credentials;
        WpSite target;
        try {
            files = MergedPosts.expand(inputs);
        } catch (PushException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        try {
            credentials = Credentials.resolve(authFile);
            if (credentials == null) {
                err.println("error: push needs a WordPress user and Application Password (Users → Profile →"
                        + " Application Passwords): set WPXLIFF_USER and WPXLIFF_APP_PASSWORD, or pass --auth-file FILE"
                        + " (lines user=… and password=…, chmod 600)");
                return 1;
            }
            target = WpSite.connect(site, credentials);
            String wrongSite = SiteAddress.mismatch(site, target.home());
            if (wrongSite != null) {
                err.println("error: " + wrongSite);
                return 1;
            }
            target.get("/wp/v2/users/me", Map.of("context", "edit")); // bad credentials: one clear error, before any post
        } catch (WpException e) {
            err.println("error: " + describe(e));
            return 1;
        }
        Publisher publisher = new Publisher(target, new Publisher.Options(status, params, dryRun, createTerms));
        Map<Path, PushRecord> records = new HashMap<>();
        Map<Path, MergedPost> read = prefetch(publisher, files, records);
        Map<Publisher.Action, Integer> counts = new EnumMap<>(Publisher.Action.class);
        Map<String, List<Path>> missing = new LinkedHashMap<>();
        Map<String, List<Path>> created = new LinkedHashMap<>();
        List<Path> unnamedTerms = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                MergedPost post = read.containsKey(file) ? read.get(file) : MergedPost.read(file);
                PushRecord record = record(file, records);
                Publisher.Result result = publisher.push(post, record);
                counts.merge(result.action(), 1, Integer::sum);
                out.println(file + ": " + describe(result));
                for (String what : result.missing()) missing.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
                for (String what : result.created()) created.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
                if (post.terms().unnamedTerms()) unnamedTerms.add(file);
                if (!dryRun) save(record, file);
            } catch (WpException e) {
                err.println("error: " + file + ": " + describe(e));
                failed++;
            } catch (PushException e) {
                err.println("error: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                err.println("error: " + file + ": " + new Unexpected(err, main != null && main.debug).report(e));
                failed++;
            }
        }
        reportTerms(target, missing, created, unnamedTerms);
        out.println((dryRun ? "dry run, nothing changed on " : "pushed to ") + target.root() + ": "
                + (dryRun ? "would create " : "") + counts.getOrDefault(Publisher.Action.CREATED, 0)
                + (dryRun ? ", would update " : " created, ") + counts.getOrDefault(Publisher.Action.UPDATED, 0)
                + (dryRun ? ", " : " updated, ") + counts.getOrDefault(Publisher.Action.UNCHANGED, 0) + " unchanged, "
                + failed + " failed (of " + files.size() + ")");
        return failed == 0 ? 0 : 1;
    }

    /**
     * Reads every body and its folder's record, then has the publisher fetch their target posts in batches; returns
     * the bodies read. A body or record that cannot be read is left for the push loop, which reports it.
     */
    private static Map<Path, MergedPost> prefetch(Publisher publisher, List<Path> files, Map<Path, PushRecord> records) {
        Map<Path, MergedPost> read = new HashMap<>();
        List<MergedPost> posts = new ArrayList<>();
        List<PushRecord> postRecords = new ArrayList<>();
        for (Path file : files) {
            try {
                MergedPost post = MergedPost.read(file);
                PushRecord record = record(file, records);
                read.put(file, post);
                posts.add(post);
                postRecords.add(record);
            } catch (PushException | RuntimeException e) {
                // reported when its turn comes
            }
        }
        publisher.prefetch(posts, postRecords);
        return read;
    }

    /** The record of the file's folder, loaded once. */
    private static PushRecord record(Path file, Map<Path, PushRecord> records) throws PushException {
        Path folder = file.toAbsolutePath().getParent();
        PushRecord record = records.get(folder);
        if (record == null) {
            record = PushRecord.load(folder);
            records.put(folder, record);
        }
        return record;
    }

    private static void save(PushRecord record, Path file) throws PushException {
        try {
            record.save();
        } catch (IOException e) {
            throw new PushException(file + ": pushed, but " + record.file() + " could not be written (" + e.getMessage()
                    + "): the next push finds the post by its slug");
        }
    }

    private static String describe(Publisher.Result result) {
        String id = result.id() > 0 ? " (id " + result.id() + ")" : "";
        String link = result.link() == null ? "" : " " + result.link();
        if (result.request() != null) {
            return (result.action() == Publisher.Action.CREATED ? "would create: " : "would update" + id + ": ") + result.request();
        }
        return result.action().name().toLowerCase() + id + link;
    }

    /**
     * Once per term or image, not once per post: what was left out (and how to have it), what was created, and the
     * posts whose terms push could not tell.
     */
    private void reportTerms(WpSite target, Map<String, List<Path>> missing, Map<String, List<Path>> created,
                             List<Path> unnamedTerms) {
        String site = target.home() != null ? target.home() : target.root().toString();
        missing.forEach((what, files) -> err.println("warning: " + what + " is not on " + site + ": left out of "
                + files.size() + " post(s) (" + names(files) + ")"));
        if (!missing.isEmpty()) {
            err.println("note: create what is missing on " + site + " with the same slugs (terms with their"
                    + " translated names; images in its media library), or push with --create-terms for the terms; the"
                    + " next push adds them to the posts (it never removes a term or image set there)");
        }
        created.forEach((what, files) -> out.println((dryRun ? "would create " : "created ") + what + " on "
                + site + " for " + files.size() + " post(s): translate its name there"));
        if (!unnamedTerms.isEmpty()) {
            err.println("warning: " + unnamedTerms.size() + " post(s) list categories or tags by the source site's ids"
                    + " only (" + names(unnamedTerms) + "): pulled before pull embedded their terms; pull again, export"
                    + " and merge (export --tm reuses the translations), then push, to file them under the same terms");
        }
    }

    /** The first few file names, for a one-line message. */
    private static String names(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, files.size()); i++) names.add(files.get(i).getFileName().toString());
        return String.join(", ", names) + (files.size() > 3 ? ", …" : "");
    }

    /** The client's message, with the URL when it does not name it already (never with credentials: WpException's URL has none). */
    private static String describe(WpException e) {
        String message = e.getMessage() == null ? "request failed" : e.getMessage();
        if (e.url() != null && !message.contains(e.url().toString())) message = e.url() + ": " + message;
        return message;
    }
}
