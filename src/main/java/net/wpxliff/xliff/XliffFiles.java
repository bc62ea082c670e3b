package net.wpxliff.xliff;

import net.wpxliff.input.ReadFailure;

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
 * Reads returned XLIFF files (1.2, 2.0, 2.1) safely: size-limited, no DTD, no entities, and the bytes of a UTF-8 file
 * checked as they are read ({@link StrictUtf8}). Errors name the file and line and say what to do.
 */
public final class XliffFiles {
    /**
     * A returned file larger than this is refused. An XLIFF is several times its post (source and
     * sentences side by side, the post embedded): a 48 MB post of short paragraphs gives about 290 MB,
     * so this leaves room for the largest post export reads; export refuses to write a larger one.
     */
    public static final long MAX_BYTES = 1024L * 1024 * 1024;
    /** StAX factories are not guaranteed thread-safe: one per thread. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XliffFiles::reusingFactory);

    /**
     * The safe factory, asked to hand out its last reader again once that one is closed (the JDK's parser resets it
     * for the new input): setting up a reader cost about 2.5% of a batch merge. A reader still open is never handed
     * out again, and every reader here is closed before the next file is opened.
     */
    private static XMLInputFactory reusingFactory() {
        XMLInputFactory factory = SafeXml.inputFactory();
        try {
            factory.setProperty("reuse-instance", Boolean.TRUE);
        } catch (IllegalArgumentException e) {
            // not the JDK's parser: a new reader per file
        }
        return factory;
    }

    /** How Woodstox and the JDK's parser word a character XML forbids (&#0;, &#xD800;, a raw control character). */
    private static final java.util.regex.Pattern FORBIDDEN_CHARACTER = java.util.regex.Pattern.compile(
            "(?i)character reference|character entity|illegal character|invalid xml character|ctrl-char");

    private static final java.util.regex.Pattern WOODSTOX_PLACE = java.util.regex.Pattern.compile(
            "\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,(\\d+)\\]");

    private XliffFiles() {
    }

    /** A returned file's {@code <file>}s and its schema violations (empty when valid). */
    public record Validated(List<ReturnedFile> files, List<SchemaCheck.Violation> violations) {
    }

    public static List<ReturnedFile> read(Path path) throws XliffException {
        return read(path, null);
    }

    /**
     * Reads the file and validates it against its XLIFF schema in the same pass: the violations are those
     * {@link SchemaCheck#validate} reports. A file that cannot be read at all throws, as {@link #read} does.
     *
     * <p>The file is checked by {@link Xliff12Structure} or {@link Xliff2Structure} while it is read, which is much
     * cheaper than the schema validator and accepts only files the schema accepts; when it cannot tell (the file breaks the schema, or
     * holds what export never writes: a CAT tool's own elements or attributes), the file is read again with the
     * schema validator, and the result, violations and messages included, is exactly that reading's.
     */
    public static Validated readValidated(Path path) throws XliffException {
        Validated structural = readValidated(path, true);
        return structural != null ? structural : readValidated(path, false);
    }

    /**
     * @param structural whether the file is checked by {@link XliffStructure} rather than the schema
     * @return the file and its violations, or null when the structural check declined
     */
    static Validated readValidated(Path path, boolean structural) throws XliffException {
        List<SchemaCheck.Violation> violations = new ArrayList<>();
        boolean[] declined = new boolean[1];
        List<ReturnedFile> files = read(path, violations, structural, declined);
        return declined[0] ? null : new Validated(files, violations);
    }

    /** @param violations where schema violations go, or null not to validate */
    private static List<ReturnedFile> read(Path path, List<SchemaCheck.Violation> violations) throws XliffException {
        return read(path, violations, false, null);
    }

    /**
     * @param violations where schema violations go, or null not to validate
     * @param structural whether the file is checked by {@link XliffStructure} rather than the schema
     * @param declined   set to whether the structural check declined (only when {@code structural})
     */
    private static List<ReturnedFile> read(Path path, List<SchemaCheck.Violation> violations, boolean structural,
                                           boolean[] declined) throws XliffException {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new XliffException(-1, size + " bytes is over the " + MAX_BYTES + "-byte limit; split the job");
            }
        } catch (IOException e) {
            throw new XliffException(-1, "cannot read (" + ReadFailure.reason(e) + ")", e);
        }
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(path)) {
            xml = FACTORY.get().createXMLStreamReader(StrictUtf8.ifUtf8(in));
            ValidatingStreamReader validating = null;
            if (violations != null) xml = validating = new ValidatingStreamReader(xml, violations, structural);
            List<ReturnedFile> files = readDocument(path, xml);
            if (declined != null) declined[0] = validating.declined();
            return files;
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        } catch (StrictUtf8.Malformed e) {
            throw new XliffException((int) Math.min(Integer.MAX_VALUE, e.line()), "not valid UTF-8 (" + e.getMessage()
                    + "): the file says it is UTF-8 but holds another encoding's bytes (an editor that re-saved it as"
                    + " Windows-1252 or Latin-1 does this); export it again from your CAT tool, as UTF-8", e);
        } catch (RuntimeException e) {
            // Woodstox reports some errors (a character reference XML forbids, such as &#0;) lazily, unchecked
            XMLStreamException cause = streamCause(e);
            if (cause == null) throw e;
            throw notWellFormed(cause);
        } catch (IOException e) {
            throw new XliffException(-1, "cannot read (" + ReadFailure.reason(e) + ")", e);
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
            throw new XliffException(xml.getLocation().getLineNumber(), "root element is <" + Untrusted.shown(xml.getLocalName())
                    + ">, not <xliff>: pass the XLIFF file your CAT tool exported");
        }
        String version = xml.getAttributeValue(null, "version");
        boolean v2 = version != null && (version.equals("2.0") || version.equals("2.1") || version.equals("2.2"));
        if (version == null || !(version.startsWith("1.") || v2)) {
            throw new XliffException(xml.getLocation().getLineNumber(), "XLIFF version " + Untrusted.shown(version)
                    + " is not supported; wpxliff reads XLIFF 1.2, 2.0 and 2.1");
        }
        String namespace = xml.getNamespaceURI();
        if (!v2 && (!version.equals("1.2") || namespace != null && namespace.startsWith("urn:oasis:names:tc:xliff:document:1.")
                && !namespace.equals(Xliff12Writer.NAMESPACE))) {
            // QA: a file saved as XLIFF 1.1 got the schema's "Cannot find the declaration of element 'xliff'"
            throw new XliffException(xml.getLocation().getLineNumber(), "XLIFF " + Untrusted.shown(version)
                    + (namespace == null ? "" : " (namespace " + Untrusted.shown(namespace) + ")") + " is not read:"
                    + " save the file from your CAT tool as XLIFF 1.2, the version wpxliff exported it in");
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
        for (ReturnedFile file : files) {
            // the target language names the output files; XLIFF 2's schema leaves both untyped
            requireTag(file, v2 ? "srcLang" : "source-language", file.sourceLanguage());
            requireTag(file, v2 ? "trgLang" : "target-language", file.targetLanguage());
        }
        return files;
    }

    private static void requireTag(ReturnedFile file, String attribute, String language) throws XliffException {
        if (language != null && !LanguageTags.valid(language)) {
            throw new XliffException(file.line(), attribute + " " + LanguageTags.problem(language)
                    + "; set the project's languages so in your CAT tool");
        }
    }

    /** DTDs and entity references are never expanded: refuse the file instead. */
    static void refuseUnsafe(XMLStreamReader xml, int event) throws XliffException {
        if (event == XMLStreamConstants.DTD) {
            throw new XliffException(doctypeStartLine(xml), "the file declares a DTD (<!DOCTYPE>);"
                    + " refused for safety (external entities, entity expansion). Remove the DOCTYPE line.");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XliffException(xml.getLocation().getLineNumber(), "entity reference &" + Untrusted.shown(xml.getLocalName())
                    + "; is not allowed; refused for safety");
        }
    }

    private static XliffException notWellFormed(XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String message = cleanMessage(e);
        if (FORBIDDEN_CHARACTER.matcher(message).find()) {
            return new XliffException(line, "not well-formed XML (" + message + "): a character XML does not allow"
                    + " (a control character such as &#0; or &#1;, or half a surrogate pair such as &#xD800;);"
                    + " remove it from the target in your CAT tool and export the file again", e);
        }
        return new XliffException(line, "not well-formed XML (" + message
                + "); the file may be truncated or damaged: export it again from your CAT tool", e);
    }

    /** The parser's own error wrapped in an unchecked exception, or null when it is something else. */
    private static XMLStreamException streamCause(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof XMLStreamException stream) return stream;
        }
        return null;
    }

    /** The JDK's parser reports a DOCTYPE where it ends; the user needs the line where it starts. */
    private static int doctypeStartLine(XMLStreamReader xml) {
        int endLine = xml.getLocation().getLineNumber();
        String declaration = xml.getText();
        if (endLine < 0 || declaration == null) return endLine;
        return Math.max(1, endLine - (int) declaration.chars().filter(c -> c == '\n').count());
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        m = (i >= 0 ? m.substring(i + 9) : m).replace('\n', ' ');
        // Woodstox appends the place, which the error already gives as a line: keep only the column
        return WOODSTOX_PLACE.matcher(m).replaceAll(" (column $1)").strip();
    }
}
