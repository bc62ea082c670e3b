package net.wpxliff.xliff;

import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.ValidatorHandler;
import java.util.List;

/**
 * Passes every event the XLIFF readers pull on to the schema validator as the SAX events a parser would
 * give it, so a returned file is parsed once for reading and validating (validation was a second parse of
 * the whole file). The schema is chosen at the root element by its {@code version}, as the readers choose.
 * The validator's messages and lines are those of {@link SchemaCheck#validate}: the same validator, with the
 * same parser's positions (the JDK's StAX and SAX parsers share one scanner).
 *
 * <p>Violations are complete only once the readers have pulled the document to its end, as
 * {@link XliffFiles} does.
 *
 * <p>Asked to, it checks the file with {@link Xliff12Structure} or {@link Xliff2Structure} instead of the schema
 * validator: far cheaper, and it only ever says "valid" or "declined"; after a decline ({@link #declined}) the caller
 * validates the file with the schema, which gives the verdict and the messages.
 */
final class ValidatingStreamReader extends StreamReaderDelegate implements Locator {
    private final List<SchemaCheck.Violation> violations;
    private final AttributesImpl attributes = new AttributesImpl();
    /** Null before the root element, and after the validator gave up (the violation is recorded). */
    private ValidatorHandler validator;
    private int depth;
    /** Whether the file is checked structurally (see the class comment). */
    private final boolean structural;
    /** Null unless the file is being checked structurally and nothing was declined yet. */
    private XliffStructure<?> structure;
    private boolean declined;

    ValidatingStreamReader(XMLStreamReader xml, List<SchemaCheck.Violation> violations) {
        this(xml, violations, false);
    }

    ValidatingStreamReader(XMLStreamReader xml, List<SchemaCheck.Violation> violations, boolean structural) {
        super(xml);
        this.violations = violations;
        this.structural = structural;
    }

    /** True when the structural check could not tell (the file must be validated by the schema). */
    boolean declined() {
        return declined;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        try {
            forward(event);
        } catch (SAXException e) {
            if (violations.isEmpty()) violations.add(new SchemaCheck.Violation(-1, e.getMessage()));
            validator = null;
        }
        return event;
    }

    private void forward(int event) throws SAXException {
        if (structure != null) {
            checkStructure(event);
            return;
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (depth++ == 0) {
                    start();
                    if (structure != null || declined) return;
                }
                if (validator == null) return;
                for (int i = 0; i < getNamespaceCount(); i++) {
                    validator.startPrefixMapping(nonNull(getNamespacePrefix(i)), nonNull(getNamespaceURI(i)));
                }
                attributes.clear();
                for (int i = 0; i < getAttributeCount(); i++) {
                    String local = getAttributeLocalName(i);
                    attributes.addAttribute(nonNull(getAttributeNamespace(i)), local,
                            qualified(getAttributePrefix(i), local), "CDATA", getAttributeValue(i));
                }
                validator.startElement(nonNull(getNamespaceURI()), getLocalName(), qualified(getPrefix(), getLocalName()),
                        attributes);
            }
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                if (validator == null) return;
                validator.endElement(nonNull(getNamespaceURI()), getLocalName(), qualified(getPrefix(), getLocalName()));
                for (int i = 0; i < getNamespaceCount(); i++) validator.endPrefixMapping(nonNull(getNamespacePrefix(i)));
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (validator != null && depth > 0) validator.characters(getTextCharacters(), getTextStart(), getTextLength());
            }
            case XMLStreamConstants.END_DOCUMENT -> {
                if (validator != null) validator.endDocument();
                validator = null;
            }
            default -> {
                // comments and processing instructions mean nothing to the schema
            }
        }
    }

    private void checkStructure(int event) {
        boolean known = switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                depth++;
                yield structure.start(this);
            }
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                yield structure.end();
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
                    depth == 0 || structure.characters(this, false);
            case XMLStreamConstants.CDATA -> depth == 0 || structure.characters(this, true);
            case XMLStreamConstants.END_DOCUMENT -> structure.endDocument();
            default -> true;
        };
        if (!known) {
            declined = true;
            structure = null;
        }
    }

    /** The root element decides the schema: XLIFF 2 for version 2.x, else 1.2 (other versions the reader refuses). */
    private void start() throws SAXException {
        String version = getAttributeValue(null, "version");
        XliffFormat format = version != null && version.startsWith("2") ? XliffFormat.XLIFF2 : XliffFormat.XLIFF12;
        if (structural) {
            structure = format == XliffFormat.XLIFF12 ? new Xliff12Structure() : new Xliff2Structure();
            if (!structure.start(this)) {
                declined = true;
                structure = null;
            }
            return;
        }
        validator = SchemaCheck.handler(format, violations);
        validator.setDocumentLocator(this);
        validator.startDocument();
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        return null;
    }

    @Override
    public int getLineNumber() {
        Location location = getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    @Override
    public int getColumnNumber() {
        Location location = getLocation();
        return location == null ? -1 : location.getColumnNumber();
    }
}
