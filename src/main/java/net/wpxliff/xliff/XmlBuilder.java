package net.wpxliff.xliff;

/**
 * Minimal, fast XML output into a StringBuilder, escaping text and attribute values. Characters that XML
 * normalises away (CR, and tab/LF in attributes) are written as references so they survive a round trip.
 */
final class XmlBuilder {
    private final StringBuilder out;

    XmlBuilder(int capacity) {
        out = new StringBuilder(capacity);
    }

    XmlBuilder raw(String s) {
        out.append(s);
        return this;
    }

    XmlBuilder open(String name) {
        out.append('<').append(name);
        return this;
    }

    XmlBuilder attr(String name, String value) {
        if (value == null) return this;
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    XmlBuilder endOpen() {
        out.append('>');
        return this;
    }

    XmlBuilder selfClose() {
        out.append("/>");
        return this;
    }

    XmlBuilder close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    XmlBuilder text(String s) {
        escape(s, false);
        return this;
    }

    XmlBuilder element(String name, String text) {
        return open(name).endOpen().text(text).close(name);
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
