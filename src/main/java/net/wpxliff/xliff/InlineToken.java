package net.wpxliff.xliff;

import java.util.Objects;

/**
 * One piece of XLIFF inline content as read back: text, or an inline code reduced to what merge needs
 * (its kind and the id that links it to the source's code). {@code <g>}, {@code <bpt>}/{@code <ept>},
 * {@code <bx/>}/{@code <ex/>} all read as OPEN/CLOSE; {@code <x/>}, {@code <ph>} as STANDALONE.
 *
 * @param kind    what the token is
 * @param value   the text for TEXT; the code id otherwise
 * @param element the XLIFF element it was read from (for messages), null for text
 * @param line    line in the XLIFF file
 */
public record InlineToken(Kind kind, String value, String element, int line) {

    public enum Kind { TEXT, OPEN, CLOSE, STANDALONE }

    public static InlineToken text(String text, int line) {
        return new InlineToken(Kind.TEXT, text, null, line);
    }

    /*
     * equals and hashCode written out, as the record would compute them: the record's own are bootstrapped through
     * java.lang.runtime.ObjectMethods on first use, about a hundred method-handle classes in a fresh JVM's merge
     * (SharedTokens keys a map by tokens) for a few comparisons.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof InlineToken token && kind == token.kind && line == token.line
                && Objects.equals(value, token.value) && Objects.equals(element, token.element);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(kind) * 31 + Objects.hashCode(value)) * 31 + Objects.hashCode(element)) * 31 + line;
    }

    /** The token as a translator would recognise it in a message: {@code <g id="2">}. */
    public String describe() {
        String value = Untrusted.shown(this.value);
        return switch (kind) {
            case TEXT -> "text \"" + value + "\"";
            case OPEN -> "<" + element + " id=\"" + value + "\"> (opening)";
            case CLOSE -> "</" + element + "> of id " + value + " (closing)";
            case STANDALONE -> "<" + element + " id=\"" + value + "\"/>";
        };
    }
}
