package net.wpxliff.blocks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The term ids Query Loop and Latest Posts blocks filter by, read as WordPress reads them, and rewritten in place. */
class QueryTermsTest {

    @Test
    void findsTaxQueryLegacyIdsAndLatestPostsCategoriesInDocumentOrder() {
        String content = "<!-- wp:query {\"queryId\":1,\"query\":{\"perPage\":3,\"taxQuery\":{\"category\":[2,\"5\"],"
                + "\"genre\":[9]},\"categoryIds\":[3],\"tagIds\":[4],\"exclude\":[7]}} -->\n<div></div>\n<!-- /wp:query -->\n"
                + "<!-- wp:group --><div><!-- wp:latest-posts {\"categories\":[{\"id\":6,\"value\":\"News\"},{\"value\":\"x\"}],"
                + "\"postsToShow\":3} /--></div><!-- /wp:group -->";
        List<QueryTerms.TermId> ids = QueryTerms.in(content);
        assertEquals(List.of("category 2", "category 5", "genre 9", "category 3", "post_tag 4", "category 6"),
                ids.stream().map(id -> id.taxonomy() + " " + id.sourceId()).toList());
        assertEquals("\"5\"", content.substring(ids.get(1).digits().start() - 1, ids.get(1).digits().end() + 1),
                "a string id's digits, inside its quotes");
        assertEquals(content.replace("[2,\"5\"]", "[12,\"15\"]").replace("[9]", "[19]").replace("[3]", "[13]")
                        .replace("[4]", "[14]").replace("\"id\":6", "\"id\":16"),
                QueryTerms.rewrite(content, ids, new long[]{12, 15, 19, 13, 14, 16}), "only the digits change");
    }

    @Test
    void valuesWordPressReadsNoTermFromAndOtherBlocksAreLeft() {
        assertEquals(List.of(), QueryTerms.in("<!-- wp:query {\"query\":{\"taxQuery\":{\"category\":[0,-2,\"x\",1.5,[3],{\"a\":4}]}}} /-->"));
        assertEquals(List.of(), QueryTerms.in("<!-- wp:query {\"query\":{\"taxQuery\":{\"category\":[2]}} broken /-->"),
                "attribute JSON WordPress cannot decode");
        assertEquals(List.of(), QueryTerms.in("<!-- wp:acme/query {\"query\":{\"taxQuery\":{\"category\":[2]}}} /-->"));
        assertEquals(List.of(), QueryTerms.in("<p>{\"query\":{\"taxQuery\":{\"category\":[2]}}}</p>"));
    }
}
