package net.wpxliff.xliff;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;
import java.util.Arrays;

/**
 * A structural check of a returned file, fed the events the readers pull ({@link ValidatingStreamReader}). It
 * answers only "valid" or "I cannot tell": each event method returns false to decline (and the subclass's methods
 * false, -1 or null), after which the file is validated by the XSD, which gives the verdict and the messages. A file
 * a check accepts must be one the XSD accepts.
 *
 * <p>This class holds what both checks ({@link Xliff12Structure}, {@link Xliff2Structure}) share: the stack of open
 * elements, each with how far its content model has got, where text may stand, and the walk over a start tag's
 * attributes. The subclass knows its schema: the elements, their order, their attributes and the values it knows
 * valid.
 *
 * @param <E> the subclass's elements
 */
abstract class XliffStructure<E extends Enum<E>> {
    /** What an element may hold: elements only, text and inline elements, text only, or nothing. */
    enum Content { ELEMENTS, MIXED, TEXT, EMPTY }

    /** The open elements, the document itself at 0 (an Object array: Java makes no arrays of a type parameter). */
    private Object[] open = new Object[32];
    /** Per open element, how far its content model has got (see {@link #child}). */
    private int[] stage = new int[32];
    private int depth;

    XliffStructure(E document) {
        open[0] = document;
    }

    /** The element a start tag opens, or null to decline (another namespace, an element the check does not know). */
    abstract E element(XMLStreamReader xml);

    /** The parent's next stage once {@code child} opens at {@code stage} of its content model, or -1 to decline. */
    abstract int child(E parent, int stage, E child);

    /** Whether the element may end at this stage of its content model. */
    abstract boolean complete(E element, int stage);

    abstract Content content(E element);

    /**
     * One attribute without a namespace: -1 when the element's declaration does not have it or its value is not one
     * known valid, 1 when valid and required, 0 when valid and optional.
     */
    abstract int attributeValid(E element, String name, String value);

    /** An {@code xml:} attribute (by local name) the element declares, with a value known valid. */
    abstract boolean xmlAttributeValid(E element, String name, String value);

    /** How many attributes the element requires ({@link #attributeValid} counts each as 1). */
    abstract int requiredCount(E element);

    /** At a start tag (the root's included): false to decline. */
    final boolean start(XMLStreamReader xml) {
        E element = element(xml);
        if (element == null) return false;
        int next = child(top(), stage[depth], element);
        if (next < 0) return false;
        stage[depth] = next;
        if (!attributesValid(element, xml)) return false;
        if (++depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            stage = Arrays.copyOf(stage, depth * 2);
        }
        open[depth] = element;
        stage[depth] = 0;
        return true;
    }

    /** @return false to decline: the element ends before the content its schema requires */
    final boolean end() {
        boolean complete = complete(top(), stage[depth]);
        depth--;
        return complete;
    }

    /** @return false to decline: text where the schema allows none (whitespace between elements, outside CDATA, is allowed) */
    final boolean characters(XMLStreamReader xml, boolean cdata) {
        return switch (content(top())) {
            case MIXED, TEXT -> true;
            case EMPTY -> false;
            case ELEMENTS -> !cdata && XliffStructure.whitespace(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        };
    }

    /** @return false to decline: the document ended without its required elements */
    final boolean endDocument() {
        return depth == 0 && stage[0] == 1;
    }

    /** Every attribute known to the element's declaration with a value known valid, and the required ones present. */
    private boolean attributesValid(E element, XMLStreamReader xml) {
        int required = 0;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String namespace = xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if (namespace != null && !namespace.isEmpty()) {
                if (!XMLConstants.XML_NS_URI.equals(namespace) || !xmlAttributeValid(element, name, value)) return false;
                continue;
            }
            int valid = attributeValid(element, name, value);
            if (valid < 0) return false;
            required += valid;
        }
        return required == requiredCount(element);
    }

    @SuppressWarnings("unchecked") // only elements of E are ever stored
    private E top() {
        return (E) open[depth];
    }

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
