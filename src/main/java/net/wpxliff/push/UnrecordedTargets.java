package net.wpxliff.push;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What push found on the target site that the push record does not know, and whose text the translation would replace
 * (or whose items it would add beside): a post or term found by its slug, a menu holding items, a template saved there,
 * the site title, a sidebar holding widgets. Without the record, nothing tells what an editor made or changed there
 * from what an earlier push wrote (the record deleted with its merged folder, a folder merged afresh, a site adopting
 * wpxliff), so each is refused, named, unless {@code --replace-unrecorded}; this one place decides that and words it,
 * and gathers what the flag let through for the note that closes the run. Shared by the pushes of one run (posts are
 * pushed several at a time).
 */
public final class UnrecordedTargets {
    /** How every refusal and note says why the target is not known. */
    static final String NOT_IN_RECORD = "not in the push record (made there before wpxliff pushed, or the record was lost)";

    /** The ways out of a refusal besides the flag. */
    static final String RESTORE_RECORD = "Restore the record (" + PushRecord.FILE_NAME + " beside the merged files) if it"
            + " was lost";
    static final String PUSH_FROM_RECORDED = "Push from the merged folder whose " + PushRecord.FILE_NAME + " names it";

    /**
     * The kinds of target, each with the words of its closing note: {@code N <noun> on SITE were <found>, not in the push
     * record (…), and <done> by the translation: <names>; <kept>}.
     */
    public enum Kind {
        POST("post(s)", "found by their slug", "their text", "was", "replaced by the translation",
                "WordPress keeps the text they had as a revision"),
        TERM("term(s)", "found by their slug", "their name or description", "was", "replaced by the translation",
                "WordPress keeps no earlier version of a term"),
        MENU("menu(s)", "found by their slug", "the translated items", "were", "added beside the items they held",
                "remove there those the translations replace"),
        TEMPLATE("template(s) or part(s)", "saved there", "their content", "was", "replaced by the translation",
                "their revisions on the site keep the content they had"),
        SETTINGS("site setting(s)", "set there", "they", "were", "replaced by the translation",
                "WordPress keeps no earlier version of them"),
        WIDGET("widget(s)", "in the sidebars there", "they", "were", "moved to the Inactive Widgets to make room for the"
                + " translations", "an administrator can put them back from there (Appearance → Widgets)");

        private final String noun, found, subject, past, done, kept;

        Kind(String noun, String found, String subject, String past, String done, String kept) {
            this.noun = noun;
            this.found = found;
            this.subject = subject;
            this.past = past;
            this.done = done;
            this.kept = kept;
        }
    }

    private final boolean replace;
    private final boolean dryRun;
    private final Map<Kind, List<String>> replaced = new EnumMap<>(Kind.class);

    /** @param replace whether {@code --replace-unrecorded} was given */
    public UnrecordedTargets(boolean replace, boolean dryRun) {
        this.replace = replace;
        this.dryRun = dryRun;
    }

    /** Whether the translation may replace what the record does not know ({@code --replace-unrecorded}). */
    public boolean replaces() {
        return replace;
    }

    /**
     * Lets the replacement through when the flag allows it, else refuses it.
     *
     * @see #refusal
     */
    void permit(Path file, String what, String found, String risk, String restore, String flag) throws PushException {
        if (!replace) throw refusal(file, what, found, risk, restore, flag, "");
    }

    /**
     * The refusal of a target the record does not know: {@code FILE: WHAT FOUND: pushing would RISK. RESTORE, or push
     * with --replace-unrecorded FLAG; OTHERS}.
     *
     * @param what    the target and the site ({@code post 7 on https://…/wp-json/ (link)})
     * @param found   how push found it and what is there, saying it is {@link #NOT_IN_RECORD}
     * @param risk    what pushing would do to it ({@code replace it})
     * @param restore the way out through the record ({@link #RESTORE_RECORD}, {@link #PUSH_FROM_RECORDED})
     * @param flag    what the flag then does ({@code to replace the text}), or ""
     * @param others  what of the file was pushed all the same ({@code the other terms were pushed}), or ""
     */
    PushException refusal(Path file, String what, String found, String risk, String restore, String flag, String others) {
        return new PushException(file + ": " + what + " " + found + ": pushing would " + risk + ". " + restore + ", or push"
                + " with --replace-unrecorded" + (flag.isEmpty() ? "" : " " + flag)
                + (others.isEmpty() ? "" : "; " + (dryRun ? others.replace(" were pushed", " would be pushed")
                .replace(" was pushed", " would be pushed") : others)));
    }

    /** Notes one target the flag let the translation replace (or would, on a dry run), for the closing note. */
    public synchronized void replaced(Kind kind, String name) {
        replaced.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }

    /** The closing notes, one per kind: what the flag let the translations replace there (or would). */
    public synchronized void printNotes(PrintWriter err, String site) {
        replaced.forEach((kind, names) -> err.println("note: " + names.size() + " " + kind.noun + " on " + site + " were "
                + kind.found + ", " + NOT_IN_RECORD + ", and " + kind.subject + " " + (dryRun ? "would be" : kind.past) + " "
                + kind.done + ": " + String.join(", ", names) + "; " + kind.kept + ". From now on the record tells edits"
                + " made there apart (see --overwrite-edits)"));
    }
}
