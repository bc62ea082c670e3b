package net.wpxliff.pull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import net.wpxliff.blocks.PostReferences;
import net.wpxliff.wp.WpException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The synced patterns and navigation menus that pulled posts show by id ({@link PostReferences}) and the pull did not
 * get: without them the translated posts cannot be pushed (their Korean pages would show nothing in their place), so
 * pull gets them too. Read from each post's raw content: the whole post fetched, else the folder's copy (unchanged).
 */
public final class ReferencedPosts {
    /** The REST route of each type a block refers to. */
    public static final Map<String, String> ROUTES = Map.of("wp_block", "/wp/v2/blocks", "wp_navigation", "/wp/v2/navigation");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();

    private ReferencedPosts() {
    }

    /**
     * What following the references brought: the result with them planned, each listing of them, and by type the ids
     * the site did not give (deleted, not published, not readable by the user).
     */
    public record Followed(WholePosts.Result result, List<PostFetcher.Fetched> listings, Map<String, Set<Long>> notGiven) {
    }

    /**
     * Pulls the synced patterns and navigation menus the pulled posts show by id and the pull did not get, and those
     * they show in turn: whole, whatever --id, --slug, --status or --modified-after chose (only the {@code --param}s
     * apply), since the posts cannot be pushed without them.
     */
    public static Followed follow(PostFetcher fetcher, PullFolder folder, WholePosts.Result whole, Map<String, String> params,
                                  PostFetcher.Progress progress) throws WpException, IOException {
        Map<String, String> wholeQuery = new LinkedHashMap<>();
        wholeQuery.put("orderby", "id");
        wholeQuery.put("order", "asc");
        wholeQuery.putAll(params);
        wholeQuery.put("context", "edit");
        wholeQuery.put("_embed", PostFetcher.EMBED);
        List<PostFetcher.Fetched> followed = new ArrayList<>();
        Map<String, Set<Long>> notGiven = new TreeMap<>();
        Set<Long> asked = new HashSet<>();
        for (int depth = 0; depth < 8; depth++) { // patterns inside patterns: a few levels at most
            Map<String, Set<Long>> missing = missing(whole.planned(), asked);
            if (missing.isEmpty()) break;
            List<PostFetcher.Fetched> listings = new ArrayList<>();
            for (Map.Entry<String, Set<Long>> entry : missing.entrySet()) {
                asked.addAll(entry.getValue());
                Map<String, String> listing = new LinkedHashMap<>(wholeQuery);
                listing.remove("_embed");
                listing.put("_fields", PostFetcher.LISTING_FIELDS);
                listing.put("include", entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")));
                String route = ROUTES.get(entry.getKey());
                PostFetcher.Fetched listed;
                try {
                    listed = fetcher.fetchAll(route, listing, progress);
                } catch (WpException e) {
                    if (e.status() != 404) throw e;
                    listed = new PostFetcher.Fetched(route, List.of(), 0, 0); // a WordPress without the route
                }
                Set<Long> given = listed.posts().stream().map(PulledPost::id).collect(Collectors.toSet());
                for (long id : entry.getValue()) {
                    if (!given.contains(id)) notGiven.computeIfAbsent(entry.getKey(), t -> new TreeSet<>()).add(id);
                }
                listings.add(listed);
            }
            followed.addAll(listings);
            whole = WholePosts.adding(whole, fetcher, folder, listings, wholeQuery, true, progress);
        }
        return new Followed(whole, followed, notGiven);
    }

    /**
     * The ids each referring block names, by post type, that are not among the planned posts nor in {@code asked}.
     *
     * @param asked ids asked for already (a post the site did not give is not asked for again)
     */
    static Map<String, Set<Long>> missing(Iterable<PullFolder.Planned> planned, Set<Long> asked) throws IOException {
        Map<String, Set<Long>> have = new LinkedHashMap<>();
        Map<String, Set<Long>> shown = new TreeMap<>();
        for (PullFolder.Planned p : planned) {
            have.computeIfAbsent(p.post().type(), t -> new TreeSet<>()).add(p.post().id());
            if (!p.post().raw()) continue; // rendered HTML shows the pattern's text, not a reference
            byte[] json = p.post().listed() ? Files.readAllBytes(p.path()) : p.post().bytes();
            if (!mayRefer(json)) continue; // most posts: no block that shows a post, read in a scan of the bytes
            String content = rawContent(json);
            if (content == null) continue;
            for (PostReferences.Reference ref : PostReferences.in(content)) {
                // what a block shows (a menu's links go to posts and pages, which --type chooses)
                if (ref.sourceId() > 0 && ref.shows()) shown.computeIfAbsent(ref.type(), t -> new TreeSet<>()).add(ref.sourceId());
            }
        }
        Map<String, Set<Long>> missing = new TreeMap<>();
        shown.forEach((type, ids) -> {
            for (long id : ids) {
                if (!have.getOrDefault(type, Set.of()).contains(id) && !asked.contains(id)) {
                    missing.computeIfAbsent(type, t -> new TreeSet<>()).add(id);
                }
            }
        });
        return missing;
    }

    private static final byte[][] NAMES = {"wp:block".getBytes(StandardCharsets.US_ASCII),
            "wp:navigation".getBytes(StandardCharsets.US_ASCII), "wp:core/".getBytes(StandardCharsets.US_ASCII)};

    /**
     * Whether the post's bytes name a block that may show a post ({@code wp:block}, {@code wp:navigation}, or a core
     * block by its full name): without one, its content needs no parse.
     */
    static boolean mayRefer(byte[] json) {
        for (byte[] name : NAMES) if (indexOf(json, name) >= 0) return true;
        return false;
    }

    private static int indexOf(byte[] text, byte[] part) {
        outer:
        for (int i = 0; i <= text.length - part.length; i++) {
            if (text[i] != part[0]) continue;
            for (int k = 1; k < part.length; k++) if (text[i + k] != part[k]) continue outer;
            return i;
        }
        return -1;
    }

    /** {@code content.raw} of a post object (or of the first post of an array), or null when it has none. */
    static String rawContent(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) return null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("content") && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String member = parser.currentName();
                        JsonToken inner = parser.nextToken();
                        if (member.equals("raw") && inner == JsonToken.VALUE_STRING) return parser.getText();
                        parser.skipChildren();
                    }
                    return null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }
}
