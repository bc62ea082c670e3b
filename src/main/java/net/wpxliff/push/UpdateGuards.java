package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an update of a post on the target site must not do unless told to, each a refusal that names the post and says
 * what to do: overwrite edits made there since push wrote it ({@link PushedText}), replace the text of a post the push
 * record does not know (found by its slug), or put a translation of an older version of the source back over a newer
 * one. Apart from {@link Publisher}, which sends what these let through.
 */
final class UpdateGuards {
    private final Publisher publisher;
    private final Publisher.Options options;
    private final UnrecordedTargets unrecorded;

    UpdateGuards(Publisher publisher, Publisher.Options options, UnrecordedTargets unrecorded) {
        this.publisher = publisher;
        this.options = options;
        this.unrecorded = unrecorded;
    }

    /**
     * Fails the post when the update would overwrite text an editor changed on the target site since push last wrote it
     * (see {@link PushedText}), unless the options allow it.
     *
     * @param pushed the digests recorded for this target, or null (none recorded: a post found by slug, an older record)
     * @param pushedVersion the source's {@code modified_gmt} when its translation was pushed there, or null
     * @return the fields edited there that the update overwrites, as the options allow (empty when none)
     */
    List<String> refuseOverwritingEdits(MergedPost post, String route, ObjectNode body, JsonNode target,
                                        PushedText pushed, String pushedVersion) throws PushException {
        if (pushed == null) return List.of();
        Map<String, String> overwritten = pushed.overwrittenEdits(Publisher.wanted(body), Publisher.written(target, body));
        List<String> edited = List.copyOf(overwritten.keySet());
        if (overwritten.isEmpty() || options.overwriteEdits()) return edited;
        List<String> blocks = new ArrayList<>();
        overwritten.forEach((field, why) -> {
            if (!why.isEmpty()) blocks.add(field + ": " + why);
        });
        String id = target.path("id").asText();
        throw new PushException(post.bodyFile() + ": post " + id + " on " + publisher.siteRoot() + " ("
                + target.path("link").asText(publisher.url(route + "/" + id)) + ") was edited there since"
                + " wpxliff last pushed it (" + String.join(", ", edited) + " changed): pushing would overwrite those"
                + " edits" + (blocks.isEmpty() ? "" : " (" + String.join("; ", blocks) + ")") + ". Carry them into the"
                + " translation (pull the post from there, wpxliff tm align it with the English as it was when pushed"
                + (pushedVersion == null ? "" : ", modified_gmt " + pushedVersion) + " (the XLIFF it was exported to"
                + " holds it, if pull has brought a newer one), export with --tm"
                + " and merge again; blocks added, removed or moved there, an edit of attributes or markup only, and an"
                + " edit of a paragraph the English changed too cannot be carried so: edit the translation by hand),"
                + " or push with --overwrite-edits (WordPress keeps the edited text as a revision)");
    }

    /**
     * Fails a post found by its slug, not in the push record, whose text the translation would replace, unless the
     * options allow it: without the record nothing tells a translation made there by hand before wpxliff from one
     * wpxliff pushed and an editor changed since (the record deleted with the merged folder), whose edits would be lost
     * ({@link UnrecordedTargets}).
     */
    void refuseReplacingUnrecorded(MergedPost post, String route, JsonNode target) throws PushException {
        String id = target.path("id").asText();
        unrecorded.permit(post.bodyFile(), "post " + id + " on " + publisher.siteRoot() + " ("
                        + target.path("link").asText(publisher.url(route + "/" + id)) + ")",
                "was found by its slug, " + UnrecordedTargets.NOT_IN_RECORD + ", and its text differs from the translation",
                "replace it, and without the record edits made there cannot be told apart", UnrecordedTargets.RESTORE_RECORD,
                "to replace the text (WordPress keeps it as a revision)");
    }

    /**
     * Fails the post when it translates an older version of the source post than the translation push last wrote there
     * (a translator's earlier delivery merged again): pushing it would put an older translation back over the newer
     * one, the English change undone without a word. Dates that cannot be read tell nothing.
     *
     * @param pushedVersion the source's {@code modified_gmt} when its translation was pushed there, or null
     */
    void refuseOlderTranslation(MergedPost post, String route, JsonNode target, String pushedVersion)
            throws PushException {
        if (pushedVersion == null || post.sourceVersion() == null) return;
        java.time.LocalDateTime pushed, ours;
        try {
            pushed = java.time.LocalDateTime.parse(pushedVersion);
            ours = java.time.LocalDateTime.parse(post.sourceVersion());
        } catch (java.time.format.DateTimeParseException e) {
            return;
        }
        if (!ours.isBefore(pushed)) return;
        String id = target.path("id").asText();
        throw new PushException(post.bodyFile() + ": post " + id + " on " + publisher.siteRoot() + " ("
                + target.path("link").asText(publisher.url(route + "/" + id)) + ") holds the translation of a later version of the"
                + " source post (modified_gmt " + pushedVersion + ") than this one translates (" + post.sourceVersion()
                + "): pushing would put the older translation back. Merge the translation of the post as it is now"
                + " (export it again: export --tm reuses what is translated)");
    }

}
