package net.wpxliff.xliff;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * StAX input configured for untrusted files: no DTD processing, no external entities, no entity
 * expansion. Readers also refuse any DOCTYPE outright, so XXE and "billion laughs" files fail closed.
 *
 * <p>The parser is the JDK's own, always: {@code newDefaultFactory()} ignores whatever StAX implementation a
 * jar on the class path registers (Okapi's XLIFF filter brings Woodstox to the tests), so the tests exercise
 * the parser users run, its limits and error messages included.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // not supported by this StAX implementation; DOCTYPEs are refused by the readers anyway
        }
    }
}
