package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pushes one merged post to the target site: finds the target post made before (the record, else the same slug),
 * and updates it, leaves it when its raw title, content and excerpt already equal the body and it already has the
 * source post's terms and featured image ("unchanged"), or creates it. Terms and image are found on the target site
 * by slug ({@link TargetTerms}) and only ever added: those an editor set there stay. A text field an editor changed on
 * the target site since push last wrote it ({@link PushedText}) is not overwritten unless the options say so: the post
 * fails, named. With dry run, only reads: says which request it would make.
 */
public final class Publisher {
    /** The fields push writes on an update and compares to tell "unchanged". */
    static final List<String> TEXT_FIELDS = List.of("title", "content", "excerpt");
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Action { CREATED, UPDATED, UNCHANGED }

    /**
     * What happened to one post.
     *
     * @param request for a dry run, the request it would have made ("POST url (…)"); else null
     * @param missing the source post's terms and featured image not found, made or copied on the target site, one
     *                phrase each: {@code category "news" (News)}
     * @param created terms created on the target site for it (--create-terms; in a dry run, that it would create)
     * @param copied  its featured image, copied from the source site (--copy-images; in a dry run, that it would)
     * @param parentPending the post has a parent page the record does not know yet (not pushed, or pushed at the same
     *                time): it was pushed at the top level, and {@link #attachParent} may set its parent later
     * @param references what mapping the synced patterns, navigation menus and menu links its content shows by id
     *                found besides the ids ({@link TargetReferences.Findings})
     * @param adopted the post updated was found by its slug, not in the push record, and its text was replaced (or
     *                would be): one made before wpxliff pushed there, or the record was lost; its editors' text, if
     *                any, is now a revision
     * @param overwritten the fields editors changed there since push last wrote them that this update overwrote (or
     *                would), as {@code --overwrite-edits} allowed; empty when none
     */
    public record Result(Action action, long id, String link, String request, List<String> missing, List<String> created,
                         List<String> copied, boolean parentPending, TargetReferences.Findings references,
                         boolean adopted, List<String> overwritten) {
        Result(Action action, long id, String link, String request, TargetTerms.Assignment terms, boolean parentPending) {
            this(action, id, link, request, terms.missing(), terms.created(), terms.copied(), parentPending,
                    TargetReferences.Findings.none(), false, List.of());
        }

        Result withMissing(String phrase) {
            return withMore(List.of(phrase), List.of(), List.of());
        }

        /** With more left out (missing), copied and created, e.g. a gallery's images and a query's terms. */
        Result withMore(List<String> moreMissing, List<String> moreCopied, List<String> moreCreated) {
            return new Result(action, id, link, request, union(missing, moreMissing), union(created, moreCreated),
                    union(copied, moreCopied), parentPending, references, adopted, overwritten);
        }

        /** The phrases of both, each once: a post's galleries may show one image twice. */
        private static List<String> union(List<String> phrases, List<String> more) {
            if (more.isEmpty()) return phrases;
            List<String> all = new ArrayList<>(phrases);
            more.stream().filter(p -> !all.contains(p)).forEach(all::add);
            return List.copyOf(all);
        }

        Result with(TargetReferences.Findings found) {
            return new Result(action, id, link, request, missing, created, copied, parentPending, found, adopted,
                    overwritten);
        }

        Result asAdopted() {
            return new Result(action, id, link, request, missing, created, copied, parentPending, references, true,
                    overwritten);
        }

        Result overwriting(List<String> fields) {
            return new Result(action, id, link, request, missing, created, copied, parentPending, references, adopted,
                    List.copyOf(fields));
        }
    }

    /**
     * @param status the {@code --status} given, or null: a new post gets the body's (draft), an existing one keeps its own
     * @param params {@code --param}s: query parameters of every GET and members of every POSTed body
     * @param createTerms whether to create the terms the target site lacks (with the source's names and slugs)
     * @param copyImages whether to copy featured images the target site lacks from the source site
     * @param overwriteEdits whether to update a post even where an editor changed its text on the target site since
     *                       push last wrote it (WordPress keeps the edited text as a revision)
     */
    public record Options(String status, Map<String, String> params, boolean dryRun, boolean createTerms,
                          boolean copyImages, boolean overwriteEdits) {
        public Options {
            params = new TreeMap<>(params);
        }
    }

    private final WpSite site;
    private final Options options;
    private final PostRoutes routes;
    private final TargetTerms terms;
    private TargetPrefetch prefetched = TargetPrefetch.none();
    private final TargetReferences references;
    private final GalleryImages galleries;
    private final TargetQueryTerms queryTerms;
    private final UpdateGuards guards;

    /**
     * @param credentials the target site's; also sent to a source site on the same origin, to ask what its posts show
     *                    by id ({@link SourceSites})
     * @param unrecorded  whether to replace the text of a post found by its slug that the record does not know
     */
    public Publisher(WpSite site, Credentials credentials, Options options, UnrecordedTargets unrecorded) {
        this.site = site;
        this.options = options;
        this.routes = new PostRoutes(site, new RestRoutes(site));
        SourceSites sources = new SourceSites(site, credentials);
        this.references = new TargetReferences(site, sources, options.params(), options.dryRun(), routes);
        TargetImage images = new TargetImage(site, options.params(), options.copyImages(), options.dryRun(), sources);
        this.terms = new TargetTerms(site, options.params(), options.createTerms(), images, sources, options.dryRun());
        this.galleries = new GalleryImages(sources, images);
        this.queryTerms = new TargetQueryTerms(site, options.params(), sources, terms);
        this.guards = new UpdateGuards(this, options, unrecorded);
    }

    /** Where the terms push found or made a source term: the posts take that one ({@link TargetTerms#known}). */
    public void knownTerm(TermPush.Placed placed) {
        terms.known(placed.taxonomy(), placed.slug(), placed.targetId());
    }

    public PushRecord.Key key(MergedPost post) {
        return new PushRecord.Key(post.sourceSite(), post.type(), post.sourceId(), site.root().toString(), options.params());
    }

    /**
     * Fetches the target posts of these bodies a hundred at a time (see {@link TargetPrefetch}), so that
     * {@link #push} asks the site only for what this did not get. Reads only; a failure only means more requests later.
     *
     * @param records the record each body's push will use
     */
    public void prefetch(List<MergedPost> posts, List<PushRecord> records) {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        Map<String, Set<String>> slugs = new LinkedHashMap<>();
        Set<PushRecord.Key> keys = new HashSet<>();
        for (int i = 0; i < posts.size(); i++) {
            MergedPost post = posts.get(i);
            keys.add(key(post));
            String route;
            try {
                route = routes.of(post.type(), post);
            } catch (WpException | PushException e) {
                continue; // its own push reports it
            }
            Long id = records.get(i).targetId(key(post));
            if (id != null) ids.computeIfAbsent(route, r -> new LinkedHashSet<>()).add(id);
            else if (post.slug() != null) slugs.computeIfAbsent(route, r -> new LinkedHashSet<>()).add(post.slug());
        }
        prefetched = TargetPrefetch.fetch(site, options.params(), ids, slugs);
        references.inThisRun(keys);
    }

    /**
     * The keys of the posts the body's content shows by id (synced patterns, navigation menus: {@link TargetReferences}),
     * in the record's terms: their translations must be pushed before it.
     */
    public List<PushRecord.Key> referencedKeys(MergedPost post) {
        return references.keys(post);
    }

    /** WordPress's answer to a template the site's theme does not have ({@code template is not one of …}). */
    static boolean refusesTemplate(WpException e) {
        return e.status() == 400 && "rest_invalid_param".equals(e.code()) && e.getMessage() != null
                && e.getMessage().contains("template");
    }

    /** Pushes the post and, unless dry run, records its target id (the caller saves the record). */
    public Result push(MergedPost post, PushRecord record) throws WpException, PushException {
        TargetReferences.Findings findings = TargetReferences.Findings.none();
        post = references.mapped(post, record, findings);
        List<String> galleryMissing = new ArrayList<>(), galleryCopied = new ArrayList<>();
        post = galleries.mapped(post, galleryMissing, galleryCopied);
        List<String> queryCreated = new ArrayList<>();
        post = queryTerms.mapped(post, queryCreated, findings.dangling());
        String route = routes.of(post.type(), post);
        PushRecord.Key key = key(post);
        JsonNode target = recorded(post, route, record.targetId(key));
        boolean foundBySlug = target == null;
        if (target == null) target = bySlug(route, post);
        if (target != null && post.sourceGuid() != null && post.sourceGuid().equals(target.path("guid").path("raw").asText(null))) {
            throw new PushException(post.bodyFile() + ": post " + target.path("id").asText() + " on " + site.root()
                    + " is the source post itself (same guid " + post.sourceGuid() + "): --site must name the site of the"
                    + " translation (e.g. the /ko/ site), not the source site");
        }
        TargetTerms.Assignment assigned = terms.assign(post, record);
        // a page's parent is the target of its source parent, once that is pushed (the record says where)
        Long parent = post.sourceParent() > 0 ? record.targetId(parentKey(post)) : null;
        boolean parentless = target == null || target.path("parent").asLong(0) == 0; // never moves an editor's page
        boolean parentPending = post.sourceParent() > 0 && parent == null && parentless;
        Result result;
        PushedText stored; // the text fields as WordPress now holds them (null in a dry run)
        if (target == null) {
            ObjectNode body = createBody(post);
            body.setAll(assigned.missingFrom(JSON.createObjectNode()));
            if (parent != null) body.put("parent", parent);
            Sent sent;
            try {
                sent = send(Action.CREATED, route, body, -1, assigned, parentPending);
                result = sent.result();
            } catch (WpException e) {
                if (!body.has("template") || !refusesTemplate(e)) throw e;
                // the target site's theme lacks the source's template: the text matters more, so without it
                String template = body.remove("template").asText();
                sent = send(Action.CREATED, route, body, -1, assigned, parentPending);
                result = sent.result().withMissing("page template \"" + template + "\"");
            }
            stored = sent.stored(post);
        } else {
            String pushedVersion = record.pushedSourceVersion(post.sourceId(), target.path("id").asLong());
            guards.refuseOlderTranslation(post, route, target, pushedVersion);
            ObjectNode added = assigned.missingFrom(target);
            if (parent != null && parentless) added.put("parent", parent);
            if (unchanged(post.body(), target) && added.isEmpty()) {
                result = new Result(Action.UNCHANGED, target.path("id").asLong(), target.path("link").asText(null), null,
                        assigned, parentPending);
                stored = PushedText.of(written(target, post.body()));
            } else {
                ObjectNode body = updateBody(post);
                // text push did not write replaced (a title, content or excerpt that differed: not only terms or a parent)
                boolean adopting = foundBySlug && replacesText(body, target);
                if (adopting) guards.refuseReplacingUnrecorded(post, route, target);
                List<String> overwritten = guards.refuseOverwritingEdits(post, route, body, target,
                        record.pushedText(key, target.path("id").asLong()), pushedVersion);
                body.setAll(added);
                Sent sent = send(Action.UPDATED, route + "/" + target.path("id").asLong(), body, target.path("id").asLong(),
                        assigned, parentPending);
                result = sent.result().overwriting(overwritten);
                stored = sent.stored(post);
                if (adopting) result = result.asAdopted();
                if (!options.dryRun() && result.id() != target.path("id").asLong()) {
                    throw new PushException(post.bodyFile() + ": " + url(route + "/" + target.path("id").asLong())
                            + " answered with post " + result.id() + " instead of the post it updated");
                }
            }
        }
        if (!options.dryRun()) {
            record.put(key, result.id(), stored, post.sourceVersion());
            references.pushed(key, result.id());
        }
        return result.with(findings).withMore(galleryMissing, galleryCopied, queryCreated);
    }

    /**
     * For a post pushed at the top level because its parent page had not been pushed yet ({@link Result#parentPending}):
     * sets its parent to the parent's target, if the record knows it now. False when it does not.
     *
     * @param targetId the post's own target id, as pushed
     */
    public boolean attachParent(MergedPost post, PushRecord record, long targetId) throws WpException, PushException {
        Long parent = record.targetId(parentKey(post));
        if (parent == null) return false;
        ObjectNode body = JSON.createObjectNode();
        body.put("parent", parent);
        options.params().forEach(body::put);
        String route = routes.of(post.type(), post) + "/" + targetId;
        JsonNode answer = json(site.post(route, SiteRequests.bytes(body)));
        if (answer.path("parent").asLong(-1) != parent) {
            throw new PushException(post.bodyFile() + ": " + url(route) + " did not take the parent page " + parent);
        }
        return true;
    }

    /** The record's key of the post's source parent: a page's parent is a page of the same source site. */
    private PushRecord.Key parentKey(MergedPost post) {
        return new PushRecord.Key(post.sourceSite(), post.type(), Long.toString(post.sourceParent()), site.root().toString(),
                options.params());
    }

    /**
     * The recorded target post (context=edit), or null when none is recorded or it is deleted for good.
     *
     * @throws PushException when it is in the trash: an editor removed the translation there, which a new one made
     *                       without a word would undo (QA); restoring it or emptying the trash says what they want
     */
    private JsonNode recorded(MergedPost pushed, String route, Long id) throws WpException, PushException {
        if (id == null) return null;
        JsonNode fetched = prefetched.takeById(route, id); // any status but trash
        if (fetched != null) return fetched;
        try {
            JsonNode post = json(site.get(route + "/" + id, query(Map.of("context", "edit"))));
            if ("trash".equals(post.path("status").asText())) {
                throw new PushException(pushed.bodyFile() + ": post " + id + " on " + siteRoot() + ", the translation push"
                        + " made of it, is in the trash there (an editor removed it): not pushed. Restore it there to"
                        + " push into it again, or delete it for good (empty the trash) to have push make a new one");
            }
            return post;
        } catch (WpException e) {
            if (e.status() == 404 || e.status() == 410 || "rest_post_invalid_id".equals(e.code())) return null;
            throw e;
        }
    }

    /** The one post of the route with the body's slug (any status but trash), or null; refuses to guess among several. */
    private JsonNode bySlug(String route, MergedPost post) throws WpException, PushException {
        if (post.slug() == null) return null;
        List<JsonNode> list = prefetched.takeBySlug(route, post.slug());
        if (list == null) {
            JsonNode found = json(site.get(route, query(Map.of("slug", post.slug(), "status", "any", "context", "edit",
                    "per_page", "100"))));
            if (!(found instanceof ArrayNode array)) {
                throw new PushException(post.bodyFile() + ": " + url(route) + "?slug=…: the answer is not a list of posts");
            }
            list = new ArrayList<>();
            array.forEach(list::add);
        }
        if (list.isEmpty()) return null;
        if (list.size() > 1) {
            List<String> ids = new ArrayList<>();
            list.forEach(p -> ids.add(p.path("id").asText()));
            throw new PushException(post.bodyFile() + ": " + list.size() + " posts on " + site.root() + " have the slug "
                    + post.slug() + " (ids " + String.join(", ", ids) + "): delete or rename the extra ones, or name the"
                    + " right one in " + PushRecord.FILE_NAME);
        }
        return list.get(0);
    }

    /**
     * True when pushing would change nothing: the body's raw fields equal the target's, so do the meta fields it sends
     * (translated custom fields, footnotes) that the target shows, and its status is the one asked for.
     */
    static boolean unchanged(ObjectNode body, JsonNode target, String status) {
        for (String field : TEXT_FIELDS) {
            JsonNode wanted = body.get(field);
            if (wanted == null) continue; // not sent: WordPress keeps (or generates) its own
            JsonNode raw = target.path(field).path("raw");
            if (!raw.isTextual() || !raw.asText().equals(wanted.asText())) return false;
        }
        JsonNode targetMeta = target.path("meta");
        for (Iterator<Map.Entry<String, JsonNode>> it = body.path("meta").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> wanted = it.next();
            // meta the target does not show is not registered there, and WordPress ignores it in a body
            JsonNode now = targetMeta.get(wanted.getKey());
            if (now != null && !now.equals(wanted.getValue())) return false;
        }
        return status == null || status.equals(target.path("status").asText());
    }

    private boolean unchanged(ObjectNode body, JsonNode target) {
        return unchanged(body, target, options.status());
    }

    private ObjectNode createBody(MergedPost post) {
        ObjectNode body = post.body().deepCopy();
        post.settings().fields().forEachRemaining(setting -> {
            if (!body.has(setting.getKey())) body.set(setting.getKey(), setting.getValue());
        });
        if (post.settings().has("status")) body.set("status", post.settings().get("status")); // over merge's draft
        if (options.status() != null) body.put("status", options.status());
        options.params().forEach(body::put);
        return body;
    }

    /**
     * Only the translated text, the translated meta fields (custom fields, footnotes) and --status when given: the
     * target's slug, status and the rest stay as its editors left them.
     */
    private ObjectNode updateBody(MergedPost post) {
        ObjectNode body = JSON.createObjectNode();
        for (String field : TEXT_FIELDS) {
            if (post.body().has(field)) body.set(field, post.body().get(field));
        }
        if (post.body().path("meta").isObject() && !post.body().path("meta").isEmpty()) body.set("meta", post.body().get("meta"));
        if (options.status() != null) body.put("status", options.status());
        options.params().forEach(body::put);
        return body;
    }

    /** What {@link #send} did: the result, and WordPress's answer (the post as it stored it; null in a dry run). */
    private record Sent(Result result, JsonNode answer) {
        /** The digests of the text the post's body writes, as WordPress stored it; null in a dry run. */
        PushedText stored(MergedPost post) {
            return answer == null ? null : PushedText.of(written(answer, post.body()));
        }
    }

    /**
     * The text push writes as the post holds it, by field: the raw title, content and excerpt, and each meta field the
     * body sends that the post shows ({@code meta.NAME}; one it does not show is not registered there, and not stored).
     */
    static Map<String, String> written(JsonNode post, JsonNode body) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            JsonNode raw = post.path(field).path("raw");
            if (raw.isTextual()) texts.put(field, raw.asText());
        }
        for (Iterator<String> names = body.path("meta").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = post.path("meta").get(name);
            if (value != null) texts.put("meta." + name, text(value));
        }
        return texts;
    }

    /** The same fields as the body writes them. */
    static Map<String, String> wanted(JsonNode body) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) if (body.path(field).isTextual()) texts.put(field, body.get(field).asText());
        body.path("meta").fields().forEachRemaining(meta -> texts.put("meta." + meta.getKey(), text(meta.getValue())));
        return texts;
    }

    /** Whether the body changes a text field the post shows (not only its terms, image or parent). */
    private static boolean replacesText(JsonNode body, JsonNode post) {
        Map<String, String> now = written(post, body);
        for (Map.Entry<String, String> field : wanted(body).entrySet()) {
            String there = now.get(field.getKey());
            if (there != null && !there.equals(field.getValue())) return true;
        }
        return false;
    }

    /** A string field as it is, any other value as its JSON. */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private Sent send(Action action, String route, ObjectNode body, long existing, TargetTerms.Assignment assigned,
                      boolean parentPending) throws WpException, PushException {
        byte[] bytes = SiteRequests.bytes(body);
        if (options.dryRun()) {
            List<String> fields = new ArrayList<>();
            // a protected post's password is named, not shown
            body.fields().forEachRemaining(f -> fields.add(f.getValue().isTextual() && !TEXT_FIELDS.contains(f.getKey())
                    && !f.getKey().equals("password") ? f.getKey() + "=" + f.getValue().asText() : f.getKey()));
            return new Sent(new Result(action, existing, null, "POST " + url(route) + " (" + String.join(", ", fields)
                    + "; " + bytes.length + " bytes)", assigned, parentPending), null);
        }
        JsonNode answer = json(site.post(route, bytes));
        if (!answer.path("id").canConvertToLong() || answer.path("id").asLong() <= 0) {
            throw new PushException(url(route) + ": the answer has no post id");
        }
        // WordPress answers a create or update with the post as context=edit shows it: the raw fields it stored
        return new Sent(new Result(action, answer.path("id").asLong(), answer.path("link").asText(null), null, assigned,
                parentPending), answer);
    }

    private Map<String, String> query(Map<String, String> own) {
        return SiteRequests.query(own, options.params());
    }

    /** The URL of a route under the site's REST root, for messages: the one the client asks. */
    String url(String route) {
        return site.routeUri(route, null).toString();
    }

    /** The target site's REST root, as messages name it. */
    String siteRoot() {
        return String.valueOf(site.root());
    }

    private JsonNode json(WpSite.Response response) throws PushException {
        return SiteRequests.json(response);
    }
}
