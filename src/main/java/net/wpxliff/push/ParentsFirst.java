package net.wpxliff.push;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders objects that name their parent by its source id ({@code "id"}, {@code "parent"}: menu items, terms) so that
 * each comes after its parent and its parent's translation is known when it is pushed. One whose parent is not in
 * the list counts as at the top; objects in a parent loop (a damaged file) come last, as they stood.
 */
final class ParentsFirst {
    private ParentsFirst() {
    }

    static List<ObjectNode> order(List<ObjectNode> objects) {
        Set<Long> ids = new HashSet<>();
        for (ObjectNode object : objects) ids.add(object.path("id").asLong());
        List<ObjectNode> ordered = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        boolean progress = true;
        while (ordered.size() < objects.size() && progress) {
            progress = false;
            for (ObjectNode object : objects) {
                long id = object.path("id").asLong(), parent = object.path("parent").asLong(0);
                if (done.contains(id) || !(parent == 0 || done.contains(parent) || !ids.contains(parent))) continue;
                ordered.add(object);
                done.add(id);
                progress = true;
            }
        }
        for (ObjectNode object : objects) if (!done.contains(object.path("id").asLong())) ordered.add(object);
        return ordered;
    }
}
