package net.wpxliff.segment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled rules are indexed by rule set: reading them decodes no set, and asking for a language's rules
 * decodes exactly the sets its language maps name (with cascading, every matching map's), so a run for one
 * language does not decode the other languages' rules. That the decoded rules are Okapi's is {@link SrxRulesTest}.
 */
class SrxRulesIndexTest {

    @Test
    void aLanguageDecodesOnlyTheRuleSetsItsMapsName() throws IOException {
        for (String language : SrxRulesTest.LANGUAGES) {
            SrxRules rules = fresh();
            assertTrue(rules.decodedSetNames().isEmpty(), "reading decodes no rule set");
            rules.rulesFor(language);
            assertEquals(new TreeSet<>(setsMappedTo(rules, language)), new TreeSet<>(rules.decodedSetNames()),
                    "rule sets decoded for " + language);
            assertTrue(rules.decodedSetNames().size() < rules.mappings().size(), language + " decodes a few sets, not all");
        }
    }

    private static List<String> setsMappedTo(SrxRules rules, String language) {
        List<String> names = new ArrayList<>();
        for (SrxRules.LanguageMapping map : rules.mappings()) {
            if (!Pattern.compile(map.pattern()).matcher(language).matches()) continue;
            names.add(map.ruleName());
            if (!rules.cascade()) break;
        }
        return names;
    }

    private static SrxRules fresh() throws IOException {
        try (InputStream in = SrxRules.class.getResourceAsStream(SrxRules.COMPILED)) {
            assertNotNull(in, SrxRules.COMPILED + " is not on the class path (Maven's process-classes step)");
            return SrxRules.read(in);
        }
    }
}
