package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import net.wpxliff.input.DocumentReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The members of a post object's top level, with the spans of their names and string values in its text, so
 * that merge can rename a key or replace a value and keep every other byte.
 */
final class TopLevelMembers {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(200)
                    .maxStringLength((int) DocumentReader.MAX_INPUT_BYTES)
                    .build())
            .build();

    /**
     * One member.
     *
     * @param nameStart offset of the name's opening quote
     * @param nameEnd   offset just after the name's closing quote
     * @param string    the value when it is a string, else null
     * @param valueStart for a string value: offset of its opening quote, else -1
     * @param valueEnd   for a string value: offset just after its closing quote, else -1
     */
    record Member(int nameStart, int nameEnd, String string, int valueStart, int valueEnd) {
    }

    private TopLevelMembers() {
    }

    /**
     * The members whose string values are read: merge replaces {@code link} and copies {@code slug}. The others'
     * strings (the rendered content among them) are skipped unread, as Jackson can, instead of decoded for nothing.
     */
    private static final Set<String> STRINGS_READ = Set.of("link", "slug");

    /**
     * The members of the object {@code text} holds, by name (the first of a repeated name); the value of a string
     * member only for {@link #STRINGS_READ} (null for the others, as for members that are not strings).
     */
    static Map<String, Member> of(String text) {
        Map<String, Member> members = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return members;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                int nameStart = (int) parser.currentTokenLocation().getCharOffset();
                int nameEnd = stringEnd(text, nameStart);
                JsonToken value = parser.nextToken();
                Member member;
                if (value == JsonToken.VALUE_STRING && STRINGS_READ.contains(name)) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    String string = parser.getText();
                    member = new Member(nameStart, nameEnd, string, start, (int) parser.currentLocation().getCharOffset());
                } else {
                    parser.skipChildren();
                    member = new Member(nameStart, nameEnd, null, -1, -1);
                }
                members.putIfAbsent(name, member);
            }
            return members;
        } catch (IOException e) {
            // the text was parsed when the post was read: it cannot fail here
            throw new UncheckedIOException(e);
        }
    }

    /** Just after the closing quote of the JSON string whose opening quote is at {@code start}. */
    private static int stringEnd(String text, int start) {
        if (text.charAt(start) != '"') throw new IllegalStateException("no JSON string at " + start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i + 1;
        }
        throw new IllegalStateException("unterminated JSON string at " + start);
    }
}
