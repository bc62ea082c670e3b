package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids a Query Loop ({@code core/query}) chooses its posts by, read from its {@code query} attribute as WordPress's
 * {@code build_query_vars_from_query_block} reads it: term lists ({@code taxQuery} by taxonomy, the older
 * {@code categoryIds} and {@code tagIds}) and posts ({@code parents}, {@code exclude}) of its {@code postType}. Ids are
 * numbers or numeric strings; each comes with the span of its digits ({@link IdValue}). One reader for both kinds, so
 * push maps terms ({@link QueryTerms}) and posts ({@link PostReferences}) from the same reading.
 *
 * @param postType the query's post type ({@code post} when it names none)
 * @param terms    each term id with its taxonomy, in order
 * @param posts    each post id of {@code parents} and {@code exclude}, in order
 */
record QueryAttributes(String postType, List<TermValue> terms, List<IdValue> posts) {
    private static final JsonFactory JSON = new JsonFactory();

    /** A term id and the taxonomy its list is of. */
    record TermValue(String taxonomy, IdValue id) {
    }

    /** The ids of a {@code core/query} block whose attribute JSON is valid. */
    static QueryAttributes of(String content, Block block) {
        int start = block.attributesJson().start();
        QueryAttributes found = new QueryAttributes("post", new ArrayList<>(), new ArrayList<>());
        try (JsonParser parser = JSON.createParser(block.attributesJson().of(content))) {
            parser.nextToken(); // START_OBJECT: attributesValid() said so
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                boolean query = parser.currentName().equals("query");
                JsonToken value = parser.nextToken();
                if (query && value == JsonToken.START_OBJECT) found = query(content, start, parser);
                else if (value.isStructStart()) parser.skipChildren();
            }
        } catch (IOException e) {
            throw new IllegalStateException("attribute JSON judged valid did not parse again", e);
        }
        return found;
    }

    private static QueryAttributes query(String content, int start, JsonParser parser) throws IOException {
        String postType = "post";
        List<TermValue> terms = new ArrayList<>();
        List<IdValue> posts = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("postType") && value == JsonToken.VALUE_STRING) {
                postType = parser.getText();
            } else if (name.equals("taxQuery") && value == JsonToken.START_OBJECT) {
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String taxonomy = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY) {
                        for (IdValue id : ids(content, start, parser)) terms.add(new TermValue(taxonomy, id));
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if ((name.equals("categoryIds") || name.equals("tagIds")) && value == JsonToken.START_ARRAY) {
                String taxonomy = name.equals("categoryIds") ? "category" : "post_tag";
                for (IdValue id : ids(content, start, parser)) terms.add(new TermValue(taxonomy, id));
            } else if ((name.equals("parents") || name.equals("exclude")) && value == JsonToken.START_ARRAY) {
                posts.addAll(ids(content, start, parser));
            } else if (value.isStructStart()) {
                parser.skipChildren();
            }
        }
        return new QueryAttributes(postType, terms, posts);
    }

    /** The scalar values of the array the parser is on (its START_ARRAY), leaving it on the END_ARRAY. */
    private static List<IdValue> ids(String content, int start, JsonParser parser) throws IOException {
        List<IdValue> ids = new ArrayList<>();
        for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
            if (value.isStructStart()) parser.skipChildren();
            else ids.add(IdValue.at(content, start, parser, value));
        }
        return ids;
    }
}
