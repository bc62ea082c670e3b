package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.wp.WpException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Items of a post's source site asked for by id ({@code include=}, a hundred per request) and kept for the run: a
 * gallery's images, the terms a post list filters by. An id the source site does not give is known to be missing; a
 * request that failed is remembered with its reason and not made again in the run.
 *
 * @param <T> what an item is read as
 */
final class SourceLookup<T> {
    /** What the source site said of one id: its item; else why it is not known ({@code failure}), or neither: missing. */
    record Looked<T>(T item, String failure) {
        /** The source site has no such item (or none this lookup can use). */
        boolean missing() {
            return item == null && failure == null;
        }
    }

    private final SourceSites sources;
    private final Map<String, String> parameters;
    private final Function<JsonNode, T> reader;
    /** Source REST root, route and id → what is known. */
    private final Map<String, Looked<T>> known = new ConcurrentHashMap<>();

    /**
     * @param parameters what every request asks besides the ids ({@code _fields}, …)
     * @param reader     an answer's item, or null when it cannot be used (no slug)
     */
    SourceLookup(SourceSites sources, Map<String, String> parameters, Function<JsonNode, T> reader) {
        this.sources = sources;
        this.parameters = Map.copyOf(parameters);
        this.reader = reader;
    }

    /** What the post's source site says of each id on {@code route}, asking only for those not known yet. */
    Map<Long, Looked<T>> lookUp(MergedPost post, String route, Collection<Long> ids) {
        List<Long> wanted = ids.stream().distinct().filter(id -> !known.containsKey(key(post, route, id)))
                .collect(Collectors.toList());
        for (int from = 0; from < wanted.size(); from += TargetPrefetch.BATCH) {
            List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + TargetPrefetch.BATCH));
            Map<String, String> query = new LinkedHashMap<>(parameters);
            query.put("include", batch.stream().map(String::valueOf).collect(Collectors.joining(",")));
            query.put("per_page", Integer.toString(TargetPrefetch.BATCH));
            try {
                for (JsonNode answer : SiteRequests.json(sources.of(post).get(route, query))) {
                    T item = answer.path("id").canConvertToLong() ? reader.apply(answer) : null;
                    if (item != null) known.put(key(post, route, answer.path("id").asLong()), new Looked<>(item, null));
                }
                for (long id : batch) known.putIfAbsent(key(post, route, id), new Looked<>(null, null));
            } catch (PushException | WpException e) {
                Looked<T> failed = new Looked<>(null, e.getMessage());
                for (long id : batch) known.putIfAbsent(key(post, route, id), failed);
            }
        }
        Map<Long, Looked<T>> looked = new LinkedHashMap<>();
        for (long id : new ArrayList<>(ids)) looked.put(id, known.get(key(post, route, id)));
        return looked;
    }

    private static String key(MergedPost post, String route, long id) {
        return post.sourceRestRoot() + route + "#" + id;
    }
}
