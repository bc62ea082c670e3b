package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence as a memory holds it: text and inline codes, each code with the original markup it stands for.
 * (Stand-in with the shared contract's signatures; the "tm" branch owns this class.)
 */
public record TmText(List<Part> parts) {
    public TmText {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    public sealed interface Part permits Plain, Tag {}

    /** Text, as the translator sees it (entities decoded). */
    public record Plain(String text) implements Part {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An inline code. kind: OPEN / CLOSE / STANDALONE; id: the code's number in its sentence (a pair shares it);
     * type: what it stands for (XLIFF ctype: bold, link, lb, x-html-comment, x-shortcode…);
     * markup: the original markup (e.g. "<a href=\"/x\">"), written in TMX &lt;bpt&gt;/&lt;ept&gt;/&lt;ph&gt;.
     */
    public record Tag(Kind kind, int id, String type, String markup) implements Part {
        public Tag {
            Objects.requireNonNull(kind, "kind");
            type = type == null ? "" : type;
            markup = markup == null ? "" : markup;
        }
    }

    public enum Kind { OPEN, CLOSE, STANDALONE }

    /** The Plain parts joined. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Plain plain) text.append(plain.text());
        }
        return text.toString();
    }

    /** The Tag parts in order. */
    public List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Tag tag) tags.add(tag);
        }
        return tags;
    }
}
