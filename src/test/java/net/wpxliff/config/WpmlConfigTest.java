package net.wpxliff.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wpml-config.xml reader: blocks, nested keys, translate="0", custom fields; unsafe or bad files refused. */
class WpmlConfigTest {
    @TempDir
    Path dir;

    private static String fixture() throws IOException {
        try (InputStream in = WpmlConfigTest.class.getResourceAsStream("/blocks/wpml-config.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsBlocksKeysAndCustomFields() throws Exception {
        Path file = dir.resolve("wpml-config.xml");
        Files.writeString(file, fixture());
        TranslationConfig config = TranslationConfig.read(file);
        BlockRule hero = config.rule("acme/hero");
        assertTrue(hero.translate());
        assertEquals(List.of(List.of("title"), List.of("labels", "next"), List.of("labels", "previous")), hero.keys());
        assertEquals(List.of("//h2"), hero.xpaths());
        assertFalse(config.rule("acme/code-sample").translate());
        assertEquals(List.of(new CustomField("subtitle", "translate"), new CustomField("price", "copy")), config.customFields());
        assertEquals(List.of("subtitle"), config.translatedCustomFields());
        // the built-in core list is still there, and the file's text is what travels in the payload
        assertEquals(List.of(List.of("label"), List.of("buttonText"), List.of("placeholder")), config.rule("core/search").keys());
        assertEquals(fixture(), config.source());
        assertEquals(null, TranslationConfig.BUILT_IN.source());
    }

    @Test
    void coreBlocksNamedWithoutNamespaceAddToTheBuiltInKeys() throws Exception {
        TranslationConfig config = TranslationConfig.parse("c.xml", "<wpml-config><gutenberg-blocks>"
                + "<gutenberg-block type=\"search\" translate=\"1\"><key name=\"ariaLabel\"/></gutenberg-block>"
                + "</gutenberg-blocks></wpml-config>");
        assertEquals(List.of(List.of("label"), List.of("buttonText"), List.of("placeholder"), List.of("ariaLabel")),
                config.rule("core/search").keys());
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertEquals("c.xml:3: <gutenberg-block> needs a type attribute naming a block (type=\"acme/hero\"), found none",
                message("<wpml-config>\n<gutenberg-blocks>\n<gutenberg-block translate=\"1\"/>\n</gutenberg-blocks></wpml-config>"));
        assertEquals("c.xml:1: translate=\"yes\" on <gutenberg-block type=\"acme/x\">: use 1 or 0",
                message("<wpml-config><gutenberg-blocks><gutenberg-block type=\"acme/x\" translate=\"yes\"/></gutenberg-blocks></wpml-config>"));
        assertEquals("c.xml:2: the root element is <config>, expected <wpml-config>", message("\n<config/>"));
        assertTrue(message("<wpml-config>\n<gutenberg-blocks>\n</wpml-config>").startsWith("c.xml:3: not well-formed XML"),
                message("<wpml-config>\n<gutenberg-blocks>\n</wpml-config>"));
        assertTrue(message("<wpml-config><gutenberg-blocks><gutenberg-block type=\"a/b\"><key/></gutenberg-block>"
                + "</gutenberg-blocks></wpml-config>").contains("<key> needs a name attribute"));
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE wpml-config [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<wpml-config><custom-fields><custom-field>&x;</custom-field></custom-fields></wpml-config>";
        String message = message(xxe);
        assertTrue(message.startsWith("c.xml:"), message);
        assertFalse(message.contains("top secret"), message);
        String bomb = "<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><wpml-config/>";
        assertTrue(message(bomb).contains("DOCTYPE"), message(bomb));
    }

    @Test
    void aFileInAnotherEncodingIsNamedWithItsPlace() throws Exception {
        Path latin1 = dir.resolve("latin1.xml");
        Files.write(latin1, "<wpml-config>\n<custom-fields>\n<custom-field>caf\u00e9</custom-field>\n</custom-fields>\n</wpml-config>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> TranslationConfig.read(latin1));
        assertEquals(latin1 + ":3: not valid UTF-8 (the bytes from offset 47 (0xE9 ...) are not a UTF-8 character); a"
                + " wpml-config.xml is UTF-8: save it as UTF-8", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> TranslationConfig.read(dir.resolve("none.xml")));
        assertTrue(e.getMessage().startsWith(dir.resolve("none.xml") + ": cannot read"), e.getMessage());
    }

    private static String message(String xml) {
        return assertThrows(ConfigException.class, () -> TranslationConfig.parse("c.xml", xml)).getMessage();
    }
}
