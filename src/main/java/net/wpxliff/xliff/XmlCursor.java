package net.wpxliff.xliff;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Moves through a returned XLIFF file's events for the readers, refusing DTDs and entity references
 * at every step, with the small helpers both XLIFF versions need.
 */
abstract class XmlCursor {
    protected final XMLStreamReader xml;

    /**
     * One String for equal inline values: a unit's source, its sentences and a target copied from the source
     * repeat the same texts and code ids, and code ids repeat in every unit. A large post's returned units are
     * most of merge's memory.
     */
    private Map<String, String> unitValues = new HashMap<>();
    private final Map<String, String> shortValues = new HashMap<>();
    private static final int SHORT = 4;
    private static final int MAX_SHORT_VALUES = 10_000;
    private static final int KEPT_UNIT_TABLE = 1_000;

    protected XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The value as already read in this unit (or, for a short one, in this file), else the value itself. */
    protected String shared(String value) {
        if (value == null) return null;
        if (value.length() <= SHORT) {
            String known = shortValues.get(value);
            if (known != null) return known;
            if (shortValues.size() < MAX_SHORT_VALUES) shortValues.put(value, value);
            return value;
        }
        String known = unitValues.putIfAbsent(value, value);
        return known != null ? known : value;
    }

    /** A new unit starts: its texts will not come again. */
    protected void startUnit() {
        if (unitValues.size() > KEPT_UNIT_TABLE) unitValues = new HashMap<>(); // clear() would keep a huge table
        else unitValues.clear();
    }

    /** The next event, refused when it is a DTD or an entity reference. */
    protected int next() throws XMLStreamException, XliffException {
        int event = xml.next();
        XliffFiles.refuseUnsafe(xml, event);
        return event;
    }

    /** Skips the rest of the current element, its children included. */
    protected void skipElement() throws XMLStreamException, XliffException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The text of the current element, child elements skipped. */
    protected String textOnly() throws XMLStreamException, XliffException {
        StringBuilder sb = new StringBuilder();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (isText(xml.getEventType())) sb.append(xml.getText());
            else if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) skipElement();
        }
        return sb.toString();
    }

    /**
     * How deep {@code <group>}s may nest. Export writes none; CAT tools nest a few. The readers follow groups without
     * recursion, so any depth is read safely, and a deeper file (made to overflow a reader's stack) is refused for what
     * it is.
     */
    static final int MAX_GROUP_DEPTH = 100;

    /** Refuses a {@code <group>} opened at this depth (1 for a group directly in the file or body) when too deep. */
    protected void checkGroupDepth(int depth) throws XliffException {
        if (depth > MAX_GROUP_DEPTH) {
            throw new XliffException(line(), "<group> nested more than " + MAX_GROUP_DEPTH + " levels deep; no CAT tool"
                    + " nests groups so deep (export writes none): export the file again from your CAT tool, or translate"
                    + " the file wpxliff exported");
        }
    }

    protected static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    protected String attr(String name) {
        return xml.getAttributeValue(null, name);
    }

    protected int line() {
        return xml.getLocation().getLineNumber();
    }
}
