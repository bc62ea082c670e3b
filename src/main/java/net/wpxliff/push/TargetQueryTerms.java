package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.blocks.QueryTerms;
import net.wpxliff.input.TermFields;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms a body's Query Loop and Latest Posts blocks filter by ({@link QueryTerms}), mapped to the target site's:
 * each source id is asked of the source site (its slug, name and parent, once per run), found on the target by slug
 * as the post's own terms are, or made there with {@code --create-terms} ({@link TargetTerms}). A term that cannot be
 * had stops the body: its query there would list another term's posts (its source id taken by another) or none. A
 * term the source site does not have either (deleted: WordPress lists no posts for an id no term has) is written as
 * {@link #NO_TERM}, so that the Korean list shows nothing too: not as written, since the target numbers its terms on
 * from its highest id, and a young site's next term would take a low one and have its posts listed there. Both
 * languages on one site keep their ids.
 */
final class TargetQueryTerms {
    /** An id no term has (WordPress numbers terms from 1 up; checked on the target before it is written). */
    static final long NO_TERM = Integer.MAX_VALUE;
    private final WpSite site;
    private final Map<String, String> params;
    private final SourceSites sources;
    private final TargetTerms terms;
    /** The source's terms by route and id, asked once per run. */
    private final SourceLookup<SourceTerms.Term> sourceTerms;
    /** Target route and id → whether the target has that term (checked for {@link #NO_TERM}). */
    private final Map<String, Boolean> onTarget = new ConcurrentHashMap<>();

    TargetQueryTerms(WpSite site, Map<String, String> params, SourceSites sources, TargetTerms terms) {
        this.site = site;
        this.params = params;
        this.sources = sources;
        this.terms = terms;
        this.sourceTerms = new SourceLookup<>(sources, Map.of("hide_empty", "false", "_fields", "id,slug,name,parent"),
                TargetQueryTerms::term);
    }

    /**
     * The body with its query blocks naming the target's terms.
     *
     * @param created terms made for it ({@code --create-terms}), one phrase each
     * @param dangling ids the source site does not have either, left as written, one phrase each
     */
    MergedPost mapped(MergedPost post, List<String> created, List<String> dangling) throws PushException {
        if (sources.isTarget(post)) return post; // one site for both languages: its terms, its ids
        String content = post.body().path("content").asText();
        List<QueryTerms.TermId> ids = QueryTerms.in(content);
        if (ids.isEmpty()) return post;
        Map<String, Set<Long>> byTaxonomy = new LinkedHashMap<>();
        for (QueryTerms.TermId id : ids) byTaxonomy.computeIfAbsent(id.taxonomy(), t -> new LinkedHashSet<>()).add(id.sourceId());
        Map<String, Long> targets = new LinkedHashMap<>(); // taxonomy#source id → target id
        for (Map.Entry<String, Set<Long>> e : byTaxonomy.entrySet()) {
            String taxonomy = e.getKey();
            String route = terms.routeOf(taxonomy);
            if (route == null) {
                throw refusal(post, taxonomy, e.getValue().iterator().next(), "the target site has no such taxonomy");
            }
            Map<Long, SourceLookup.Looked<SourceTerms.Term>> known = sourceTerms.lookUp(post, route, e.getValue());
            List<SourceTerms.Term> wanted = new ArrayList<>();
            for (long id : e.getValue()) {
                SourceLookup.Looked<SourceTerms.Term> looked = known.get(id);
                if (looked.item() != null) {
                    wanted.add(new SourceTerms.Term(taxonomy, looked.item().slug(), looked.item().name(), id,
                            looked.item().parent()));
                } else if (!looked.missing()) {
                    throw refusal(post, taxonomy, id, "not looked up on the source site: " + looked.failure());
                } else {
                    TargetReferences.Findings.note(dangling, TermFields.kind(taxonomy) + " " + id + " of " + post.sourceSite()
                            + " that a post list filters by (written as " + NO_TERM + ", which no term has)");
                    targets.put(taxonomy + "#" + id, noTerm(post, route));
                }
            }
            List<String> missing = new ArrayList<>();
            TargetTerms.Found found = terms.find(post, taxonomy, wanted, missing, created);
            if (!missing.isEmpty()) {
                throw new PushException(post.bodyFile() + ": its content lists posts filed under " + missing.get(0)
                        + ", which is not on " + site.root() + ": not pushed, since its list there would show another"
                        + " term's posts or none; create it there with the same slug, or push with --create-terms");
            }
            found.ids().forEach((term, target) -> targets.put(taxonomy + "#" + term.id(), target));
        }
        long[] mapped = new long[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Long target = targets.get(ids.get(i).taxonomy() + "#" + ids.get(i).sourceId());
            mapped[i] = target != null ? target : ids.get(i).sourceId(); // a dry run's term it would create: nothing is sent
        }
        ObjectNode body = post.body().deepCopy();
        body.put("content", QueryTerms.rewrite(content, ids, mapped));
        return post.withBody(body);
    }

    /** {@link #NO_TERM}, once the target is known not to have it. */
    private long noTerm(MergedPost post, String route) throws PushException {
        if (hasTerm(route, NO_TERM)) {
            throw new PushException(post.bodyFile() + ": " + site.root() + " has a term with id " + NO_TERM + " (" + route
                    + "): push cannot write an id no term has there for a term the source site does not have");
        }
        return NO_TERM;
    }

    private static PushException refusal(MergedPost post, String taxonomy, long id, String why) {
        return new PushException(post.bodyFile() + ": its content lists posts of " + TermFields.kind(taxonomy) + " " + id + " of "
                + post.sourceSite() + " (" + why + "): not pushed, since push cannot tell which term that is on the"
                + " target site, and its list there would show another term's posts or none");
    }

    /** A term as the source site answers it (its taxonomy set where it is used), or null without a slug. */
    private static SourceTerms.Term term(JsonNode answer) {
        String slug = answer.path("slug").asText("");
        return slug.isEmpty() ? null : new SourceTerms.Term("", slug, answer.path("name").asText(slug),
                answer.path("id").asLong(), Math.max(0, answer.path("parent").asLong(0)));
    }

    /** Whether the target site has a term with this id on that route (asked once per run). */
    private boolean hasTerm(String route, long id) throws PushException {
        String key = route + "/" + id;
        Boolean has = onTarget.get(key);
        if (has == null) {
            try {
                has = SiteRequests.json(site.get(key, SiteRequests.query(Map.of("_fields", "id"), params))).has("id");
            } catch (WpException e) {
                if (e.status() != 404 && !"rest_term_invalid".equals(e.code())) {
                    throw new PushException("cannot tell whether " + site.root() + " has term " + id + " (" + route + "): "
                            + e.getMessage());
                }
                has = false;
            }
            onTarget.put(key, has);
        }
        return has;
    }
}
