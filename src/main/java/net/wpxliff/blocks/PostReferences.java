package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocks that show another post of the site by its id: a synced pattern ({@code <!-- wp:block {"ref":12} /-->}, a
 * {@code wp_block} post) and a navigation menu ({@code <!-- wp:navigation {"ref":34} /-->}, a {@code wp_navigation}
 * post); menu links that name the post they link to by id ({@link #LINK_BLOCKS}); Query Loops that list the
 * children of posts ({@code "query":{"parents":[12]}}) or leave posts out ({@code "exclude":[34]}) by id; and Page
 * Lists that list a page's children ({@code "parentPageID":12}). The post they
 * show is not in the content: on the target site the id must be that of its translation there, or the Korean page
 * shows nothing in its place (no such post) or another post's text (the id taken by another).
 * Finds the ids in block markup, each with the span of its digits (pull follows them, push maps them), and writes
 * other ids in their place, leaving every other character as it is.
 */
public final class PostReferences {
    /** Block name → the post type its {@code ref} attribute names. */
    public static final Map<String, String> REFERRING_BLOCKS = Map.of("core/block", "wp_block", "core/navigation", "wp_navigation");
    /**
     * Blocks that link to a post and name it by {@code id} too ({@code "kind":"post-type","type":"page","id":12}):
     * WordPress leaves such a link out of the menu when no published post has that id on its site.
     */
    static final Set<String> LINK_BLOCKS = Set.of("core/navigation-link", "core/navigation-submenu");

    /** The Page List attribute naming the page whose children it lists. */
    private static final String PAGE_LIST_PARENT = "parentPageID";
    private static final JsonFactory JSON = new JsonFactory();

    private PostReferences() {
    }

    /**
     * One reference: the block that holds it, the post type and source id it names, and where its digits are.
     *
     * @param sourceId the id, or -1 when the value is not a positive whole number (then it cannot be mapped)
     * @param value    the span of the value's digits in the content (inside the quotes of a string value)
     * @param shows    true for a pattern's or menu's {@code ref} (the block shows that post: without it, nothing), false
     *                 for a navigation link's {@code id} (the link only shows when the post exists) and a query's ids
     * @param filters  true for a Query Loop's {@code parents} and {@code exclude} and a Page List's {@code parentPageID}
     *                 (the post list is chosen by them)
     */
    public record Reference(String block, String type, long sourceId, SourceRange value, String written, boolean shows,
                            boolean filters) {
        public Reference(String block, String type, long sourceId, SourceRange value, String written, boolean shows) {
            this(block, type, sourceId, value, written, shows, false);
        }

        /** The block comment as a message quotes it: {@code <!-- wp:block {"ref":1815} /-->}'s name and ref. */
        public String describe() {
            String shortName = block.startsWith("core/") ? block.substring(5) : block;
            String member = shows ? "ref" : !filters ? "id" : block.equals("core/page-list") ? PAGE_LIST_PARENT
                    : "query\":{\"parents\" or \"exclude";
            return "<!-- wp:" + shortName + " {\"" + member + "\":" + written + "} -->";
        }
    }

    /** The references in a body's content (block markup; HTML without blocks has none), in document order. */
    public static List<Reference> in(String content) {
        if (content.indexOf("<!-- wp:") < 0) return List.of(); // no block at all: the common rendered body
        List<Reference> found = new ArrayList<>();
        BlockDocument document = BlockParser.parse(content);
        for (Block block : document.allBlocks()) {
            String type = REFERRING_BLOCKS.get(block.name());
            // WordPress reads no attributes from JSON it cannot decode: no reference then
            if (block.attributesJson() == null || !block.attributesValid()) continue;
            if (type != null) refs(content, block, type, found);
            else if (LINK_BLOCKS.contains(block.name())) linkedPost(content, block, found);
            else if (block.name().equals("core/query")) queryPosts(content, block, found);
            else if (block.name().equals("core/page-list")) pageListParent(content, block, found);
        }
        found.sort(java.util.Comparator.comparingInt(r -> r.value().start())); // rewrite() goes through them in order
        return found;
    }

    /** The {@code ref} members of the block's attribute object (top level only; a repeated one each). */
    private static void refs(String content, Block block, String type, List<Reference> found) {
        eachMember(content, block, (name, value, parser, jsonStart) -> {
            if (name.equals("ref")) found.add(reference(content, jsonStart, parser, block.name(), type, value, true));
        });
    }

    /** What is done with each top-level member of a block's attributes (its value the parser's current token). */
    private interface MemberVisitor {
        void member(String name, JsonToken value, JsonParser parser, int jsonStart) throws IOException;
    }

    /** Visits the top-level members of the block's attribute object, in order, skipping what a visit leaves unread. */
    private static void eachMember(String content, Block block, MemberVisitor visitor) {
        SourceRange json = block.attributesJson();
        try (JsonParser parser = JSON.createParser(content.substring(json.start(), json.end()))) {
            parser.nextToken(); // START_OBJECT: attributesValid() said so
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                visitor.member(name, value, parser, json.start());
                if (value.isStructStart()) parser.skipChildren();
            }
        } catch (IOException e) {
            throw new IllegalStateException("attribute JSON judged valid did not parse again", e);
        }
    }

    /**
     * A navigation link's {@code id} when WordPress checks it (as its {@code render_block_core_navigation_link} does:
     * kind {@code post-type}, or type {@code post} or {@code page}), with the post type its {@code type} names.
     */
    private static void linkedPost(String content, Block block, List<Reference> found) {
        Reference[] id = {null};
        String[] kind = {null}, type = {null};
        eachMember(content, block, (name, value, parser, jsonStart) -> {
            // a repeated member: the last one counts, as PHP's json_decode reads it
            if (name.equals("id")) id[0] = value.isNumeric() || value == JsonToken.VALUE_STRING
                    ? reference(content, jsonStart, parser, block.name(), null, value, false) : null;
            else if (name.equals("kind")) kind[0] = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            else if (name.equals("type")) type[0] = value == JsonToken.VALUE_STRING ? parser.getText() : null;
        });
        boolean checked = "post-type".equals(kind[0]) || "post".equals(type[0]) || "page".equals(type[0]);
        // WordPress's is_numeric: an id it does not check, or without a post type to find its translation by, is left
        if (id[0] == null || !checked || id[0].sourceId() <= 0 || type[0] == null || !type[0].matches("[a-z0-9_-]{1,20}")) return;
        found.add(new Reference(id[0].block(), type[0], id[0].sourceId(), id[0].value(), id[0].written(), false));
    }

    /**
     * A Query Loop's {@code query.parents} and {@code query.exclude} ids (WordPress's {@code post_parent__in} and
     * {@code post__not_in}), posts of the query's {@code postType} ({@code post} when it names none).
     */
    private static void queryPosts(String content, Block block, List<Reference> found) {
        QueryAttributes query = QueryAttributes.of(content, block);
        if (!query.postType().matches("[a-z0-9_-]{1,20}")) return; // no post type to find their translations by
        for (IdValue id : query.posts()) {
            // WordPress's intval: an id that is no whole number filters nothing, and stays as it is
            if (id.id() > 0) {
                found.add(new Reference(block.name(), query.postType(), id.id(), id.digits(), id.written(), false, true));
            }
        }
    }

    /**
     * A Page List's {@code parentPageID} (WordPress 6.2: the list shows that page's children instead of every page),
     * a page's id; 0 (every page) or a value that is no whole number is none.
     */
    private static void pageListParent(String content, Block block, List<Reference> found) {
        Reference[] parent = {null};
        eachMember(content, block, (name, value, parser, jsonStart) -> {
            // a repeated member: the last one counts, as PHP's json_decode reads it
            if (name.equals(PAGE_LIST_PARENT)) parent[0] = value.isNumeric() || value == JsonToken.VALUE_STRING
                    ? reference(content, jsonStart, parser, block.name(), "page", value, false) : null;
        });
        Reference page = parent[0];
        if (page == null || page.sourceId() <= 0) return;
        found.add(new Reference(page.block(), "page", page.sourceId(), page.value(), page.written(), false, true));
    }

    private static Reference reference(String content, int jsonStart, JsonParser parser, String block, String type,
                                       JsonToken value, boolean shows) throws IOException {
        IdValue id = IdValue.at(content, jsonStart, parser, value);
        return new Reference(block, type, id.id(), id.digits(), id.written(), shows);
    }

    /**
     * The content with each reference's digits replaced by its target id ({@code targets}, same order as
     * {@code references}, which are in document order).
     */
    public static String rewrite(String content, List<Reference> references, long[] targets) {
        return IdValue.rewrite(content, references.stream().map(Reference::value).toList(), targets);
    }
}
