package net.wpxliff.merge;

import net.wpxliff.input.Field;
import net.wpxliff.input.FootnoteFields;
import net.wpxliff.input.SourceDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes the target-locale post JSON: the source post text with the translated fields (and {@code link})
 * replaced, and the top-level {@code "id"} key renamed {@code "translation_of"} (the English post's id is the
 * source of the translation, not the translated post's id: POSTed with it, WordPress answers
 * {@code rest_post_exists}); everything else byte for byte. New strings are encoded in the style of the string
 * they replace (WordPress escapes {@code /} and non-ASCII characters).
 */
public final class PostJsonWriter {
    /** The key that records the source post's id in a translated post. */
    public static final String TRANSLATION_OF = "translation_of";

    /**
     * New values for some fields of the post.
     *
     * @param fields the document whose fields' spans (in the same post text) the values replace
     * @param values field key to new text
     */
    public record FieldValues(SourceDocument fields, Map<String, String> values) {
    }

    private PostJsonWriter() {
    }

    /**
     * @param merged  field key to merged HTML
     * @param newLink the post's target-locale link, or null to keep it
     */
    public static String write(SourceDocument post, Map<String, String> merged, String newLink) {
        return write(post.text(), List.of(new FieldValues(post, merged)), newLink);
    }

    /**
     * @param text    the post object's text
     * @param changes new values of fields of that text (a raw post: its raw fields, then its rendered ones)
     * @param newLink the post's target-locale link, or null to keep it
     */
    public static String write(String text, List<FieldValues> changes, String newLink) {
        // One style for the whole post: WordPress escapes '/' and, by default, every non-ASCII character.
        boolean escapeSlash = text.contains("\\/");
        boolean asciiOnly = isAscii(text) && text.contains("\\u");
        List<Edit.Replace> edits = new ArrayList<>();
        for (FieldValues change : changes) {
            for (Field field : change.fields().fields()) {
                if (FootnoteFields.is(field.key())) continue; // one meta string holds them all: written below
                String html = change.values().get(field.key());
                if (html == null || html.equals(field.html())) continue;
                edits.add(new Edit.Replace(field.tokenStart(), field.tokenEnd(), encode(html, escapeSlash, asciiOnly)));
            }
            FootnoteJson.Written footnotes = FootnoteJson.write(change.fields(), change.values());
            if (footnotes != null && footnotes.changed()) {
                edits.add(new Edit.Replace(footnotes.tokenStart(), footnotes.tokenEnd(),
                        encode(footnotes.json(), escapeSlash, asciiOnly)));
            }
        }
        Map<String, TopLevelMembers.Member> members = TopLevelMembers.of(text);
        TopLevelMembers.Member id = members.get("id");
        // a post that already names its source keeps it (two such keys would make the JSON ambiguous)
        if (id != null && !members.containsKey(TRANSLATION_OF)) {
            edits.add(new Edit.Replace(id.nameStart(), id.nameEnd(), "\"" + TRANSLATION_OF + "\""));
        }
        TopLevelMembers.Member link = members.get("link");
        if (newLink != null && link != null && link.string() != null) {
            String raw = text.substring(link.valueStart(), link.valueEnd());
            String encoded = encode(newLink, escapeSlash, asciiOnly);
            if (!encoded.equals(raw)) edits.add(new Edit.Replace(link.valueStart(), link.valueEnd(), encoded));
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
        int cursor = 0;
        for (Edit.Replace edit : edits) {
            out.append(text, cursor, edit.start()).append(edit.text());
            cursor = edit.end();
        }
        return out.append(text, cursor, text.length()).toString();
    }

    /** Whether every character is ASCII (a loop: a stream over a large post's text cost 2% of a batch merge). */
    private static boolean isAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** JSON string for {@code value}, escaping '/' and non-ASCII characters as asked. */
    static String encode(String value, boolean escapeSlash, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        JsonStrings.quote(value, out, escapeSlash, c -> asciiOnly && c >= 0x80, false);
        return out.toString();
    }
}
