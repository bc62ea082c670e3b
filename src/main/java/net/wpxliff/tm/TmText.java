package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence as a memory holds it: text and inline codes, each code with the original markup it stands for.
 *
 * <p>{@code equals} and {@code hashCode} here and in the parts are written out: a record's generated ones are
 * bootstrapped through method handles, which in a fresh JVM spins about fifty classes (and heats the JIT) on the
 * first comparison of an export with {@code --tm}.
 */
public record TmText(List<Part> parts) {
    public sealed interface Part permits Plain, Tag {}

    /** Text, as the translator sees it (entities decoded). */
    public record Plain(String text) implements Part {
        public Plain {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Plain plain && text.equals(plain.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /**
     * An inline code. kind: OPEN / CLOSE / STANDALONE; id: the code's number in its sentence (a pair shares it);
     * type: what it stands for (XLIFF ctype: bold, link, lb, x-html-comment, x-shortcode…);
     * markup: the original markup (e.g. "<a href=\"/x\">"), written in TMX <bpt>/<ept>/<ph>.
     */
    public record Tag(Kind kind, int id, String type, String markup) implements Part {
        public Tag {
            Objects.requireNonNull(kind, "kind");
            type = type == null ? "" : type;
            markup = markup == null ? "" : markup;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tag tag && kind == tag.kind && id == tag.id && type.equals(tag.type)
                    && markup.equals(tag.markup);
        }

        @Override
        public int hashCode() {
            return ((kind.hashCode() * 31 + id) * 31 + type.hashCode()) * 31 + markup.hashCode();
        }
    }

    public enum Kind { OPEN, CLOSE, STANDALONE }

    public TmText {
        parts = List.copyOf(parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TmText text && parts.equals(text.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** The Plain parts joined. */
    /** The length of {@link #plainText()}, without making it. */
    public int plainLength() {
        int length = 0;
        for (Part part : parts) if (part instanceof Plain p) length += p.text().length();
        return length;
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) if (part instanceof Plain p) sb.append(p.text());
        return sb.toString();
    }

    /** The Tag parts in order. */
    public List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        for (Part part : parts) if (part instanceof Tag t) tags.add(t);
        return tags;
    }
}
