package net.wpxliff.xliff;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads returned XLIFF files (1.2; 2.x when supported) safely: size-limited, no DTD, no entities.
 * Errors name the file and line and say what to do.
 */
public final class XliffFiles {
    /** A returned file larger than this is refused (no real post comes near). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private XliffFiles() {
    }

    public static List<ReturnedFile> read(Path path) throws XliffException {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new XliffException(path + ": " + size + " bytes is over the " + MAX_BYTES + "-byte limit");
            }
        } catch (IOException e) {
            throw new XliffException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(path)) {
            xml = FACTORY.createXMLStreamReader(in);
            return readDocument(path, xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new XliffException(path + ":" + line + ": not well-formed XML (" + cleanMessage(e)
                    + "); the file may be truncated or damaged: export it again from your CAT tool", e);
        } catch (XliffException e) {
            throw new XliffException(path + ":" + e.getMessage(), e);
        } catch (IOException e) {
            throw new XliffException(path + ": cannot read (" + e.getMessage() + ")", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed
                }
            }
        }
    }

    private static List<ReturnedFile> readDocument(Path path, XMLStreamReader xml) throws XMLStreamException, XliffException {
        while (true) {
            int event = xml.next();
            refuseUnsafe(xml, event);
            if (event == XMLStreamConstants.START_ELEMENT) break;
            if (event == XMLStreamConstants.END_DOCUMENT) throw new XliffException("1: empty document: no <xliff> element");
        }
        if (!xml.getLocalName().equals("xliff")) {
            throw new XliffException(xml.getLocation().getLineNumber() + ": root element is <" + xml.getLocalName()
                    + ">, not <xliff>: pass the XLIFF file your CAT tool exported");
        }
        String version = xml.getAttributeValue(null, "version");
        if (version == null || !version.startsWith("1.")) {
            throw new XliffException(xml.getLocation().getLineNumber() + ": XLIFF version " + version
                    + " is not supported; wpxliff reads XLIFF 1.2");
        }
        List<ReturnedFile> files = new ArrayList<>();
        Xliff12Reader reader = new Xliff12Reader(xml);
        while (true) {
            int event = xml.next();
            refuseUnsafe(xml, event);
            if (event == XMLStreamConstants.END_DOCUMENT) break;
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("file")) {
                files.add(reader.readFile(path));
            }
        }
        if (files.isEmpty()) throw new XliffException("1: no <file> element: nothing to merge");
        return files;
    }

    /** DTDs and entity references are never expanded: refuse the file instead. */
    static void refuseUnsafe(XMLStreamReader xml, int event) throws XliffException {
        if (event == XMLStreamConstants.DTD) {
            throw new XliffException(xml.getLocation().getLineNumber() + ": the file declares a DTD (<!DOCTYPE>);"
                    + " refused for safety (external entities, entity expansion). Remove the DOCTYPE line.");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XliffException(xml.getLocation().getLineNumber() + ": entity reference &" + xml.getLocalName()
                    + "; is not allowed; refused for safety");
        }
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).replace('\n', ' ').strip();
    }
}
