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
 * Reads returned XLIFF files (1.2, 2.0, 2.1) safely: size-limited, no DTD, no entities.
 * Errors name the file and line and say what to do.
 */
public final class XliffFiles {
    /**
     * A returned file larger than this is refused. An XLIFF is several times its post (source and
     * sentences side by side, the post embedded): a 48 MB post of short paragraphs gives about 290 MB,
     * so this leaves room for the largest post export reads; export refuses to write a larger one.
     */
    public static final long MAX_BYTES = 1024L * 1024 * 1024;
    /** StAX factories are not guaranteed thread-safe: one per thread. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::inputFactory);

    private XliffFiles() {
    }

    public static List<ReturnedFile> read(Path path) throws XliffException {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new XliffException(-1, size + " bytes is over the " + MAX_BYTES + "-byte limit; split the job");
            }
        } catch (IOException e) {
            throw new XliffException(-1, "cannot read (" + e.getMessage() + ")", e);
        }
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(path)) {
            xml = FACTORY.get().createXMLStreamReader(in);
            return readDocument(path, xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new XliffException(line, "not well-formed XML (" + cleanMessage(e)
                    + "); the file may be truncated or damaged: export it again from your CAT tool", e);
        } catch (IOException e) {
            throw new XliffException(-1, "cannot read (" + e.getMessage() + ")", e);
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
            if (event == XMLStreamConstants.END_DOCUMENT) throw new XliffException(1, "empty document: no <xliff> element");
        }
        if (!xml.getLocalName().equals("xliff")) {
            throw new XliffException(xml.getLocation().getLineNumber(), "root element is <" + xml.getLocalName()
                    + ">, not <xliff>: pass the XLIFF file your CAT tool exported");
        }
        String version = xml.getAttributeValue(null, "version");
        boolean v2 = version != null && (version.equals("2.0") || version.equals("2.1") || version.equals("2.2"));
        if (version == null || !(version.startsWith("1.") || v2)) {
            throw new XliffException(xml.getLocation().getLineNumber(), "XLIFF version " + version
                    + " is not supported; wpxliff reads XLIFF 1.2, 2.0 and 2.1");
        }
        if (v2 && !Xliff2Writer.NAMESPACE.equals(xml.getNamespaceURI())) {
            throw new XliffException(xml.getLocation().getLineNumber(), "XLIFF " + version
                    + " must use the namespace " + Xliff2Writer.NAMESPACE);
        }
        String srcLang = xml.getAttributeValue(null, "srcLang");
        String trgLang = xml.getAttributeValue(null, "trgLang");
        List<ReturnedFile> files = new ArrayList<>();
        Xliff12Reader reader12 = new Xliff12Reader(xml);
        Xliff2Reader reader2 = new Xliff2Reader(xml, version, srcLang, trgLang);
        while (true) {
            int event = xml.next();
            refuseUnsafe(xml, event);
            if (event == XMLStreamConstants.END_DOCUMENT) break;
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("file")) {
                files.add(v2 ? reader2.readFile(path) : reader12.readFile(path));
            }
        }
        if (files.isEmpty()) throw new XliffException(1, "no <file> element: nothing to merge");
        return files;
    }

    /** DTDs and entity references are never expanded: refuse the file instead. */
    static void refuseUnsafe(XMLStreamReader xml, int event) throws XliffException {
        if (event == XMLStreamConstants.DTD) {
            throw new XliffException(xml.getLocation().getLineNumber(), "the file declares a DTD (<!DOCTYPE>);"
                    + " refused for safety (external entities, entity expansion). Remove the DOCTYPE line.");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XliffException(xml.getLocation().getLineNumber(), "entity reference &" + xml.getLocalName()
                    + "; is not allowed; refused for safety");
        }
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).replace('\n', ' ').strip();
    }
}
