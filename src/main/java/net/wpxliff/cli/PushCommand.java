package net.wpxliff.cli;

import net.wpxliff.push.MergedPost;
import net.wpxliff.push.MenuPush;
import net.wpxliff.push.MergedMenu;
import net.wpxliff.push.MergedTerms;
import net.wpxliff.push.MergedWidgets;
import net.wpxliff.push.MergedPosts;
import net.wpxliff.push.MergedSettings;
import net.wpxliff.push.Publisher;
import net.wpxliff.push.PushException;
import net.wpxliff.push.PushLanes;
import net.wpxliff.push.PushWaves;
import net.wpxliff.push.PushRecord;
import net.wpxliff.push.SettingsPush;
import net.wpxliff.push.TermPush;
import net.wpxliff.push.ThemeTemplatePush;
import net.wpxliff.push.UnrecordedTargets;
import net.wpxliff.push.WidgetPush;
import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.SiteAddress;
import net.wpxliff.wp.WpSite;
import net.wpxliff.pull.PostFetcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code wpxliff push}: publishes merged posts through the REST API of the site where the translation lives. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Creates or updates the translated posts (the <slug>.<target>.post.json merge writes, with the"
                + " .json beside it) on the target site: the post pushed before (recorded in .wpxliff-push.json beside"
                + " the merged files, else the same slug there) is updated, or left alone when its raw title, content"
                + " and excerpt already equal the body; otherwise a new post is made (a draft unless --status says"
                + " otherwise). Its categories, tags, featured image and parent page are found on the target site by"
                + " slug (the parent by the record) and only ever added; the synced patterns and navigation menus it"
                + " shows by id are pushed first and shown by their Korean ids. Credentials: WPXLIFF_USER and"
                + " WPXLIFF_APP_PASSWORD, or --auth-file.")
final class PushCommand implements Callable<Integer> {
    private final PrintWriter out = TerminalWriter.on(System.out);
    private final PrintWriter err = TerminalWriter.on(System.err);

    @Parameters(paramLabel = "MERGED", arity = "1..*", description = "Merged post bodies (<slug>.ko.post.json) and"
            + " templates and template parts (template-<slug>.ko.template.json, template-part-<slug>.ko.template-part.json), classic menus (menu-<slug>.ko.menu.json),"
            + " taxonomy terms (terms-<taxonomy>.ko.terms.json, pushed before the posts), sidebar widgets (widgets.ko.widgets.json) and site settings bodies (settings.ko.settings.json: the site title and tagline), set after the posts (an"
            + " administrator's), or directories of them.")
    List<Path> inputs;

    @Option(names = "--site", paramLabel = "URL", required = true,
            description = "The target site (e.g. https://site.example/ko/) or its REST root (…/wp-json/).")
    String site;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "File with lines user=NAME and password=APPLICATION-PASSWORD, readable by its owner only (chmod 600)."
                    + " Default: the environment variables WPXLIFF_USER and WPXLIFF_APP_PASSWORD.")
    Path authFile;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Status to give the posts (draft, publish, pending, private…). Default: new posts are drafts"
                    + " (new synced patterns and menus take their source's status), existing ones keep theirs.")
    String status;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "Extra parameter for every request (query of each GET, member of each POSTed body), e.g."
                    + " --param lang=ko for Polylang.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print each request push would make (method, URL, fields, size); change nothing.")
    boolean dryRun;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "4",
            description = "How many posts to push at once (default: ${DEFAULT-VALUE}; 1 to 16, 1 for one after another):"
                    + " WordPress takes about a second to save a post. Bodies that may reach the same target post (the"
                    + " same slug or recorded post) are always pushed one after another, in order.")
    int connections;

    @Option(names = "--create-terms", description = "Create the categories, tags and other terms the target site lacks,"
            + " with the source site's slugs and names (translated when export's --config translated the taxonomy;"
            + " else translate them there). Default: a term the target site lacks is left out and named.")
    boolean createTerms;

    @Option(names = "--copy-images", description = "Copy each featured image the target site lacks from the source site"
            + " into the target's media library (under the same slug), and set it. Default: it is left out and named.")
    boolean copyImages;

    @Option(names = "--overwrite-edits", description = "Update a post even where an editor changed its title, content or"
            + " excerpt on the target site since push last wrote it (WordPress keeps the edited text as a revision)."
            + " Default: such a post is not pushed, and named.")
    boolean overwriteEdits;

    @Option(names = "--replace-unrecorded", description = "Update a post found by its slug that the push record does not"
            + " know (a translation made there by hand before wpxliff, or the record was lost) even where its text"
            + " differs from the translation (WordPress keeps it as a revision), add a menu's items to a menu of"
            + " the same slug there that the record does not know, replace a template or part saved there, a term's name"
            + " or description and the site title or tagline that the record does not know (when they are neither empty,"
            + " the English text nor WordPress's default), and move the widgets the record does not know out of a sidebar"
            + " the translations fill (to the Inactive Widgets). Default: such a post, menu, template, term, setting or"
            + " sidebar is not pushed, and named.")
    boolean replaceUnrecorded;

    @picocli.CommandLine.ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (connections < 1 || connections > PostFetcher.MAX_CONNECTIONS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--connections " + connections + ": give 1 to "
                    + PostFetcher.MAX_CONNECTIONS + " (1 pushes one post after another)");
        }
        List<Path> files;
        List<Path> settingsFiles;
        List<Path> menuFiles;
        List<Path> widgetFiles;
        List<Path> termFiles;
        List<Path> templateFiles;
        Credentials credentials;
        WpSite target;
        try {
            MergedPosts.Found found = MergedPosts.expand(inputs);
            files = found.posts();
            menuFiles = found.menus();
            widgetFiles = found.widgets();
            termFiles = found.terms();
            templateFiles = found.templates();
            settingsFiles = found.settings();
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
            String wrongSite = SiteAddress.mismatch(site, target.home(), target.siteUrl(), "--site " + site, "the translations go to");
            if (wrongSite != null) {
                err.println("error: " + wrongSite);
                return 1;
            }
            target.get("/wp/v2/users/me", Map.of("context", "edit")); // bad credentials: one clear error, before any post
        } catch (WpException e) {
            err.println("error: " + describe(e));
            return 1;
        }
        UnrecordedTargets unrecorded = new UnrecordedTargets(replaceUnrecorded, dryRun);
        Publisher publisher = new Publisher(target, credentials, new Publisher.Options(status, params, dryRun, createTerms,
                copyImages, overwriteEdits), unrecorded);
        Map<Path, PushRecord> records = new HashMap<>();
        Tally tally = new Tally(unrecorded);
        // the terms first: the posts find theirs there by slug
        tally.failed += pushTerms(new TermPush(target, params, dryRun, overwriteEdits, unrecorded), termFiles, records, tally.counts,
                publisher);
        List<MergedPost> prefetched = prefetch(publisher, files, records);
        NewestTranslations.Choice choice = NewestTranslations.of(prefetched, err);
        tally.failed += choice.refused();
        pushInLanes(publisher, choice.kept().stream().map(files::get).toList(),
                choice.kept().stream().map(prefetched::get).toList(), records, tally);
        tally.failed += relink(publisher, tally, records);
        tally.failed += attachParents(publisher, tally.parentPending);
        tally.failed += pushTemplates(new ThemeTemplatePush(target, params, dryRun, overwriteEdits, unrecorded), templateFiles,
                records, tally);
        tally.failed += pushMenus(new MenuPush(target, params, dryRun, overwriteEdits, unrecorded), menuFiles, records, tally);
        tally.failed += pushWidgets(new WidgetPush(target, params, dryRun, overwriteEdits, pushedBeforeWidgets(prefetched, menuFiles),
                unrecorded), widgetFiles,
                records, tally.counts);
        tally.failed += pushSettings(new SettingsPush(target, dryRun, overwriteEdits, unrecorded), settingsFiles, records,
                tally);
        tally.report.print(out, err, target.home() != null ? target.home() : target.root().toString(), dryRun,
                createTerms, copyImages);
        out.println((dryRun ? "dry run, nothing changed on " : "pushed to ") + target.root() + ": "
                + (dryRun ? "would create " : "") + tally.counts.getOrDefault(Publisher.Action.CREATED, 0)
                + (dryRun ? ", would update " : " created, ") + tally.counts.getOrDefault(Publisher.Action.UPDATED, 0)
                + (dryRun ? ", " : " updated, ") + tally.counts.getOrDefault(Publisher.Action.UNCHANGED, 0) + " unchanged, "
                + tally.failed + " failed (of " + (files.size() + templateFiles.size() + menuFiles.size() + widgetFiles.size() + settingsFiles.size()
                + termFiles.size()) + ")");
        return tally.failed == 0 ? 0 : 1;
    }

    /** What the posts' outcomes add up to, each said as it is taken (in input order). */
    private final class Tally {
        final Map<Publisher.Action, Integer> counts = new EnumMap<>(Publisher.Action.class);
        final PushReport report;
        final List<Outcome> parentPending = new ArrayList<>();
        final List<Outcome> linksPending = new ArrayList<>();
        int failed;

        Tally(UnrecordedTargets unrecorded) {
            report = new PushReport(unrecorded);
        }

        void take(Path file, Outcome outcome) {
            outcome.messages().forEach(err::println);
            if (outcome.result() == null) {
                failed++;
                return;
            }
            Publisher.Result result = outcome.result();
            counts.merge(result.action(), 1, Integer::sum);
            out.println(file + ": " + describe(result));
            report.add(file, outcome.post(), result);
            if (result.parentPending() && !dryRun) parentPending.add(outcome);
            if (!result.references().pending().isEmpty() && !dryRun) linksPending.add(outcome);
            if (outcome.saveFailure() != null) {
                err.println("error: " + outcome.saveFailure());
                failed++;
            }
        }
    }

    /**
     * One post's push: its result (null when it failed), the lines to print on stderr before its line (its error,
     * after the stack trace under --debug), and a failure to save the record after it was pushed.
     */
    private record Outcome(Publisher.Result result, MergedPost post, PushRecord record, String saveFailure,
                           List<String> messages) {
    }

    /**
     * Pushes the posts {@code --connections} at a time, in lanes ({@link PushLanes}: bodies that may reach the same
     * target post go one after another, in order), and hands each outcome to the tally in the files' order as soon as
     * every earlier one is in.
     */
    private void pushInLanes(Publisher publisher, List<Path> files, List<MergedPost> read, Map<Path, PushRecord> records,
                             Tally tally) {
        List<Long> recorded = new ArrayList<>();
        List<PushRecord.Key> keys = new ArrayList<>();
        List<List<PushRecord.Key>> referenced = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MergedPost post = read.get(i);
            PushRecord record = post == null ? null : records.get(folder(files.get(i)));
            keys.add(post == null ? null : publisher.key(post));
            recorded.add(record == null ? null : record.targetId(keys.get(i)));
            referenced.add(post == null ? List.of() : publisher.referencedKeys(post));
        }
        Outcome[] outcomes = new Outcome[files.size()];
        int[] next = {0};
        // synced patterns and menus first, then the posts that show them (see PushWaves); usually one wave
        for (List<List<Integer>> wave : PushWaves.of(PushLanes.of(read, recorded), keys, referenced)) {
            InOrder.run(wave, connections, lane -> {
                List<Outcome> pushed = new ArrayList<>();
                for (int i : lane) pushed.add(pushOne(publisher, files.get(i), read.get(i), records));
                return pushed;
            }, done -> {
                if (done.failure() != null) throw new IllegalStateException(done.failure()); // pushOne reports its own
                for (int k = 0; k < done.input().size(); k++) outcomes[done.input().get(k)] = done.result().get(k);
                while (next[0] < outcomes.length && outcomes[next[0]] != null) {
                    tally.take(files.get(next[0]), outcomes[next[0]++]);
                }
            });
        }
    }

    private Outcome pushOne(Publisher publisher, Path file, MergedPost read, Map<Path, PushRecord> records) {
        StringWriter trace = new StringWriter();
        try {
            MergedPost post = read != null ? read : MergedPost.read(file);
            PushRecord record = record(file, records);
            Publisher.Result result = publisher.push(post, record);
            String saveFailure = null;
            if (!dryRun) {
                try {
                    save(record, file);
                } catch (PushException e) {
                    saveFailure = e.getMessage();
                }
            }
            return new Outcome(result, post, record, saveFailure, List.of());
        } catch (WpException e) {
            return failure("error: " + file + ": " + describe(e));
        } catch (PushException e) {
            return failure("error: " + e.getMessage());
        } catch (RuntimeException e) {
            String message = new Unexpected(new PrintWriter(trace), main != null && main.debug).report(e);
            List<String> lines = new ArrayList<>(trace.toString().lines().toList()); // the stack trace, under --debug
            lines.add("error: " + file + ": " + message);
            return new Outcome(null, null, null, null, lines);
        }
    }

    private static Outcome failure(String message) {
        return new Outcome(null, null, null, null, List.of(message));
    }

    /**
     * Reads every body and its folder's record, then has the publisher fetch their target posts in batches; returns
     * the bodies read, in the files' order (null for one that cannot be read, which its push then reports).
     */
    private static List<MergedPost> prefetch(Publisher publisher, List<Path> files, Map<Path, PushRecord> records) {
        List<MergedPost> read = new ArrayList<>();
        List<MergedPost> posts = new ArrayList<>();
        List<PushRecord> postRecords = new ArrayList<>();
        for (Path file : files) {
            try {
                MergedPost post = MergedPost.read(file);
                PushRecord record = record(file, records);
                read.add(post);
                posts.add(post);
                postRecords.add(record);
            } catch (PushException | RuntimeException e) {
                read.add(null); // reported when its turn comes
            }
        }
        publisher.prefetch(posts, postRecords);
        return read;
    }

    /** The posts and menus this run pushes before the widgets, as {@link WidgetPush} names them. */
    private static Set<String> pushedBeforeWidgets(List<MergedPost> posts, List<Path> menuFiles) {
        Set<String> pushed = new HashSet<>();
        for (MergedPost post : posts) if (post != null) pushed.add(WidgetPush.pushed(post.type(), post.sourceId()));
        for (Path file : menuFiles) {
            try {
                pushed.add(WidgetPush.pushed(MenuPush.MENU_TYPE, Long.toString(MergedMenu.read(file).sourceId())));
            } catch (PushException e) {
                // reported when the menu's turn comes
            }
        }
        return pushed;
    }

    private static Path folder(Path file) {
        return file.toAbsolutePath().getParent();
    }

    /** The record of the file's folder, loaded once. */
    private static PushRecord record(Path file, Map<Path, PushRecord> records) throws PushException {
        synchronized (records) {
            Path folder = folder(file);
            PushRecord record = records.get(folder);
            if (record == null) {
                record = PushRecord.load(folder);
                records.put(folder, record);
            }
            return record;
        }
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
     * Menus (and posts with menu links) pushed before the posts their links go to, in this run: pushed again now that
     * those are there, so that WordPress shows the links. The number of failures.
     */
    private int relink(Publisher publisher, Tally tally, Map<Path, PushRecord> records) {
        int set = 0, failed = 0;
        for (Outcome first : tally.linksPending) {
            Path file = first.post().bodyFile();
            Outcome again = pushOne(publisher, file, first.post(), records);
            again.messages().forEach(err::println);
            if (again.result() == null || again.saveFailure() != null) {
                if (again.saveFailure() != null) err.println("error: " + again.saveFailure());
                failed++;
                continue;
            }
            tally.report.addRelinked(file, again.result());
            set++;
        }
        if (set > 0) out.println("set the links of " + set + " menu(s) and post(s) pushed before the posts they link to");
        return failed;
    }

    /**
     * Pages pushed before their parent pages (at the same time, or the parent later in the input) get their parent now
     * that it is pushed; those whose parent was not pushed at all are named. The number of failures.
     */
    private int attachParents(Publisher publisher, List<Outcome> pending) {
        int set = 0, failed = 0;
        List<Path> orphans = new ArrayList<>();
        for (Outcome outcome : pending) {
            Path file = outcome.post().bodyFile();
            try {
                if (publisher.attachParent(outcome.post(), outcome.record(), outcome.result().id())) set++;
                else orphans.add(file);
            } catch (WpException e) {
                err.println("error: " + file + ": setting its parent page: " + describe(e));
                failed++;
            } catch (PushException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        if (set > 0) out.println("set the parent page of " + set + " page(s) pushed before their parents");
        if (!orphans.isEmpty()) {
            err.println("warning: " + orphans.size() + " page(s) have a parent page that is not pushed (" + PushReport.names(orphans)
                    + "): they are at the top level of the target site, and links to them by their nested address break;"
                    + " push their parents too (the next push of these pages then moves them under them)");
        }
        return failed;
    }

    /**
     * Makes or updates each classic menu, after the posts (its items link to their translations). The number of
     * failures.
     */
    private int pushMenus(MenuPush menus, List<Path> menuFiles, Map<Path, PushRecord> records, Tally tally) {
        return eachFile(menuFiles, file -> {
            PushRecord record = record(file, records);
            MenuPush.Result result = menus.push(MergedMenu.read(file), record);
            // a file with items held back is counted as failed only (QA: "147 unchanged, 6 failed (of 150)")
            if (result.editedOnSite().isEmpty()) tally.counts.merge(result.action(), 1, Integer::sum);
            if (!result.overwritten().isEmpty()) {
                tally.report.overwrote(PushReport.Overwritten.MENU_ITEMS, file.getFileName() + ": "
                        + String.join(", ", result.overwritten()));
            }
            String would = dryRun ? "would be " : "";
            out.println(file + ": " + outcome(result.action()) + " (menu"
                    + (result.targetId() > 0 ? " " + result.targetId() : "") + ": " + result.created() + " item(s) "
                    + would + "added, " + result.updated() + " " + would + "updated, " + result.deleted() + " "
                    + would + "deleted)");
            if (!result.leftOut().isEmpty()) {
                err.println("warning: " + file + ": " + result.leftOut().size() + " item(s) link to what has no"
                        + " translation on " + site + " (" + String.join(", ", result.leftOut()) + "): left out of the"
                        + " menu; push their translations, then the menu again");
            }
            noteKept(file, result.keptThere(), "menu item(s)", "link, order, target or parent");
            if (!dryRun) save(record, file);
            failOnEdits(file, result.editedOnSite(), "menu item(s)", "the menu's other items were pushed");
        });
    }

    /**
     * Puts each body's translated widgets in the target's sidebars, after the menus (a navigation menu widget shows the
     * translated menu). The number of failures.
     */
    private int pushWidgets(WidgetPush push, List<Path> widgetFiles, Map<Path, PushRecord> records,
                            Map<Publisher.Action, Integer> counts) {
        return eachFile(widgetFiles, file -> {
            PushRecord record = record(file, records);
            WidgetPush.Result result = push.push(MergedWidgets.read(file), record);
            // a file with items held back is counted as failed only (QA: "147 unchanged, 6 failed (of 150)")
            if (result.editedOnSite().isEmpty() && result.unrecorded() == null) counts.merge(result.action(), 1, Integer::sum);
            String would = dryRun ? "would be " : "";
            out.println(file + ": " + outcome(result.action()) + " (widgets: " + result.created() + " "
                    + would + "added, " + result.updated() + " " + would + "updated, " + result.deleted() + " " + would
                    + "deleted)");
            if (!result.leftOut().isEmpty()) {
                err.println("warning: " + file + ": " + result.leftOut().size() + " widget(s) left out on " + site + ": "
                        + String.join("; ", result.leftOut()));
            }
            if (!result.othersKept().isEmpty()) {
                out.println("note: " + file + ": " + result.othersKept().size() + " widget(s) on " + site + " were not"
                        + " made by push (" + String.join(", ", result.othersKept()) + "): kept after the translated ones;"
                        + " remove them there if the translations replace them");
            }
            noteKept(file, result.keptThere(), "Navigation Menu widget(s)", "menu");
            if (!dryRun) save(record, file);
            failOnHeldBack(result.unrecorded(), file, result.editedOnSite(), "widget(s)", "the other widgets were pushed");
        });
    }

    /**
     * Names the menu items, widgets or terms that keep what an editor set on the target site since push wrote them (a
     * link, an order, a parent, a menu: {@code fields}) rather than the translation's, their text pushed as translated:
     * such a choice is the Korean site's own, which the translation cannot carry ({@code PushedStructure}).
     */
    private void noteKept(Path file, List<String> kept, String what, String fields) {
        if (kept.isEmpty()) return;
        out.println("note: " + file + ": " + kept.size() + " " + what + " on " + site + (dryRun ? " would keep" : " keep")
                + " the " + fields + " an editor set there since wpxliff last pushed them, not the translation's: "
                + String.join("; ", kept) + "; their translated text is pushed as usual. Push with --overwrite-edits to"
                + " set the translation's");
    }

    /**
     * Fails a file some of whose terms, menu items or widgets were held back because editors changed their text on the
     * target site since push wrote it (the others went on).
     */
    private void failOnEdits(Path file, List<String> edited, String what, String othersPushed) throws PushException {
        if (edited.isEmpty()) return;
        throw new PushException(file + ": " + edited.size() + " " + what + " on " + site + " were edited there since"
                + " wpxliff last pushed them, and pushing would overwrite those edits: " + String.join("; ", edited)
                + ". Carry the edits into the translation and merge again, or push with --overwrite-edits; "
                + (dryRun ? othersPushed.replace(" were pushed", " would be pushed") : othersPushed));
    }

    /**
     * Fails a file some of whose items were held back: found there without a record entry ({@code unrecorded}, said by
     * {@link UnrecordedTargets}), or changed there since push wrote them (said by {@link #failOnEdits}); both are said.
     */
    private void failOnHeldBack(PushException unrecorded, Path file, List<String> edited, String what, String othersPushed)
            throws PushException {
        if (unrecorded != null && !edited.isEmpty()) err.println("error: " + unrecorded.getMessage());
        failOnEdits(file, edited, what, othersPushed);
        if (unrecorded != null) throw unrecorded;
    }

    /** Makes or updates each taxonomy's translated terms, before the posts. The number of failures. */
    private int pushTerms(TermPush push, List<Path> termFiles, Map<Path, PushRecord> records,
                          Map<Publisher.Action, Integer> counts, Publisher publisher) {
        return eachFile(termFiles, file -> {
            PushRecord record = record(file, records);
            TermPush.Result result;
            try {
                result = push.push(MergedTerms.read(file), record);
            } finally {
                if (!dryRun) save(record, file); // the terms pushed before a failure stay recorded
            }
            result.placed().forEach(publisher::knownTerm); // the posts file under these, whatever their slug there
            // a file with items held back is counted as failed only (QA: "147 unchanged, 6 failed (of 150)")
            if (result.editedOnSite().isEmpty() && result.unrecorded() == null) counts.merge(result.action(), 1, Integer::sum);
            String would = dryRun ? "would be " : "";
            out.println(file + ": " + outcome(result.action()) + " (terms: " + result.created() + " "
                    + would + "added, " + result.updated() + " " + would + "updated, " + result.unchanged() + " as they were)");
            if (!result.leftOut().isEmpty()) {
                err.println("warning: " + file + ": " + result.leftOut().size() + " term(s) left out on " + site + ": "
                        + String.join("; ", result.leftOut()));
            }
            noteKept(file, result.keptThere(), "term(s)", "parent");
            failOnHeldBack(result.unrecorded(), file, result.editedOnSite(), "term(s)", "the other terms were pushed");
        });
    }

    /** Saves each translated template and template part by its id, after the posts. The number of failures. */
    private int pushTemplates(ThemeTemplatePush push, List<Path> templateFiles, Map<Path, PushRecord> records, Tally tally) {
        return eachFile(templateFiles, file -> {
            PushRecord record = record(file, records);
            ThemeTemplatePush.Result result = push.push(file, record);
            tally.counts.merge(result.action(), 1, Integer::sum);
            if (result.overwritten()) {
                tally.report.overwrote(PushReport.Overwritten.TEMPLATES, file.getFileName() + " (" + result.id() + ")");
            }
            out.println(file + ": " + outcome(result.action()) + " (" + result.kind().what() + " " + result.id() + ")");
            if (!dryRun) save(record, file);
        });
    }

    /** Sets the target site's title and tagline from each settings body, after the posts. The number of failures. */
    private int pushSettings(SettingsPush push, List<Path> settingsFiles, Map<Path, PushRecord> records, Tally tally) {
        return eachFile(settingsFiles, file -> {
            PushRecord record = record(file, records);
            SettingsPush.Result result = push.push(MergedSettings.read(file), record);
            if (!dryRun) save(record, file);
            tally.counts.merge(result.action(), 1, Integer::sum);
            if (!result.overwritten().isEmpty()) {
                tally.report.overwrote(PushReport.Overwritten.SETTINGS, file.getFileName() + " ("
                        + String.join(", ", result.overwritten()) + ")");
            }
            out.println(file + ": " + (result.request() != null ? "would update: " + result.request()
                    : result.action() == Publisher.Action.UNCHANGED ? "unchanged (site title and tagline)"
                    : "updated (site title and tagline)"));
        });
    }

    /** What became of one body: {@code unchanged}, {@code created}, {@code updated}; on a dry run {@code would be created}, …. */
    private String outcome(Publisher.Action action) {
        return action == Publisher.Action.UNCHANGED ? "unchanged" : (dryRun ? "would be " : "") + action.name().toLowerCase(Locale.ROOT);
    }

    /** What is pushed of one body file. */
    private interface FilePush {
        void push(Path file) throws WpException, PushException;
    }

    /** Pushes each file, saying each failure with its file; the number of failures. */
    private int eachFile(List<Path> files, FilePush push) {
        int failed = 0;
        for (Path file : files) {
            try {
                push.push(file);
            } catch (WpException e) {
                err.println("error: " + file + ": " + describe(e));
                failed++;
            } catch (PushException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        return failed;
    }

    /** The client's message, with the URL when it does not name it already (never with credentials: WpException's URL has none). */
    private static String describe(WpException e) {
        String message = e.getMessage() == null ? "request failed" : e.getMessage();
        if (e.url() != null && !message.contains(e.url().toString())) message = e.url() + ": " + message;
        return message;
    }
}
