package net.wpxliff.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Jackson trees as lists, for assertions on what a command wrote. */
public final class JsonTrees {
    private JsonTrees() {
    }

    /** An object's member names, in order. */
    public static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** An array's elements, in order. */
    public static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }
}
