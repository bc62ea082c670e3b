package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Blocks that list posts filed under terms named by id: the Query Loop ({@code <!-- wp:query {"query":{"taxQuery":
 * {"category":[2]}}} -->}, and its older {@code categoryIds} and {@code tagIds}) and Latest Posts
 * ({@code <!-- wp:latest-posts {"categories":[{"id":2,"value":"News"}]} /-->}). The ids are the source site's; on a
 * site with terms of its own they name other terms or none, and the Korean page lists other posts or none. Finds each
 * id with its taxonomy and the span of its digits (push maps them), as WordPress reads them
 * ({@code build_query_vars_from_query_block}, {@code render_block_core_latest_posts}).
 */
public final class QueryTerms {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One term id.
     *
     * @param block    the block that holds it ({@code core/query})
     * @param taxonomy the taxonomy it is a term of ({@code category}, {@code post_tag}, a custom one's name)
     * @param sourceId the id, or -1 when the value is not a positive whole number (WordPress reads no term there)
     * @param digits   where its digits are
     */
    public record TermId(String block, String taxonomy, long sourceId, SourceRange digits) {
    }

    private QueryTerms() {
    }

    /** The term ids in a body's content (block markup), in document order; ids WordPress reads no term from left out. */
    public static List<TermId> in(String content) {
        if (content.indexOf("<!-- wp:query") < 0 && content.indexOf("<!-- wp:latest-posts") < 0) return List.of();
        List<TermId> found = new ArrayList<>();
        for (Block block : BlockParser.parse(content).allBlocks()) {
            if (block.attributesJson() == null || !block.attributesValid()) continue;
            if (block.name().equals("core/query")) {
                for (QueryAttributes.TermValue term : QueryAttributes.of(content, block).terms()) {
                    found.add(new TermId(block.name(), term.taxonomy(), term.id().id(), term.id().digits()));
                }
            } else if (block.name().equals("core/latest-posts")) {
                latestPosts(content, block, found);
            }
        }
        found.removeIf(id -> id.sourceId() <= 0);
        found.sort(Comparator.comparingInt(id -> id.digits().start()));
        return found;
    }

    /** The content with each id's digits replaced by its target ({@code targets}, same order as {@code ids}). */
    public static String rewrite(String content, List<TermId> ids, long[] targets) {
        return IdValue.rewrite(content, ids.stream().map(TermId::digits).toList(), targets);
    }

    /** Latest Posts' {@code categories} list. */
    private static void latestPosts(String content, Block block, List<TermId> found) {
        int start = block.attributesJson().start();
        try (JsonParser parser = JSON.createParser(block.attributesJson().of(content))) {
            parser.nextToken(); // START_OBJECT: attributesValid() said so
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                boolean categories = parser.currentName().equals("categories");
                JsonToken value = parser.nextToken();
                if (categories && value == JsonToken.START_ARRAY) categoryObjects(content, start, parser, block.name(), found);
                else if (value.isStructStart()) parser.skipChildren();
            }
        } catch (IOException e) {
            throw new IllegalStateException("attribute JSON judged valid did not parse again", e);
        }
    }

    /** Latest Posts' {@code categories}: objects whose {@code id} is a category's. */
    private static void categoryObjects(String content, int start, JsonParser parser, String block, List<TermId> found)
            throws IOException {
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            if (item != JsonToken.START_OBJECT) {
                if (item.isStructStart()) parser.skipChildren();
                continue;
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                boolean isId = parser.currentName().equals("id");
                JsonToken value = parser.nextToken();
                if (isId && value.isScalarValue()) {
                    IdValue id = IdValue.at(content, start, parser, value);
                    found.add(new TermId(block, "category", id.id(), id.digits()));
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                }
            }
        }
    }
}
