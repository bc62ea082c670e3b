package net.wpxliff.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post JSON that is not as WordPress writes it is refused in plain words: the file, the line and column, what is wrong
 * and what to do, never the JSON library's own names (QA: a member written twice was read silently, export taking the
 * last and merge keeping both; a deep file was refused "from `StreamReadConstraints.getMaxNestingDepth()`").
 */
class PostJsonErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aTopLevelMemberWrittenTwiceIsRefusedNamingItsLine() throws IOException {
        Path file = post("{\n  \"id\": 1,\n  \"title\": {\"rendered\": \"A river\"},\n  \"content\": {\"rendered\": \"<p>English</p>\"},\n"
                + "  \"content\": {\"rendered\": \"<p>Other</p>\"}\n}\n");
        String message = refused(file);
        assertTrue(message.startsWith(file + ": line 5, column "), message);
        assertTrue(message.contains("the member \"content\" is written twice in one object"), message);
        assertTrue(message.contains("keep one, or download the file again"), message);
    }

    @Test
    void aFieldsStringWrittenTwiceIsRefusedToo() throws IOException {
        Path file = post("{\"id\":1,\"title\":{\"rendered\":\"A\",\"rendered\":\"B\"},\"content\":{\"rendered\":\"<p>x</p>\"}}");
        assertTrue(refused(file).contains(": line 1, column 43: the member \"rendered\" is written twice"), refused(file));
    }

    /** QA: an id of 1e400 was exported, then merge refused the file it made; export refuses it first. */
    @Test
    void anIdThatIsNoPostIdIsRefused() throws IOException {
        for (String id : new String[]{"1e400", "-3", "\"../x\""}) {
            Path file = post("{\"id\":" + id + ",\"title\":{\"rendered\":\"A\"},\"content\":{\"rendered\":\"<p>x</p>\"}}");
            assertTrue(refused(file).contains("not a WordPress post id (a whole number"), refused(file));
        }
    }

    @Test
    void aTitleThatIsThereButNoStringIsNamedAsSuch() throws IOException {
        Path file = post("{\"id\":1,\"title\":{\"rendered\":42},\"content\":{\"rendered\":[\"<p>a</p>\"]}}");
        String message = refused(file);
        assertEquals(file + ": line 1, column 29: title.rendered is a number (42), where WordPress writes a string: not a"
                + " post as the REST API gives it; download it again", message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NaN | {\"id\":NaN,\"content\":{\"rendered\":\"<p>x</p>\"}} | line 1, column 10: invalid JSON: NaN is not a JSON value (JSON has no NaN or Infinity): write a number or null",
            "comment | {\"id\":1, /* note */ \"content\":{\"rendered\":\"<p>x</p>\"}} | line 1, column 10: invalid JSON: a comment, which JSON does not allow: remove it",
            "control character | {\"id\":1,\"content\":{\"rendered\":\"<p>x\ty</p>\"}} | invalid JSON: a control character inside a string",
            "cut short | {\"id\":1,\"content\":{\"rendered\":\"<p>x</p>\"} | invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)"})
    void brokenJsonIsSaidPlainly(String what, String json, String expected) throws IOException {
        String message = refused(post(json));
        assertTrue(message.contains(expected), message);
        assertTrue(message.endsWith("; fix or download the file again"), message);
        assertPlain(message);
    }

    @Test
    void nestingTooDeepIsSaidWithWhereItWentTooDeep() throws IOException {
        Path file = post("{\"id\":5,\"content\":{\"rendered\":\"<p>x</p>\"},\"meta\":" + "[".repeat(300) + "]".repeat(300) + "}");
        String message = refused(file);
        assertTrue(message.startsWith(file + ": line 1, column "), message);
        assertTrue(message.contains("invalid JSON: objects and arrays nested more than 200 levels deep"), message);
        assertPlain(message);
    }

    @Test
    void aNumberTooLongIsSaidInDigits() throws IOException {
        String message = refused(post("{\"id\":" + "9".repeat(1500) + ",\"content\":{\"rendered\":\"<p>x</p>\"}}"));
        assertTrue(message.contains("invalid JSON: a number of more than 1000 digits"), message);
        assertPlain(message);
    }

    private Path post(String json) throws IOException {
        return Files.writeString(dir.resolve("post.json"), json);
    }

    private static String refused(Path file) {
        return assertThrows(InputException.class, () -> new DocumentReader().read(file)).getMessage();
    }

    private static void assertPlain(String message) {
        for (String internal : new String[]{"`", "Feature", "StreamReadConstraints", "Source:", "REDACTED"}) {
            assertFalse(message.contains(internal), internal + " in: " + message);
        }
    }
}
