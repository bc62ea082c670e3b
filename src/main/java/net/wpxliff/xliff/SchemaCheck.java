package net.wpxliff.xliff;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a returned XLIFF file against its OASIS schema, offline: XLIFF 1.2 against the transitional
 * schema (which lets tools add their own namespaces, as they do), XLIFF 2.x against the core schema and
 * the modules. The file is parsed with DOCTYPEs disallowed. Schemas are compiled once.
 *
 * <p>Validator and parser are the JDK's own ({@code newDefaultInstance()}), whatever a jar on the class path
 * registers: the security features set here are the JDK's Xerces names, and tests run what users run.
 */
public final class SchemaCheck {
    /** One schema violation: line in the file and the validator's message. */
    public record Violation(int line, String message) {
    }

    private static final String BASE = "/net/wpxliff/xliff/xsd/";
    private static final String[] XLIFF2_MODULES = {"metadata", "matches", "glossary", "size_restriction",
            "validation", "resource_data", "change_tracking"};
    private static Schema xliff12;
    private static Schema xliff2;

    private SchemaCheck() {
    }

    /**
     * Validates a file on its own, parsing it again. Merge validates while it reads instead
     * ({@link XliffFiles#readValidated}), with the same violations; this stays for tests and tools.
     */
    public static List<Violation> validate(Path file, XliffFormat format) throws IOException {
        Validator validator = schema(format).newValidator();
        trySet(validator, XMLConstants.ACCESS_EXTERNAL_DTD);
        trySet(validator, XMLConstants.ACCESS_EXTERNAL_SCHEMA);
        List<Violation> violations = new ArrayList<>();
        validator.setErrorHandler(new Collector(format, violations));
        try (InputStream in = Files.newInputStream(file)) {
            validator.validate(new SAXSource(secureReader(), new InputSource(in)));
        } catch (SAXException e) {
            if (violations.isEmpty()) violations.add(new Violation(-1, e.getMessage()));
        }
        return violations;
    }

    /**
     * A validator fed SAX events by a reader that parses the file once for both reading and validating
     * ({@link ValidatingStreamReader}); its errors land in {@code violations}, as {@link #validate} reports them.
     */
    static ValidatorHandler handler(XliffFormat format, List<Violation> violations) {
        ValidatorHandler[] handlers = HANDLERS.get();
        ValidatorHandler handler = handlers[format.ordinal()];
        if (handler == null) handler = handlers[format.ordinal()] = newHandler(format);
        handler.setErrorHandler(new Collector(format, violations));
        return handler;
    }

    /**
     * Validators by format, one set per thread: setting one up costs more than validating a small file, and
     * a validator starts afresh at each {@code startDocument} (also after a file it left half-read).
     */
    private static final ThreadLocal<ValidatorHandler[]> HANDLERS =
            ThreadLocal.withInitial(() -> new ValidatorHandler[XliffFormat.values().length]);

    private static final String[] UNUSED_INFOSET = {"http://apache.org/xml/features/validation/schema/augment-psvi",
            "http://apache.org/xml/features/validation/schema/element-default",
            "http://apache.org/xml/features/validation/schema/normalized-value"};

    private static ValidatorHandler newHandler(XliffFormat format) {
        ValidatorHandler handler = schema(format).newValidatorHandler();
        // The handler passes no events on (nothing listens): the post-validation infoset, inserted defaults and
        // normalized values are work for nothing. Which violations it reports does not depend on them.
        for (String feature : UNUSED_INFOSET) {
            try {
                handler.setFeature(feature, false);
            } catch (SAXException e) {
                // not supported: the validator does that work, to the same verdict
            }
        }
        for (String property : new String[]{XMLConstants.ACCESS_EXTERNAL_DTD, XMLConstants.ACCESS_EXTERNAL_SCHEMA}) {
            try {
                handler.setProperty(property, "");
            } catch (SAXException e) {
                // not supported: the reader already refuses DOCTYPEs
            }
        }
        return handler;
    }

    /** Collects the validator's errors as violations; warnings do not stop a merge. */
    private record Collector(XliffFormat format, List<Violation> violations) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop a merge
        }

        @Override
        public void error(SAXParseException e) {
            if (format == XliffFormat.XLIFF12 && isTargetBeforeSegSource(e)) return;
            String message = e.getMessage();
            // Xerces follows a value's facet error with a second, vaguer one on the same attribute or element
            if (message != null && (message.startsWith("cvc-attribute.3:") || message.startsWith("cvc-type.3.1.3:"))
                    && !violations.isEmpty() && violations.get(violations.size() - 1).line() == e.getLineNumber()) {
                return;
            }
            violations.add(new Violation(e.getLineNumber(), readable(message)));
        }

        @Override
        public void fatalError(SAXParseException e) {
            violations.add(new Violation(e.getLineNumber(), readable(e.getMessage())));
        }
    }

    /** The validator's words for a value that is not a language tag: an attribute typed so, and {@code xml:lang}. */
    private static final Pattern NOT_A_LANGUAGE = Pattern.compile(
            "cvc-pattern-valid: Value '(.*)' is not facet-valid with respect to pattern '[^']*' for type 'language'\\."
                    + "|cvc-datatype-valid\\.1\\.2\\.3: '(.*)' is not a valid value of union type '#AnonType_lang'\\.");

    /** A value the validator quotes ({@code Value '…'}) that is too long to print whole. */
    private static final Pattern LONG_QUOTED = Pattern.compile("'([^']{" + (Untrusted.MAX + 1) + ",})'");

    /**
     * The validator's message, said plainly where it is about a language ({@code xml:lang}, {@code target-language}),
     * with the file's values it quotes shortened ({@link Untrusted}).
     */
    static String readable(String message) {
        if (message == null) return null;
        Matcher m = NOT_A_LANGUAGE.matcher(message);
        if (!m.matches()) return LONG_QUOTED.matcher(message).replaceAll(q -> Matcher.quoteReplacement("'" + Untrusted.shown(q.group(1)) + "'"));
        String problem = LanguageTags.problem(m.group(1) != null ? m.group(1) : m.group(2));
        return problem.contains(": use ") ? problem + " (set it so in your CAT tool's project languages)" : problem;
    }

    /**
     * Translate Toolkit (podebug, pot2po) writes a new {@code <target>} right after {@code <source>}, before
     * {@code <seg-source>}, against the schema's order. The order means nothing to merge (it reads each
     * element wherever it is), so this one violation is accepted rather than refusing every unit.
     */
    private static boolean isTargetBeforeSegSource(SAXParseException e) {
        String message = e.getMessage();
        return message != null && message.contains("cvc-complex-type.2.4") && message.contains(":seg-source}");
    }

    private static synchronized Schema schema(XliffFormat format) {
        try {
            if (format == XliffFormat.XLIFF12) {
                if (xliff12 == null) xliff12 = compile(List.of(BASE + "xliff-1.2/xliff-core-1.2-transitional.xsd"));
                return xliff12;
            }
            if (xliff2 == null) {
                List<String> paths = new ArrayList<>(List.of(BASE + "xliff-2/xliff_core_2.0.xsd"));
                for (String module : XLIFF2_MODULES) paths.add(BASE + "xliff-2/modules/" + module + ".xsd");
                xliff2 = compile(paths);
            }
            return xliff2;
        } catch (SAXException e) {
            throw new IllegalStateException("bundled XLIFF schemas do not compile: " + e.getMessage(), e);
        }
    }

    private static Schema compile(List<String> resources) throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        // Bundled schemas import each other by relative path, from the jar or the classes folder only.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar:file");
        Source[] sources = new Source[resources.size()];
        for (int i = 0; i < sources.length; i++) {
            URL url = SchemaCheck.class.getResource(resources.get(i));
            if (url == null) throw new IllegalStateException("missing bundled schema " + resources.get(i));
            sources[i] = new StreamSource(new StringReader(prepared(read(url))), url.toExternalForm());
        }
        return factory.newSchema(sources);
    }

    /** The bundled schema as compiled: {@link #withoutIdentityConstraints}, then {@link #extensionsFirst}. */
    static String prepared(String xsd) {
        return extensionsFirst(withoutIdentityConstraints(xsd));
    }

    /**
     * The {@code restype} union with its {@code x-} member first. A value is valid for a union when it is valid for
     * any member, in any order, and the message for an invalid one names the union only, so this changes no verdict
     * and no message; but Xerces tries members in order, and every {@code restype="x-html-text"} export writes first
     * failed the 84-value list, whose message Xerces builds (listing all 84) before it tries {@code x-}: about 5% of a
     * merge. (Other unions keep their order: export writes their listed values more often than {@code x-} ones.)
     */
    static String extensionsFirst(String xsd) {
        return xsd.replace(RESTYPE_UNION, RESTYPE_UNION_EXTENSIONS_FIRST);
    }

    static final String RESTYPE_UNION = "<xsd:union memberTypes=\"xlf:restypeValueList xlf:XTend\"/>";
    private static final String RESTYPE_UNION_EXTENSIONS_FIRST = "<xsd:union memberTypes=\"xlf:XTend xlf:restypeValueList\"/>";

    /**
     * The schema without its identity constraints ({@code xsd:unique}, {@code xsd:key}, {@code xsd:keyref}:
     * the XLIFF 1.2 schema has 28, such as unique group ids or phase names that must be declared). Xerces
     * spends more than half of a validation on them, and none bears on a merge: the reader reports a
     * repeated unit id itself. Nor its 290 {@code xsd:annotation}s (documentation for readers, which no
     * validation looks at): they are 60% of the file, and compiling them cost a fresh JVM's merge ~0.3 s.
     * Everything else the OASIS schema says is checked as it is.
     */
    static String withoutIdentityConstraints(String xsd) {
        return IDENTITY_CONSTRAINT.matcher(xsd).replaceAll("");
    }

    private static final Pattern IDENTITY_CONSTRAINT =
            Pattern.compile("<xsd:(unique|key|keyref|annotation)\\b.*?</xsd:\\1>", Pattern.DOTALL);

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + url, e);
        }
    }

    /** Factories are not guaranteed thread-safe: one per thread. */
    private static final ThreadLocal<SAXParserFactory> PARSERS = ThreadLocal.withInitial(SchemaCheck::secureParsers);

    private static SAXParserFactory secureParsers() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a safe XML parser", e);
        }
    }

    private static XMLReader secureReader() {
        try {
            return PARSERS.get().newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a safe XML parser", e);
        }
    }

    private static void trySet(Validator validator, String property) {
        try {
            validator.setProperty(property, "");
        } catch (SAXException e) {
            // not supported: the reader already refuses DOCTYPEs
        }
    }
}
