package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.merge.TermsBody;
import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes or updates a taxonomy's translated terms on the target site, before the posts (which find their terms there by
 * slug): each term is the target's term of that taxonomy with the same slug, given the translated name and description
 * and its parent's translation as parent (updated only where one differs), or a new one with them. A term WordPress
 * refuses to make (a parent it does not take, a name it will not store) is left out and named, and the others go on.
 * The push record keeps each term's target id and the digests of its name and description as WordPress stored them
 * ({@link PushedText}): a term whose name or description an editor changed on the target site since is held back,
 * named, unless the edits may be overwritten; a term an editor moved under another parent there keeps that parent, its
 * text still updated ({@link PushedStructure}: a parent is the Korean site's choice). A term found by its slug that the
 * record does not know is taken as it is when it already holds the translation, and updated when what the update replaces loses nothing
 * ({@link LosslessReplacement}: empty, the English text, WordPress's default category name); else it is held back,
 * named, unless {@link UnrecordedTargets} lets the translation replace it.
 */
public final class TermPush {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields of a term push writes and records. */
    private static final List<String> TEXT_FIELDS = List.of("name", "description");

    /**
     * What happened to one taxonomy's terms (or would, on a dry run), with what was left out and why, and the terms
     * held back because an editor changed them on the target site ({@code slug (id N: name changed)}), and where each
     * term is on the target site ({@code placed}: found or made there; on a dry run, those it would make as id 0), and
     * the refusal of the terms found there that the record does not know and whose text the translation would replace
     * (null when none), and the terms that keep the parent an editor set there ({@code slug (id N: parent kept)}).
     */
    public record Result(Publisher.Action action, int created, int updated, int unchanged, List<String> leftOut,
                         List<String> editedOnSite, List<Placed> placed, PushException unrecorded, List<String> keptThere) {
    }

    /** A source term (its taxonomy and source slug) and its translation's id on the target site. */
    public record Placed(String taxonomy, String slug, long targetId) {
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;
    private final boolean overwriteEdits;
    private final RestRoutes routes;
    private final UnrecordedTargets unrecorded;

    /**
     * @param overwriteEdits whether to update a term even where an editor changed it on the target site since
     * @param unrecorded     whether to replace the text of a term found by its slug that the record does not know
     */
    public TermPush(WpSite site, Map<String, String> params, boolean dryRun, boolean overwriteEdits,
                    UnrecordedTargets unrecorded) {
        this.site = site;
        this.params = params;
        this.dryRun = dryRun;
        this.overwriteEdits = overwriteEdits;
        this.routes = new RestRoutes(site, params);
        this.unrecorded = unrecorded;
    }

    /** Pushes the terms and, unless dry run, records each one's target id and text in the record (the caller saves it). */
    public Result push(MergedTerms terms, PushRecord record) throws WpException, PushException {
        if (terms.sourceRoot().equals(site.root().toString())) {
            throw new PushException(terms.bodyFile() + ": not pushed: " + site.root() + " is the site the terms come from:"
                    + " their names would be replaced by the translations; push to the translation site (with Polylang or"
                    + " WPML on one site, translate terms with their taxonomy translation)");
        }
        String route = routes.ofTaxonomy(terms.taxonomy());
        if (route == null) {
            throw new PushException(terms.bodyFile() + ": " + site.root() + " has no taxonomy " + terms.taxonomy()
                    + " in its REST API: activate the plugin or theme that registers it there");
        }
        Map<Long, Long> placed = new HashMap<>(); // source term id → target term id
        List<String> leftOut = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> unknown = new ArrayList<>(); // found by slug, their text no one's to replace
        int made = 0, changed = 0, same = 0;
        for (ObjectNode term : ParentsFirst.order(terms.terms())) {
            ObjectNode body = JSON.createObjectNode();
            body.put("name", term.path("name").asText());
            body.put("description", term.path("description").asText(""));
            // a flat taxonomy's terms (tags) have none, and WordPress refuses a parent for them
            if (term.has("parent")) body.put("parent", targetParent(term, placed));
            PushRecord.Key key = key(terms, term);
            // the term push made before, whatever its slug now (a Korean editor's own), else the one of the same slug
            JsonNode there = byId(route, record.targetId(key));
            if (there == null) there = bySlug(route, term.path("slug").asText());
            if (there != null) {
                long id = there.path("id").asLong();
                placed.put(term.path("id").asLong(), id);
                PushedStructure structure = body.has("parent") ? record.pushedStructure(key, id) : null;
                Map<String, Boolean> keptThere = overwriteEdits || structure == null ? Map.of()
                        : structure.editedOnSite(structureOf(body), structureOf(there));
                if (!keptThere.isEmpty()) body.put("parent", there.path("parent").asLong(0)); // the parent is all it has
                String which = term.path("slug").asText() + " (id " + id + ": ";
                if (body.path("name").asText().equals(there.path("name").asText())
                        && body.path("description").asText().equals(there.path("description").asText(""))
                        && body.path("parent").asLong(0) == there.path("parent").asLong(0)) {
                    if (!keptThere.isEmpty()) kept.add(which + PushedStructure.describe(keptThere) + ")");
                    if (!dryRun) record.put(key, id, stored(there), structureAfter(body, structure, keptThere, there));
                    same++;
                    continue;
                }
                List<String> editedThere = editedOnSite(record, key, body, there);
                if (!editedThere.isEmpty()) {
                    edited.add(which + String.join(", ", editedThere) + " changed)");
                    continue;
                }
                if (!keptThere.isEmpty()) kept.add(which + PushedStructure.describe(keptThere) + ")");
                boolean adopting = !Long.valueOf(id).equals(record.targetId(key));
                List<String> lost = adopting ? lostText(terms.taxonomy(), term, body, there) : List.of();
                if (!lost.isEmpty()) {
                    String named = term.path("slug").asText() + " (id " + id + ": " + String.join(", ", lost) + ")";
                    if (!unrecorded.replaces()) {
                        unknown.add(named);
                        continue;
                    }
                    unrecorded.replaced(UnrecordedTargets.Kind.TERM, named);
                }
                if (!dryRun) {
                    JsonNode answer = SiteRequests.json(site.post(route + "/" + id, SiteRequests.bytes(withParams(body))));
                    record.put(key, id, stored(answer), structureAfter(body, structure, keptThere, answer));
                }
                changed++;
                continue;
            }
            body.put("slug", term.path("slug").asText());
            if (dryRun) {
                placed.put(term.path("id").asLong(), -term.path("id").asLong()); // a stand-in, so its children count as placed
                made++;
                continue;
            }
            try {
                JsonNode answer = SiteRequests.json(site.post(route, SiteRequests.bytes(withParams(body))));
                placed.put(term.path("id").asLong(), answer.path("id").asLong());
                record.put(key, answer.path("id").asLong(), stored(answer), structureAfter(body, null, Map.of(), answer));
                made++;
            } catch (WpException e) {
                if (e.status() != 400 && e.status() != 500) throw e;
                // refused for this term alone (its parent, its name): the others go on
                leftOut.add(term.path("slug").asText() + " (" + firstLine(e.getMessage()) + ")");
            }
        }
        Publisher.Action action = made > 0 && changed == 0 && same == 0 ? Publisher.Action.CREATED
                : made + changed > 0 ? Publisher.Action.UPDATED : Publisher.Action.UNCHANGED;
        List<Placed> where = new ArrayList<>();
        for (ObjectNode term : terms.terms()) {
            Long id = placed.get(term.path("id").asLong());
            if (id != null && id > 0) where.add(new Placed(terms.taxonomy(), term.path("slug").asText(), id));
            // one a dry run would make: the posts count it there, as the run would (id 0: nothing is sent)
            else if (id != null && dryRun) where.add(new Placed(terms.taxonomy(), term.path("slug").asText(), 0));
        }
        return new Result(action, made, changed, same, leftOut, edited, where, unknown.isEmpty() ? null
                : unrecorded.refusal(terms.bodyFile(), unknown.size() + " term(s) on " + site.root(), "were found by their"
                + " slug, " + UnrecordedTargets.NOT_IN_RECORD + ", and hold text that is neither the translation, the"
                + " English text nor WordPress's default: " + String.join("; ", unknown), "replace it, and without the"
                + " record an editor's text there cannot be told apart from a push's", UnrecordedTargets.RESTORE_RECORD,
                "to replace it", "the other terms were pushed"), kept);
    }

    /** A term's field that is not text, as {@link PushedStructure} records it: its parent (a hierarchical taxonomy's). */
    private static Map<String, String> structureOf(JsonNode term) {
        return Map.of("parent", Long.toString(term.path("parent").asLong(0)));
    }

    /**
     * What the record keeps of the term's parent after this push ({@code there}: the term as WordPress holds it now):
     * null for a flat taxonomy's (tags have no parent).
     */
    private static PushedStructure structureAfter(ObjectNode body, PushedStructure recorded, Map<String, Boolean> kept,
                                                  JsonNode there) {
        return body.has("parent") ? PushedStructure.after(recorded, kept.keySet(), structureOf(there)) : null;
    }

    /**
     * The fields of a term found there without a record entry whose text the update would replace and that may be an
     * editor's ({@code name "홍수"}): not empty, not the English text, not WordPress's default.
     */
    private static List<String> lostText(String taxonomy, ObjectNode term, ObjectNode body, JsonNode there) {
        List<String> lost = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            String now = there.path(field).asText(""), wanted = body.path(field).asText("");
            String source = term.path(TermsBody.SOURCE_TEXT).path(field).asText(wanted);
            if (!now.equals(wanted) && !LosslessReplacement.ofTerm(taxonomy, field, now, source)) {
                lost.add(field + " " + JSON.valueToTree(now));
            }
        }
        return lost;
    }

    /** The record's key of a term: its taxonomy is part of the type ({@code term:category}), no post type has a colon. */
    private PushRecord.Key key(MergedTerms terms, ObjectNode term) {
        return new PushRecord.Key(MergedPost.origin(terms.sourceRoot()), "term:" + terms.taxonomy(), term.path("id").asText(),
                site.root().toString(), params);
    }

    /** A term's name and description (a body's, or as WordPress holds them: a term shows them as plain fields). */
    private static Map<String, String> texts(JsonNode term) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) values.put(field, term.path(field).asText(""));
        return values;
    }

    private static PushedText stored(JsonNode term) {
        return PushedText.of(texts(term));
    }

    /** The fields the update would write that an editor changed on the site since push recorded the term. */
    private List<String> editedOnSite(PushRecord record, PushRecord.Key key, ObjectNode body, JsonNode there) {
        PushedText pushed = overwriteEdits ? null : record.pushedText(key, there.path("id").asLong());
        return pushed == null ? List.of() : pushed.editedOnSite(texts(body), texts(there));
    }

    /** The target id of a term's parent's translation: 0 at the top, and while its parent is left out. */
    private static long targetParent(ObjectNode term, Map<Long, Long> placed) {
        long sourceParent = term.path("parent").asLong(0);
        return sourceParent == 0 ? 0 : placed.getOrDefault(sourceParent, 0L);
    }

    /** The target's term of the route with this id (context=edit), or null when there is none (or no id). */
    private JsonNode byId(String route, Long id) throws WpException, PushException {
        if (id == null) return null;
        try {
            JsonNode term = SiteRequests.json(site.get(route + "/" + id, SiteRequests.query(Map.of("context", "edit"), params)));
            return term.path("id").canConvertToLong() ? term : null;
        } catch (WpException e) {
            if (e.status() == 404 || e.status() == 410) return null; // deleted there: found by slug, or made again
            throw e;
        }
    }

    /** The target's term of the route with this slug, or null. */
    private JsonNode bySlug(String route, String slug) throws WpException, PushException {
        JsonNode found = SiteRequests.json(site.get(route, SiteRequests.query(Map.of("slug", slug, "hide_empty", "false",
                "context", "edit"), params)));
        return found.isArray() && !found.isEmpty() && found.get(0).path("id").canConvertToLong() ? found.get(0) : null;
    }

    private static String firstLine(String message) {
        return message == null ? "refused" : message.lines().findFirst().orElse("refused");
    }

    private ObjectNode withParams(ObjectNode body) {
        params.forEach(body::put);
        return body;
    }
}
