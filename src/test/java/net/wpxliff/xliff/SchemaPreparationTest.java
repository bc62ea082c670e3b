package net.wpxliff.xliff;

import net.wpxliff.testing.Exports;
import org.junit.jupiter.api.Test;
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
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XLIFF 1.2 schema as merge compiles it ({@link SchemaCheck#prepared}: the {@code restype} union with its
 * {@code x-} member first) gives every verdict and message the schema gives with its members in the OASIS order:
 * on the seed's export and on it with every {@code restype} set to listed values, extensions, and invalid values
 * of each kind (unlisted, a bare {@code x-}, spaces, empty, another type's value), on one unit and on all units.
 */
class SchemaPreparationTest {
    private static final String XSD = "/net/wpxliff/xliff/xsd/xliff-1.2/xliff-core-1.2-transitional.xsd";
    private static final List<String> VALUES = List.of("x-html-text", "x-html-attribute", "button", "dialog", "x-a b",
            "x-", "x", "X-html-text", "", " x-html-text ", "bogus", "needs-translation", "x-\u00e9", "checkbox x-a");

    @Test
    void reorderingTheRestypeUnionChangesNoVerdictAndNoMessage() throws Exception {
        String original = read();
        assertTrue(original.contains(SchemaCheck.RESTYPE_UNION), "the OASIS schema's restype union is where it was");
        Schema oasisOrder = compile(SchemaCheck.withoutIdentityConstraints(original));
        Schema prepared = compile(SchemaCheck.prepared(original));

        String good = Exports.exportOne(Exports.SEED, XliffFormat.XLIFF12, true).xliff();
        List<String> documents = new ArrayList<>(List.of(good));
        for (String value : VALUES) {
            documents.add(good.replaceFirst(" restype=\"[^\"]*\"", " restype=\"" + value + "\""));
            documents.add(good.replaceAll(" restype=\"[^\"]*\"", " restype=\"" + value + "\""));
        }
        int invalid = 0;
        for (String document : documents) {
            List<String> expected = violations(oasisOrder, document);
            assertEquals(expected, violations(prepared, document), document.substring(0, Math.min(2000, document.length())));
            if (!expected.isEmpty()) invalid++;
        }
        assertTrue(invalid >= 10, "only " + invalid + " invalid documents: the comparison tested too little");
    }

    private static List<String> violations(Schema schema, String document) throws IOException {
        Validator validator = schema.newValidator();
        List<String> found = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                found.add("warning " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                found.add("fatal " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(document)));
        } catch (SAXException e) {
            found.add("stopped: " + e.getMessage());
        }
        return found;
    }

    private static Schema compile(String xsd) throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar:file");
        URL url = SchemaPreparationTest.class.getResource(XSD);
        return factory.newSchema(new StreamSource(new StringReader(xsd), url.toExternalForm()));
    }

    private static String read() throws IOException {
        try (InputStream in = SchemaPreparationTest.class.getResourceAsStream(XSD)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
