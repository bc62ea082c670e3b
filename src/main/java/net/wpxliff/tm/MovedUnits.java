package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a translation's units seem to be in other places than their sources: an editor moved paragraphs on the
 * translation site, so pairing by place (unit key) would pair each with another's text, and the next export would
 * pre-fill that text as a context match. Without a push record nothing else tells (same number of units, same codes).
 *
 * <p>What a translation keeps of its source as written: numbers of two digits or more, and words in Latin letters
 * (names, brands, acronyms, which a Korean text writes as they are). An anchor is such a token that only one source unit
 * has. A translated unit is out of place when it holds none of its own source's anchors but one of another source
 * unit's, and the translated unit in that other place holds none of that source's anchors either: the text went from
 * there to here. A translator who adds a name another paragraph has leaves that paragraph its own; an untranslated unit
 * (text in the source language) holds all its source's anchors, so it is told as well.
 */
public final class MovedUnits {
    private static final Pattern TOKEN = Pattern.compile("[0-9]+(?:[.,][0-9]+)*|[A-Za-z][A-Za-z0-9]+");

    private MovedUnits() {
    }

    /** One translated unit out of place: its key, and the source unit whose anchor it holds. */
    public record Moved(String key, String sourceKey, String anchor) {
    }

    /**
     * The first translated unit that seems out of place, or null.
     *
     * @param keys         the units' keys, in order
     * @param sources      each unit's source text (plain)
     * @param translations each unit's translated text (plain), the same order
     */
    public static Moved first(List<String> keys, List<String> sources, List<String> translations) {
        Map<String, Integer> onlyIn = new HashMap<>(); // token → the one source unit holding it, -1 when several do
        for (int i = 0; i < sources.size(); i++) {
            for (String token : tokens(sources.get(i))) onlyIn.merge(token, i, (a, b) -> -1);
        }
        List<Set<String>> translated = new ArrayList<>(translations.size());
        boolean[] own = new boolean[translations.size()]; // holds an anchor of its own source
        for (int i = 0; i < translations.size(); i++) {
            Set<String> tokens = tokens(translations.get(i));
            translated.add(tokens);
            for (String token : tokens) own[i] |= Integer.valueOf(i).equals(onlyIn.get(token));
        }
        for (int i = 0; i < translations.size(); i++) {
            if (own[i]) continue;
            for (String token : translated.get(i)) {
                Integer from = onlyIn.get(token);
                if (from != null && from >= 0 && from != i && !own[from]) return new Moved(keys.get(i), keys.get(from), token);
            }
        }
        return null;
    }

    /** A text's numbers (separators dropped; two digits or more) and Latin words (two letters or more), lower case. */
    static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                token = token.replace(",", "").replace(".", "");
                if (token.length() < 2) continue;
            }
            tokens.add(token.toLowerCase(Locale.ROOT));
        }
        return tokens;
    }
}
