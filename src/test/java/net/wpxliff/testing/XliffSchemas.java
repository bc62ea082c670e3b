package net.wpxliff.testing;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Validates XLIFF text against the OASIS schemas, offline: XLIFF 1.2 against the strict schema (from the test
 * classpath, {@code src/test/resources/xsd/xliff-1.2/}), XLIFF 2.x against the core schema plus the metadata
 * and matches modules (the modules wpxliff writes), read from the copy the main code bundles
 * ({@code /net/wpxliff/xliff/xsd/xliff-2/}, unmodified OASIS files). Imports resolve only to files beside the
 * schema on the classpath, every other resource is refused by the resolver, and external DTD/schema access is
 * switched off (secure processing on), so a validation never reaches the network.
 */
public final class XliffSchemas {
    /** Classpath folder holding the unmodified OASIS files. */
    public static final String FOLDER = "/xsd/xliff-1.2/";
    public static final String STRICT = FOLDER + "xliff-core-1.2-strict.xsd";
    private static final String XML_NAMESPACE = XMLConstants.XML_NS_URI;
    /** Classpath folder of the XLIFF 2 schemas the main code bundles (core, modules, informative xml.xsd). */
    public static final String XLIFF2_FOLDER = "/net/wpxliff/xliff/xsd/xliff-2/";
    public static final String XLIFF2_CORE = XLIFF2_FOLDER + "xliff_core_2.0.xsd";
    /** The modules wpxliff's XLIFF 2.1 uses: metadata (the source checksum), matches (memory matches, export --tm). */
    public static final List<String> XLIFF2_MODULES = List.of(XLIFF2_FOLDER + "modules/metadata.xsd",
            XLIFF2_FOLDER + "modules/matches.xsd");
    /** The only resources a schema may pull in, by file name; anything else is a network fetch we refuse. */
    private static final Map<String, String> LOCAL_COPIES = Map.of("xml.xsd", FOLDER + "xml.xsd");

    private static volatile Schema strict;
    private static volatile Schema xliff2;

    private XliffSchemas() {
    }

    /** One validation error, with its place in the validated text. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    /** The compiled strict schema (compiled once, thread-safe). */
    public static Schema strict() {
        Schema s = strict;
        if (s == null) {
            synchronized (XliffSchemas.class) {
                if (strict == null) strict = compile(STRICT);
                s = strict;
            }
        }
        return s;
    }

    /** The compiled XLIFF 2 core schema with the metadata module (compiled once, thread-safe). */
    public static Schema xliff2() {
        Schema s = xliff2;
        if (s == null) {
            synchronized (XliffSchemas.class) {
                if (xliff2 == null) {
                    List<String> all = new ArrayList<>(List.of(XLIFF2_CORE));
                    all.addAll(XLIFF2_MODULES);
                    xliff2 = compile(all.toArray(String[]::new));
                }
                s = xliff2;
            }
        }
        return s;
    }

    /** Validates against the XLIFF 2 core schema and the metadata and matches modules; an empty list means valid. */
    public static List<Problem> validateXliff2(String xliff) {
        return validate(xliff2(), xliff);
    }

    /** Fails with every error, line by line, unless the text is valid XLIFF 2 (core + metadata and matches modules). */
    public static void assertValidXliff2(String xliff, String what) {
        List<Problem> problems = validateXliff2(xliff);
        if (!problems.isEmpty()) {
            fail(what + ": not valid against the XLIFF 2 core schema + metadata and matches modules (" + problems.size()
                    + " errors):\n  " + problems.stream().limit(20).map(Problem::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** Validates against the strict schema; an empty list means valid. */
    public static List<Problem> validateStrict(String xliff) {
        return validate(strict(), xliff);
    }

    /** Fails with every error, line by line, unless the text is valid strict XLIFF 1.2. */
    public static void assertValidStrict(String xliff, String what) {
        List<Problem> problems = validateStrict(xliff);
        if (!problems.isEmpty()) {
            fail(what + ": not valid against the XLIFF 1.2 strict schema (" + problems.size() + " errors):\n  "
                    + problems.stream().limit(20).map(Problem::toString).collect(Collectors.joining("\n  ")));
        }
    }

    static List<Problem> validate(Schema schema, String xml) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the XML validator does not support secure processing", e);
        }
        validator.setResourceResolver(REFUSE_ALL);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(problem(e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                problems.add(problem(e));
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml), "xliff"));
        } catch (SAXParseException e) {
            if (problems.isEmpty() || !problems.get(problems.size() - 1).equals(problem(e))) problems.add(problem(e));
        } catch (SAXException e) {
            problems.add(new Problem(-1, -1, e.getMessage()));
        } catch (IllegalStateException e) { // from REFUSE_ALL: the document wanted something fetched
            problems.add(new Problem(-1, -1, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Problem problem(SAXParseException e) {
        return new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }

    private static Schema compile(String... resources) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(LOCAL_ONLY);
            List<InputStream> streams = new ArrayList<>();
            try {
                StreamSource[] sources = new StreamSource[resources.length];
                for (int i = 0; i < resources.length; i++) {
                    URL url = XliffSchemas.class.getResource(resources[i]);
                    if (url == null) throw new IllegalStateException(resources[i] + " is not on the test classpath");
                    InputStream in = url.openStream();
                    streams.add(in);
                    sources[i] = new StreamSource(in, url.toExternalForm());
                }
                return factory.newSchema(sources);
            } finally {
                for (InputStream in : streams) in.close();
            }
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + List.of(resources) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves the schema imports: a relative location beside an importing schema that is itself on the classpath
     * (the XLIFF 2 core's {@code informativeCopiesOf3rdPartySchemas/w3c/xml.xsd}), else the local copies by file
     * name; refuses everything else.
     */
    private static final LSResourceResolver LOCAL_ONLY = (type, namespaceURI, publicId, systemId, baseURI) -> {
        URL url = besideOnClasspath(systemId, baseURI);
        if (url == null) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            String local = LOCAL_COPIES.get(name);
            if (local == null && XML_NAMESPACE.equals(namespaceURI)) local = LOCAL_COPIES.get("xml.xsd");
            if (local == null) {
                throw new IllegalStateException("XliffSchemas: no local copy of " + systemId + " (namespace "
                        + namespaceURI + "); refusing to fetch it");
            }
            url = XliffSchemas.class.getResource(local);
            if (url == null) throw new IllegalStateException(local + " is not on the test classpath");
        }
        try {
            return new LocalInput(publicId, url.toExternalForm(), baseURI, url.openStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /** A relative, local (file: or jar:) schema location resolved against its importer's location, or null. */
    private static URL besideOnClasspath(String systemId, String baseURI) {
        if (systemId == null || baseURI == null || systemId.contains(":") || systemId.startsWith("/")) return null;
        if (!(baseURI.startsWith("file:") || baseURI.startsWith("jar:file:"))) return null;
        try {
            URL resolved = new URL(new URL(baseURI), systemId);
            try (InputStream probe = resolved.openStream()) {
                return resolved;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** A document under validation may not pull in anything (no DTDs, no schemas by xsi:schemaLocation). */
    private static final LSResourceResolver REFUSE_ALL = (type, namespaceURI, publicId, systemId, baseURI) -> {
        throw new IllegalStateException("XliffSchemas: the validated document refers to " + systemId
                + "; refusing to fetch it");
    };

    private static final class LocalInput implements LSInput {
        private String publicId;
        private String systemId;
        private String baseURI;
        private InputStream byteStream;

        LocalInput(String publicId, String systemId, String baseURI, InputStream byteStream) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.baseURI = baseURI;
            this.byteStream = byteStream;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return byteStream;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            this.byteStream = byteStream;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
            this.systemId = systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            this.publicId = publicId;
        }

        @Override
        public String getBaseURI() {
            return baseURI;
        }

        @Override
        public void setBaseURI(String baseURI) {
            this.baseURI = baseURI;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
