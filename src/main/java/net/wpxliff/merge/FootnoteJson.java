package net.wpxliff.merge;

import net.wpxliff.input.FootnoteFields;
import net.wpxliff.input.SourceDocument;

import java.util.Map;

/**
 * Writes a post's footnotes back ({@link FootnoteFields}): the meta's JSON text with each footnote's content string
 * replaced by its translation, everything else (ids, order, any other member) byte for byte, in the text's own
 * escaping style.
 */
final class FootnoteJson {
    private FootnoteJson() {
    }

    /** The post's footnotes with the merged texts, or null when the post has no footnote fields. */
    static Written write(SourceDocument post, Map<String, String> merged) {
        if (post.fields().stream().noneMatch(f -> FootnoteFields.is(f.key()))) return null;
        FootnoteFields.Footnotes footnotes = FootnoteFields.find(post.text());
        if (footnotes == null) return null; // found when the fields were made: the same text
        String json = footnotes.json();
        boolean escapeSlash = json.contains("\\/");
        boolean asciiOnly = json.contains("\\u") && json.chars().allMatch(c -> c < 0x80);
        StringBuilder out = new StringBuilder(json.length() * 2);
        int cursor = 0;
        boolean changed = false;
        for (FootnoteFields.Footnote note : footnotes.notes()) {
            String text = merged.get(note.key());
            if (text == null || text.equals(note.content())) continue;
            out.append(json, cursor, note.contentStart()).append(PostJsonWriter.encode(text, escapeSlash, asciiOnly));
            cursor = note.contentEnd();
            changed = true;
        }
        out.append(json, cursor, json.length());
        return new Written(out.toString(), changed, footnotes.tokenStart(), footnotes.tokenEnd());
    }

    /**
     * The footnotes' JSON text as merged, whether a text changed, and the span of the post's meta string holding it.
     */
    record Written(String json, boolean changed, int tokenStart, int tokenEnd) {
    }
}
