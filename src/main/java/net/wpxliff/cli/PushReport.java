package net.wpxliff.cli;

import net.wpxliff.push.MergedPost;
import net.wpxliff.push.Publisher;
import net.wpxliff.push.UnrecordedTargets;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What push says once per run rather than once per post: each term or image the target site lacks (with the posts
 * it was left out of and how to have it), each term created and image copied, each synced pattern or menu shown
 * but not published, the posts whose terms push could not tell, what the push record did not know that
 * {@code --replace-unrecorded} let the translations replace ({@link UnrecordedTargets}), and the posts whose edits made
 * there it overwrote as {@code --overwrite-edits} allowed.
 */
final class PushReport {
    private final Map<String, List<Path>> missing = new LinkedHashMap<>();
    private final Map<String, List<Path>> created = new LinkedHashMap<>();
    private final Map<String, List<Path>> copied = new LinkedHashMap<>();
    private final List<Path> unnamedTerms = new ArrayList<>();
    private final Map<String, List<Path>> unpublished = new LinkedHashMap<>();
    private final Map<String, List<Path>> dangling = new LinkedHashMap<>();
    private final Map<String, List<Path>> unlinked = new LinkedHashMap<>();
    private final Map<String, List<Path>> unlisted = new LinkedHashMap<>();
    private final List<String> overwritten = new ArrayList<>();
    private final Map<Overwritten, List<String>> overwrittenElsewhere = new java.util.EnumMap<>(Overwritten.class);

    /**
     * What else than posts {@code --overwrite-edits} can let the translation replace where an editor changed it there:
     * how the closing note counts them, what was changed there, and what WordPress keeps of the edited version.
     */
    enum Overwritten {
        MENU_ITEMS("menu item(s)", "text, links or places", "WordPress keeps no earlier version of a menu item"),
        SETTINGS("site title(s) and tagline(s)", "text", "WordPress keeps no earlier version of them"),
        TEMPLATES("template(s) or part(s)", "content (in the site editor)", "their revisions on the site keep the edited"
                + " content");

        final String counted, changed, kept;

        Overwritten(String counted, String changed, String kept) {
            this.counted = counted;
            this.changed = changed;
            this.kept = kept;
        }
    }
    /** The posts found by slug whose text the translation replaced are said with the other targets the record did not know. */
    private final UnrecordedTargets unrecorded;

    PushReport(UnrecordedTargets unrecorded) {
        this.unrecorded = unrecorded;
    }

    /** Notes one pushed post. */
    void add(Path file, MergedPost post, Publisher.Result result) {
        for (String what : result.missing()) missing.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.created()) created.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.copied()) copied.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.references().unpublished()) unpublished.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.references().dangling()) dangling.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.references().unlinked()) unlinked.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.references().unlisted()) unlisted.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        if (post.terms().unnamedTerms()) unnamedTerms.add(file);
        if (result.adopted()) unrecorded.replaced(UnrecordedTargets.Kind.POST, file.getFileName() + " (post " + result.id() + ")");
        if (!result.overwritten().isEmpty()) {
            overwritten.add(file.getFileName() + " (post " + result.id() + ": " + String.join(", ", result.overwritten()) + ")");
        }
    }

    /** Notes a menu, the settings or a template whose edits there {@code --overwrite-edits} let the translation replace. */
    void overwrote(Overwritten kind, String what) {
        overwrittenElsewhere.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
    }

    /** Notes a post pushed again for its menu links: a link still without its post is said as such. */
    void addRelinked(Path file, Publisher.Result result) {
        for (String what : result.references().pending()) unlinked.computeIfAbsent(what, w -> new ArrayList<>()).add(file);
        for (String what : result.references().unlinked()) {
            List<Path> files = unlinked.computeIfAbsent(what, w -> new ArrayList<>());
            if (!files.contains(file)) files.add(file);
        }
        for (String what : result.references().unlisted()) {
            List<Path> files = unlisted.computeIfAbsent(what, w -> new ArrayList<>());
            if (!files.contains(file)) files.add(file);
        }
    }

    /** What to do about terms and images the target site lacks, without advising the options already given. */
    static String missingAdvice(String site, boolean createTerms, boolean copyImages) {
        // QA: the options already given were advised again after an image's copy failed
        String options = createTerms && copyImages ? "" : ", or push with " + (createTerms ? "" : "--create-terms for"
                + " the terms" + (copyImages ? "" : " and ")) + (copyImages ? "" : "--copy-images for the images");
        return "note: create what is missing on " + site + " with the same slugs (terms with their translated names;"
                + " images in its media library)" + options + "; the next push adds them to the posts (it never removes a"
                + " term or image set there)";
    }

    /**
     * @param site        the target site's address, for the messages
     * @param createTerms whether --create-terms was given (then it is not advised again)
     * @param copyImages  whether --copy-images was given
     */
    void print(PrintWriter out, PrintWriter err, String site, boolean dryRun, boolean createTerms, boolean copyImages) {
        missing.forEach((what, files) -> err.println("warning: " + what + " is not on " + site + ": left out of "
                + files.size() + " post(s) (" + names(files) + ")"));
        if (missing.keySet().stream().anyMatch(what -> what.startsWith("page template "))) {
            err.println("note: a page template comes with the site's theme: give " + site + " a theme that has it, or"
                    + " choose a template there (push sets it only on the pages it creates)");
        }
        if (missing.keySet().stream().anyMatch(what -> !what.startsWith("page template "))) {
            err.println(missingAdvice(site, createTerms, copyImages));
        }
        created.forEach((what, files) -> out.println((dryRun ? "would create " : "created ") + what + " on "
                + site + " for " + files.size() + " post(s): translate its name there"));
        copied.forEach((what, files) -> out.println((dryRun ? "would copy " : "copied ") + what + " to " + site + " for "
                + files.size() + " post(s)"));
        unpublished.forEach((what, files) -> err.println("warning: the " + what + " on " + site + " is not published:"
                + " WordPress shows nothing in its place in the " + files.size() + " post(s) showing it (" + names(files)
                + ") until it is; publish it there"));
        dangling.forEach((what, files) -> out.println("note: " + files.size() + " post(s) (" + names(files) + ") show the "
                + what + ", which that site does not have either (deleted): left naming nothing, so their pages show"
                + " nothing there, as the source's do"));
        unlinked.forEach((what, files) -> err.println("warning: the " + what + " has no translation on " + site + ": WordPress"
                + " leaves the menu links to it out of " + files.size() + " menu(s) and post(s) (" + names(files) + ") until"
                + " it has one; push its translation, then these again"));
        unlisted.forEach((what, files) -> err.println("warning: the " + what + " has no translation on " + site + ": the"
                + " post lists that list its children or leave it out (Query Loop parents and exclude, Page List parentPageID) in " + files.size()
                + " post(s) (" + names(files) + ") name no post in its place until it has one; push its translation, then"
                + " these again"));
        unrecorded.printNotes(err, site);
        if (!overwritten.isEmpty()) {
            err.println("note: --overwrite-edits: " + overwritten.size() + " post(s) on " + site + " had text editors changed"
                    + " there since wpxliff last pushed it, which the translation " + (dryRun ? "would replace" : "replaced")
                    + ": " + String.join(", ", overwritten) + "; WordPress keeps the edited text as a revision of each");
        }
        overwrittenElsewhere.forEach((kind, what) -> err.println("note: --overwrite-edits: " + what.size() + " "
                + kind.counted + " on " + site + " had " + kind.changed + " editors changed there since wpxliff last pushed"
                + " them, which the translation " + (dryRun ? "would replace" : "replaced") + ": " + String.join("; ", what)
                + "; " + kind.kept));
        if (!unnamedTerms.isEmpty()) {
            err.println("warning: " + unnamedTerms.size() + " post(s) list categories or tags by the source site's ids"
                    + " only (" + names(unnamedTerms) + "): pulled before pull embedded their terms; pull again, export"
                    + " and merge (export --tm reuses the translations), then push, to file them under the same terms");
        }
    }

    /** The first few file names, for a one-line message. */
    static String names(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, files.size()); i++) names.add(files.get(i).getFileName().toString());
        return String.join(", ", names) + (files.size() > 3 ? ", …" : "");
    }
}
