package net.wpxliff.xliff;

import javax.xml.stream.XMLStreamReader;

/**
 * A structural check of a returned file, fed the events the readers pull ({@link ValidatingStreamReader}). It
 * answers only "valid" or "I cannot tell": each method returns false to decline, after which the file is validated
 * by the XSD, which gives the verdict and the messages. A file a check accepts must be one the XSD accepts.
 */
interface XliffStructure {
    /** At a start tag (the root's included). */
    boolean start(XMLStreamReader xml);

    /** At an end tag. */
    boolean end();

    /**
     * At text inside the root element.
     *
     * @param cdata whether the text is a CDATA section
     */
    boolean characters(XMLStreamReader xml, boolean cdata);

    /** At the end of the document. */
    boolean endDocument();

    /** The schema's {@code xsd:language} as written, no whitespace around: letters, then {@code -} and letters or digits. */
    static boolean language(String value) {
        int run = 0;
        boolean first = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (run == 0) return false;
                run = 0;
                first = false;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9') {
                if (++run > 8) return false;
            } else {
                return false;
            }
        }
        return run > 0;
    }

    /** {@code xsd:NMTOKEN} as written, no whitespace around, narrowed to ASCII name characters. */
    static boolean nmtoken(String value) {
        if (value.isEmpty()) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == ':')) return false;
        }
        return true;
    }

    /** Whether the character is XML whitespace (what XSD patterns' {@code \s} and element-only content allow). */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether the text is all XML whitespace. */
    static boolean whitespace(char[] text, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!space(text[i])) return false;
        }
        return true;
    }
}
