package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sentence rules compiled at build time ({@link SrxRulesCompiler}, Maven's process-classes) are exactly
 * what Okapi's {@code SRXDocument} loads from its {@code defaultSegmentation.srx}: for every language the
 * tool supports, the same active rules in the same order, and the same header options.
 */
class SrxRulesTest {
    /**
     * A code for every language map of Okapi's rules (its 13 named rule sets), languages that fall to its
     * Default rules (CJK, Arabic, Greek, Korean: the target), region and case variants, and codes no map names.
     */
    static final List<String> LANGUAGES = List.of("en", "en-US", "en-GB", "EN", "es", "es-MX", "fr", "fr-CA", "ru",
            "nl", "pt", "pt-BR", "it", "de", "de-CH", "uk", "UK", "sk", "ro", "pl", "da", "ja", "ko", "zh", "zh-Hant",
            "ar", "el", "he", "hi", "th", "tr", "sv", "fi", "cs", "x-unknown");

    private static SRXDocument okapi;
    private static SrxRules compiled;

    @BeforeAll
    static void load() throws IOException {
        okapi = SrxRules.okapiDocument();
        try (InputStream in = SrxRules.class.getResourceAsStream(SrxRules.COMPILED)) {
            assertNotNull(in, SrxRules.COMPILED + " is not on the class path: Maven's process-classes step"
                    + " (exec-maven-plugin, SrxRulesCompiler) did not run; build with mvn test or mvn package");
            compiled = SrxRules.read(in);
        }
    }

    @Test
    void everyLanguageGetsTheRulesSrxDocumentLoads() {
        for (String language : LANGUAGES) {
            List<String> expected = describe(okapiRules(okapi, language));
            List<String> actual = describe(compiled.rulesFor(language));
            assertFalse(expected.isEmpty(), language);
            assertEquals(expected, actual, "rules for " + language);
        }
        assertEquals(okapi.useIcu4JBreakRules(), compiled.useIcu());
        assertEquals(okapi.cascade(), compiled.cascade());
    }

    @Test
    void everyMapAndRuleSetIsCompiledAsLoaded() {
        List<String> maps = new ArrayList<>();
        for (LanguageMap map : okapi.getAllLanguagesMaps()) maps.add(map.getPattern() + " -> " + map.getRuleName());
        List<String> compiledMaps = compiled.mappings().stream().map(m -> m.pattern() + " -> " + m.ruleName()).toList();
        assertEquals(maps, compiledMaps);
        int rules = 0;
        for (LanguageMap map : okapi.getAllLanguagesMaps()) {
            List<Rule> set = okapi.getLanguageRules(map.getRuleName());
            assertEquals(describe(set), describe(compiled.ruleSet(map.getRuleName())), "rule set " + map.getRuleName());
            rules += set.size();
        }
        assertTrue(rules > 2000, "Okapi's default rules have about 2,800 rules, found " + rules);
    }

    /** The resource on the class path is, byte for byte, what compiling Okapi's SRX file now gives. */
    @Test
    void resourceIsWhatTheCompilerWrites(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        SrxRulesCompiler.main(new String[]{dir.toString()});
        byte[] fresh = Files.readAllBytes(SrxRulesCompiler.compiledPath(dir));
        byte[] onClassPath;
        try (InputStream in = SrxRules.class.getResourceAsStream(SrxRules.COMPILED)) {
            onClassPath = in.readAllBytes();
        }
        assertArrayEquals(fresh, onClassPath);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SrxRules.read(new ByteArrayInputStream(fresh)).write(again);
        assertArrayEquals(fresh, again.toByteArray(), "read and written again, the same bytes");
    }

    /** ICU4J's sentence terminators, computed at build time, are what the ICU4J on the class path says now. */
    @Test
    void terminatorsAreWhatIcuComputes() throws IOException {
        try (InputStream in = SentenceTerminators.class.getResourceAsStream(SentenceTerminators.COMPILED)) {
            assertNotNull(in, SentenceTerminators.COMPILED + " is not on the class path (Maven's process-classes step)");
            assertEquals(SentenceTerminators.compute(), java.util.BitSet.valueOf(in.readAllBytes()));
        }
        assertEquals(SentenceTerminators.compute(), SentenceTerminators.load());
        assertTrue(SentenceTerminators.load().get('.') && SentenceTerminators.load().get('\u3002')
                && !SentenceTerminators.load().get('a'), "., the ideographic full stop, not a letter");
    }

    @Test
    void defaultRulesAreReadOncePerProcess() {
        assertSame(SrxRules.okapiDefault(), SrxRules.okapiDefault());
        assertEquals(describe(okapiRules(okapi, "en")), describe(SrxRules.okapiDefault().rulesFor("en")));
    }

    /** What the splitter took from SRXDocument before the rules were compiled: its maps, in order, cascading. */
    static List<Rule> okapiRules(SRXDocument srx, String language) {
        List<Rule> rules = new ArrayList<>();
        for (LanguageMap map : srx.getAllLanguagesMaps()) {
            if (!Pattern.compile(map.getPattern()).matcher(language).matches()) continue;
            for (Rule rule : srx.getLanguageRules(map.getRuleName())) if (rule.isActive()) rules.add(rule);
            if (!srx.cascade()) break;
        }
        return rules;
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(r -> (r.isBreak() ? "break" : "no-break") + (r.isActive() ? "" : " inactive")
                + " before=" + r.getBefore() + " after=" + r.getAfter() + " comment=" + r.getComment()).toList();
    }
}
