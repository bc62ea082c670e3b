package net.wpxliff.xliff;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Moves through a returned XLIFF file's events for the readers, refusing DTDs and entity references
 * at every step, with the small helpers both XLIFF versions need.
 */
abstract class XmlCursor {
    protected final XMLStreamReader xml;

    protected XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
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
