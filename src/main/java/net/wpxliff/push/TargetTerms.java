package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.input.TermFields;
import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a source post's terms and featured image ({@link TargetImage}) on the target site: the site of a
 * translation has terms and a media library of its own, whose ids differ from the source site's (in a multisite, and
 * with every multilingual plugin that keeps one site per language). A term is the one the push record names (a terms
 * body pushed from the same folder) or the terms push of this run found or made, whatever its slug there now; else
 * it is matched by its taxonomy and slug. A
 * term the target site lacks is created there with the source term's name and slug only when asked
 * ({@code --create-terms}); otherwise it is left out and named in {@link Assignment#missing()}.
 *
 * <p>Answers, and failures, are kept for the run, so a term many posts share is asked for once.
 */
final class TargetTerms {
    /** The REST routes of WordPress's own taxonomies; a custom taxonomy's is asked of the site. */
    private static final Map<String, String> BUILT_IN = Map.of("category", "/wp/v2/categories", "post_tag", "/wp/v2/tags");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a post gets on the target site.
     *
     * @param fields  the post's term fields (the taxonomy's REST base, e.g. {@code categories}) with the target ids
     * @param image   the featured image's target id, or null
     * @param missing what could not be found, made or copied, one phrase each, with the reason when one is known,
     *                e.g. {@code category "news" (News)}
     * @param created terms created for it (with {@code --create-terms}; in a dry run, that it would create), one
     *                phrase each
     * @param copied  the featured image copied from the source site for it (--copy-images; in a dry run, that it would
     *                copy), one phrase, or none
     * @param defaultCategory the target site's default category (which WordPress gives a post without one), or -1
     *                        when not known
     */
    record Assignment(Map<String, List<Long>> fields, Long image, List<String> missing, List<String> created,
                      List<String> copied, long defaultCategory) {
        static final Assignment NONE = new Assignment(Map.of(), null, List.of(), List.of(), List.of(), -1);

        /**
         * The members to send so that the target post has these terms and image, kept with those it has: each term
         * field that lacks one of ours (the union: terms an editor added stay), the image when it has none.
         * Empty when the target already has them all. For a new post, pass an empty object. A post WordPress put in
         * the default category only because it had none leaves it for ours.
         */
        ObjectNode missingFrom(JsonNode target) {
            ObjectNode members = JSON.createObjectNode();
            fields.forEach((field, ids) -> {
                Set<Long> has = new LinkedHashSet<>();
                for (JsonNode id : target.path(field)) has.add(id.asLong());
                if (has.containsAll(ids)) return;
                if (field.equals("categories") && has.size() == 1 && has.contains(defaultCategory)) has.clear();
                has.addAll(ids);
                ArrayNode list = members.putArray(field);
                has.forEach(list::add);
            });
            if (image != null && target.path("featured_media").asLong(0) == 0) members.put("featured_media", image);
            return members;
        }
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean create;
    private final boolean dryRun;
    private final TargetImage images;
    private final SourceSites sources;
    /** Source parent terms asked for (taxonomy and source id); empty when the source site did not give one. */
    private final Map<String, Optional<SourceTerms.Term>> sourceParents = new HashMap<>();
    /** The target site's routes, asked with the push's {@code --param}s; a custom taxonomy's comes from there. */
    private final RestRoutes routes;
    /** Taxonomy and lower-case slug to the target term's id; -1 for none. */
    private final Map<String, Long> termIds = new HashMap<>();
    private Long defaultCategory;
    /**
     * Why a taxonomy's terms could not be looked up (by taxonomy), or a term created (by {@link #key}): not tried again
     * in the run. A post is pushed without what failed, which is named; the next push adds it (terms are only added).
     */
    private final Map<String, String> lookupFailures = new HashMap<>(), creationFailures = new HashMap<>();

    /**
     * @param params the push's {@code --param}s, sent with every request as with the posts' (a multilingual plugin's
     *               language, e.g. {@code lang=ko}, applies to terms too)
     * @param create whether to create the terms the site lacks
     * @param images finds (or copies) the featured image; shared with the galleries' images
     * @param sources asked for the parent of a term to create whose parent the post is not filed under
     */
    TargetTerms(WpSite site, Map<String, String> params, boolean create, TargetImage images, SourceSites sources,
                boolean dryRun) {
        this.site = site;
        this.params = params;
        this.create = create;
        this.images = images;
        this.sources = sources;
        this.dryRun = dryRun;
        this.routes = new RestRoutes(site, params);
    }

    /**
     * Tells where a source term is on the target site, as the terms push just found or made it (under the slug an
     * editor gave it there, perhaps): the posts then take that one, not one found (or made) by the source's slug.
     */
    synchronized void known(String taxonomy, String sourceSlug, long targetId) {
        termIds.put(key(taxonomy, sourceSlug), targetId);
    }

    /**
     * The target ids of the post's terms and featured image, asking the site for those not known yet. One post at a
     * time: posts pushed at once that share a missing term must not create it twice. Never fails: what cannot be
     * found, made or copied is named in {@link Assignment#missing()} with the reason, and the post goes without it.
     */
    synchronized Assignment assign(MergedPost post, PushRecord record) {
        SourceTerms source = post.terms();
        if (source.terms().isEmpty() && source.featuredImage() == null) return Assignment.NONE;
        recorded(post, record);
        List<String> missing = new ArrayList<>(), created = new ArrayList<>(), copied = new ArrayList<>();
        Map<String, List<Long>> fields = termFields(post, missing, created);
        long defaultCategory = fields.containsKey("categories") ? defaultCategory() : -1;
        Long image = source.featuredImage() == null ? null : images.find(post, source.featuredImage(), missing, copied);
        return new Assignment(fields, image, missing, created, copied, defaultCategory);
    }

    /**
     * Takes the post's terms that the push record knows (a terms body pushed from the same folder: type
     * {@code term:<taxonomy>}) where they still are, whatever their slug there now (a Korean editor's own), so that
     * they are not looked up (or made) by the source's slug. One request per taxonomy for those not known yet; a
     * failure only leaves them to the slug lookup.
     */
    private void recorded(MergedPost post, PushRecord record) {
        Map<String, Map<Long, SourceTerms.Term>> byTaxonomy = new LinkedHashMap<>();
        for (SourceTerms.Term term : post.terms().terms()) {
            if (term.id() <= 0 || termIds.containsKey(key(term.taxonomy(), term.slug()))) continue;
            Long target = record.targetId(new PushRecord.Key(post.sourceSite(), "term:" + term.taxonomy(),
                    Long.toString(term.id()), site.root().toString(), params));
            if (target != null) byTaxonomy.computeIfAbsent(term.taxonomy(), t -> new LinkedHashMap<>()).put(target, term);
        }
        byTaxonomy.forEach((taxonomy, terms) -> {
            try {
                String route = route(taxonomy);
                if (route == null) return;
                Map<String, String> query = new LinkedHashMap<>();
                query.put("include", String.join(",", terms.keySet().stream().map(String::valueOf).toList()));
                query.put("per_page", Integer.toString(TargetPrefetch.BATCH));
                query.put("hide_empty", "false");
                query.put("_fields", "id");
                for (JsonNode there : json(site.get(route, query(query)), route)) {
                    SourceTerms.Term term = terms.get(there.path("id").asLong(-1));
                    if (term != null) termIds.put(key(taxonomy, term.slug()), there.path("id").asLong());
                }
            } catch (WpException | PushException e) {
                // the slug lookup that follows says what is wrong, if anything
            }
        });
    }

    /** Each taxonomy's REST base with the target ids of the post's terms in it; what is missing or made is noted. */
    private Map<String, List<Long>> termFields(MergedPost post, List<String> missing, List<String> created) {
        Map<String, List<SourceTerms.Term>> byTaxonomy = new LinkedHashMap<>();
        for (SourceTerms.Term term : post.terms().terms()) {
            byTaxonomy.computeIfAbsent(term.taxonomy(), t -> new ArrayList<>()).add(term);
        }
        Map<String, List<Long>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<SourceTerms.Term>> e : byTaxonomy.entrySet()) {
            Found found = find(post, e.getKey(), e.getValue(), missing, created);
            if (!found.ids().isEmpty()) {
                fields.put(found.route().substring(found.route().lastIndexOf('/') + 1), new ArrayList<>(found.ids().values()));
            }
        }
        return fields;
    }

    /**
     * Terms of one taxonomy found on the target site (or made there, with {@code --create-terms}).
     *
     * @param route the taxonomy's route on the target site, or null when it cannot be had
     * @param ids   the target id of each term found or made, in the order asked
     */
    record Found(String route, Map<SourceTerms.Term, Long> ids) {
    }

    /**
     * The target ids of {@code terms} (all of {@code taxonomy}), found by slug or, with {@code --create-terms}, made;
     * each one that cannot be had is named in {@code missing}, with the reason when one is known.
     */
    synchronized Found find(MergedPost post, String taxonomy, List<SourceTerms.Term> terms, List<String> missing,
                            List<String> created) {
        String route = null;
        try {
            if (!lookupFailures.containsKey(taxonomy)) route = route(taxonomy);
            if (route != null) lookUp(route, taxonomy, terms.stream().map(SourceTerms.Term::slug).toList());
        } catch (WpException | PushException failure) {
            route = null;
            lookupFailures.put(taxonomy, failure.getMessage());
        }
        if (route == null) {
            String why = lookupFailures.get(taxonomy);
            for (SourceTerms.Term term : terms) {
                missing.add(describe(term) + (why == null ? " (no such taxonomy on the site)" : " (not looked up: " + why + ")"));
            }
            return new Found(null, Map.of());
        }
        if (create) {
            for (SourceTerms.Term term : parentsFirst(terms)) createIfMissing(post, route, term, terms, created, 0);
        }
        Map<SourceTerms.Term, Long> ids = new LinkedHashMap<>();
        for (SourceTerms.Term term : terms) {
            long id = termIds.get(key(term.taxonomy(), term.slug()));
            String notCreated = creationFailures.get(key(term.taxonomy(), term.slug()));
            if (id >= 0) ids.put(term, id);
            else if (!create) missing.add(describe(term));
            else if (notCreated != null) missing.add(describe(term) + " (not created: " + notCreated + ")");
        }
        return new Found(route, ids);
    }

    /** The taxonomy's route on the target site (asked once), or null when it has none or cannot say. */
    synchronized String routeOf(String taxonomy) {
        try {
            return lookupFailures.containsKey(taxonomy) ? null : route(taxonomy);
        } catch (WpException failure) {
            lookupFailures.put(taxonomy, failure.getMessage());
            return null;
        }
    }

    static String describe(SourceTerms.Term term) {
        return TermFields.kind(term.taxonomy()) + " \"" + term.slug() + "\"" + (term.name().equals(term.slug()) ? "" : " (" + term.name() + ")");
    }

    /** The taxonomy's route on the target site, or null; the site's list of taxonomies is asked for once, if needed. */
    private String route(String taxonomy) throws WpException {
        return BUILT_IN.containsKey(taxonomy) ? BUILT_IN.get(taxonomy) : routes.ofTaxonomy(taxonomy);
    }

    /** Asks the route for the slugs not known yet (a hundred per request) and records each one's id, or -1. */
    private void lookUp(String route, String taxonomy, List<String> slugs) throws WpException, PushException {
        List<String> unknown = slugs.stream().filter(s -> !termIds.containsKey(key(taxonomy, s))).distinct().toList();
        for (int from = 0; from < unknown.size(); from += TargetPrefetch.BATCH) {
            List<String> batch = unknown.subList(from, Math.min(unknown.size(), from + TargetPrefetch.BATCH));
            Map<String, String> query = new LinkedHashMap<>();
            query.put("slug", String.join(",", batch));
            query.put("per_page", Integer.toString(TargetPrefetch.BATCH));
            query.put("hide_empty", "false");
            query.put("_fields", "id,slug");
            JsonNode found = json(site.get(route, query(query)), route);
            for (String slug : batch) termIds.put(key(taxonomy, slug), -1L);
            for (JsonNode term : found) {
                String key = key(taxonomy, term.path("slug").asText(""));
                if (termIds.containsKey(key) && term.path("id").canConvertToLong()) termIds.put(key, term.path("id").asLong());
            }
        }
    }

    /**
     * Creates the term when the site lacks it (in a dry run only notes it), under the target of its source parent:
     * one of the post's terms too (a category filed with its parent category), else the parent the source site names,
     * found on the target site by slug or made there first (with its source name), and so on up.
     */
    private void createIfMissing(MergedPost post, String route, SourceTerms.Term term, List<SourceTerms.Term> all,
                                 List<String> created, int depth) {
        String key = key(term.taxonomy(), term.slug());
        if (termIds.get(key) >= 0 || creationFailures.containsKey(key)) return;
        long parent = 0;
        boolean parentOnPost = false;
        for (SourceTerms.Term other : all) {
            if (term.parent() > 0 && other.id() == term.parent()) {
                parent = Math.max(0, termIds.get(key(other.taxonomy(), other.slug())));
                parentOnPost = true;
            }
        }
        if (term.parent() > 0 && !parentOnPost && depth < 20) parent = parentFromSource(post, route, term, all, created, depth);
        try {
            if (!dryRun) createTerm(route, term, parent);
            created.add(describe(term));
        } catch (WpException | PushException failure) {
            creationFailures.put(key, failure.getMessage());
        }
    }

    /**
     * The target id of a term's source parent the post is not filed under: asked of the source site (its slug, name
     * and own parent), then found on the target site by slug, or created there; 0 when it cannot be had (the term then
     * goes to the top level, as before).
     */
    private long parentFromSource(MergedPost post, String route, SourceTerms.Term term, List<SourceTerms.Term> all,
                                  List<String> created, int depth) {
        String askedKey = term.taxonomy() + "#" + term.parent();
        Optional<SourceTerms.Term> known = sourceParents.get(askedKey);
        if (known == null) {
            known = Optional.empty();
            try {
                JsonNode found = json(sources.of(post).get(route + "/" + term.parent(), Map.of("_fields", "id,slug,name,parent")),
                        route);
                String slug = found.path("slug").asText("");
                if (!slug.isEmpty()) {
                    known = Optional.of(new SourceTerms.Term(term.taxonomy(), slug, found.path("name").asText(slug),
                            term.parent(), Math.max(0, found.path("parent").asLong(0))));
                }
            } catch (WpException | PushException e) {
                // not given: the term goes to the top level, as the README says
            }
            sourceParents.put(askedKey, known);
        }
        if (known.isEmpty()) return 0;
        SourceTerms.Term parent = known.get();
        try {
            lookUp(route, parent.taxonomy(), List.of(parent.slug()));
        } catch (WpException | PushException e) {
            return 0;
        }
        createIfMissing(post, route, parent, all, created, depth + 1);
        return Math.max(0, termIds.get(key(parent.taxonomy(), parent.slug())));
    }

    /** The terms with each one's parent (when among them) before it, so that a child is made under its parent. */
    static List<SourceTerms.Term> parentsFirst(List<SourceTerms.Term> terms) {
        List<SourceTerms.Term> ordered = new ArrayList<>(), left = new ArrayList<>(terms);
        while (!left.isEmpty()) {
            boolean moved = false;
            for (java.util.Iterator<SourceTerms.Term> it = left.iterator(); it.hasNext(); ) {
                SourceTerms.Term term = it.next();
                boolean parentLeft = term.parent() > 0 && left.stream().anyMatch(o -> o != term && o.id() == term.parent());
                if (!parentLeft) {
                    ordered.add(term);
                    it.remove();
                    moved = true;
                }
            }
            if (!moved) { // a loop of parents (not from WordPress): as they came
                ordered.addAll(left);
                break;
            }
        }
        return ordered;
    }

    /** Creates the term with the source's name and slug (under {@code parent}, 0 for none); PushException says why not, as a phrase. */
    private long createTerm(String route, SourceTerms.Term term, long parent) throws WpException, PushException {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", term.name());
        body.put("slug", term.slug());
        if (parent > 0) body.put("parent", parent);
        params.forEach(body::put);
        JsonNode answer;
        try {
            answer = json(site.post(route, SiteRequests.bytes(body)), route);
        } catch (WpException e) {
            if ("term_exists".equals(e.code())) {
                throw new PushException("a term with that name exists there under another slug; give it the slug "
                        + term.slug() + " (or rename it), then push again");
            }
            throw e;
        }
        if (!answer.path("id").canConvertToLong()) throw new PushException(route + ": the answer has no term id");
        long id = answer.path("id").asLong();
        termIds.put(key(term.taxonomy(), term.slug()), id);
        return id;
    }

    /**
     * The target site's default category (its settings), or -1 when the user may not read the settings (an editor,
     * not an administrator): asked for once.
     */
    private long defaultCategory() {
        if (defaultCategory == null) {
            defaultCategory = -1L;
            try {
                JsonNode settings = json(site.get(SiteSettingsFormat.ROUTE, query(Map.of())), SiteSettingsFormat.ROUTE);
                JsonNode id = settings.path("default_category");
                if (id.canConvertToLong()) defaultCategory = id.asLong();
            } catch (WpException | PushException e) {
                // not allowed (an Editor's password): a post in the default category only keeps it beside ours
            }
        }
        return defaultCategory;
    }

    private Map<String, String> query(Map<String, String> own) {
        return SiteRequests.query(own, params);
    }

    private static String key(String taxonomy, String slug) {
        return taxonomy + "\u0000" + slug.toLowerCase(Locale.ROOT);
    }

    /** The answer, which must be a list or an object (as a route gives); a PushException naming the URL otherwise. */
    private static JsonNode json(WpSite.Response response, String route) throws PushException {
        JsonNode node = SiteRequests.json(response);
        if (!(node.isArray() || node.isObject())) throw new PushException(response.uri() + ": the answer is not what " + route + " gives");
        return node;
    }
}
