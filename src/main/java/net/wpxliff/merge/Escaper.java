package net.wpxliff.merge;

import net.wpxliff.unit.TextContext;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns translated text into source text for the place it lands, so that a translation is only ever
 * text: no tag, attribute, entity, shortcode or end of script can come out of it. Characters the
 * output encoding cannot hold become numeric references.
 */
final class Escaper {
    private final CharsetEncoder encoder;
    /**
     * The encoder's answer for each ASCII character, asked once (as a string and as a char, the two ways
     * it is asked below): text on a legacy-charset page is mostly ASCII, and asking the encoder for every
     * character was most of the escaping time.
     */
    private final boolean[] asciiAsString = new boolean[128];
    private final boolean[] asciiAsChar = new boolean[128];

    /** @param charset the encoding of the output document */
    Escaper(Charset charset) {
        this.encoder = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-") ? null : charset.newEncoder();
        for (char c = 0; c < 128; c++) {
            asciiAsString[c] = encoder == null || encoder.canEncode(String.valueOf(c));
            asciiAsChar[c] = encoder == null || encoder.canEncode(c);
        }
    }

    void escape(TextContext context, char quote, String text, StringBuilder out) {
        switch (context) {
            case HTML_TEXT -> html(text, out, (char) 0);
            case HTML_ATTRIBUTE -> html(text, out, quote);
            case JSON_STRING -> json(text, out);
            // the value is HTML inside the attribute's JSON string, which is encoded as a whole afterwards
            case BLOCK_ATTRIBUTE -> html(text, out, (char) 0);
            case HTML_COMMENT -> html(oneLine(text), out, (char) 0);
            case SHORTCODE_ATTRIBUTE -> shortcodeAttribute(text, out, quote);
        }
    }

    /** A shortcode attribute value: HTML in its quotes, brackets and backslashes as references. */
    private void shortcodeAttribute(String text, StringBuilder out, char quote) {
        StringBuilder html = new StringBuilder(text.length() + 8);
        html(text, html, quote);
        out.append(html.toString().replace("[", "&#91;").replace("]", "&#93;").replace("\\", "&#92;"));
    }

    /** Line feeds as spaces: in a {@code <!--more …-->} tag one would hide the tag from WordPress. */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 ? text : text.replace('\n', ' ');
    }

    /** Element text or an attribute value quoted with {@code quote} (0 for element text). */
    private void html(String text, StringBuilder out, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quote != 0 ? "&quot;" : "\"");
                case '\'' -> out.append(quote != 0 ? "&#39;" : "'");
                // WordPress would run "[name ...]" as a shortcode if the content were saved back: escape it
                // the way WordPress does.
                case '[' -> out.append(i + 1 < text.length() && isShortcodeStart(text.charAt(i + 1)) ? "&#91;" : "[");
                default -> appendEncodable(text, i, out);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) i++;
        }
    }

    static boolean isShortcodeStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '[';
    }

    private void appendEncodable(String text, int i, StringBuilder out) {
        int cp = text.codePointAt(i);
        boolean encodable = cp < 128 ? asciiAsString[cp] : encoder == null || encoder.canEncode(new String(Character.toChars(cp)));
        if (encodable) out.appendCodePoint(cp);
        else out.append("&#").append(cp).append(';');
    }

    /** A JSON string, quotes included, for JSON-LD inside a script block of the page. */
    void json(String text, StringBuilder out) {
        JsonStrings.quote(text, out, false, c -> c < 128 ? !asciiAsChar[c] : encoder != null && !encoder.canEncode((char) c), true);
    }
}
