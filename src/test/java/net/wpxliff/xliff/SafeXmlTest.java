package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLInputFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The StAX parser of returned files is the JDK's, chosen explicitly, not whichever jar registers one. */
class SafeXmlTest {
    private static final String JDK_STAX = "com.sun.xml.internal.stream.XMLInputFactoryImpl";

    @Test
    void returnedFilesAreParsedByTheJdksStaxEvenWithAnotherOneOnTheClassPath() {
        // Okapi's XLIFF filter (a test dependency) registers Woodstox as the StAX service: the lookup finds it
        assertNotEquals(JDK_STAX, XMLInputFactory.newFactory().getClass().getName(), "Woodstox is on the test class path");
        XMLInputFactory factory = SafeXml.inputFactory();
        assertEquals(JDK_STAX, factory.getClass().getName());
        assertEquals(false, factory.getProperty(XMLInputFactory.SUPPORT_DTD));
        assertEquals(false, factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
        assertEquals(false, factory.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES));
    }
}
