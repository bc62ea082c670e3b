package net.wpxliff.merge;

import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The .ko.json records the English post's id as {@code translation_of} (issue 8 point 5), and changes nothing else. */
class PostJsonWriterTest {

    private static SourceDocument read(Path dir, String json) throws Exception {
        return new DocumentReader().read(Files.writeString(dir.resolve("post.json"), json)).get(0);
    }

    @Test
    void onlyTheTopLevelIdKeyIsRenamed(@TempDir Path dir) throws Exception {
        String json = "{\"meta\":{\"id\":5},\"_links\":{\"self\":[{\"id\":6}]},\"id\" : 7,\"slug\":\"s\","
                + "\"title\":{\"rendered\":\"T\"},\"content\":{\"rendered\":\"<p>id</p>\"}}";
        SourceDocument post = read(dir, json);
        assertEquals(json.replace("\"id\" : 7", "\"translation_of\" : 7"), PostJsonWriter.write(post, Map.of(), null));
    }

    @Test
    void aPostThatAlreadyNamesItsSourceKeepsBothKeysAsTheyAre(@TempDir Path dir) throws Exception {
        String json = "{\"id\":8,\"translation_of\":7,\"slug\":\"s\",\"title\":{\"rendered\":\"T\"}}";
        assertEquals(json, PostJsonWriter.write(read(dir, json), Map.of(), null), "two translation_of keys would be ambiguous");
    }

    @Test
    void aPostWithoutIdIsWrittenAsItWas(@TempDir Path dir) throws Exception {
        String json = "{\"slug\":\"s\",\"title\":{\"rendered\":\"T\"}}";
        assertEquals("{\"slug\":\"s\",\"title\":{\"rendered\":\"T2\"}}",
                PostJsonWriter.write(read(dir, json), Map.of("title", "T2"), null));
    }
}
