package net.wpxliff.xliff;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/**
 * A language tag taken apart the way {@link LanguageTags#sameLanguage} compares tags: the language, its script
 * ({@code Kore}, {@code Hant}: four letters after the language), its region ({@code KR}, {@code 419}: two letters or
 * three digits after the language or script) and whatever follows (variants, extensions), lower case. TMX files and
 * WordPress write {@code ko_KR}, so an underscore separates subtags as a hyphen does.
 */
record LanguageSubtags(String language, String script, String region, String rest) {

    static LanguageSubtags of(String tag) {
        String[] subtags = tag.toLowerCase(Locale.ROOT).split("[-_]");
        int i = 1;
        String script = null;
        String region = null;
        if (i < subtags.length && subtags[i].length() == 4 && Character.isLetter(subtags[i].charAt(0))) script = subtags[i++];
        if (i < subtags.length && isRegion(subtags[i])) region = subtags[i++];
        StringBuilder rest = new StringBuilder();
        for (; i < subtags.length; i++) rest.append('-').append(subtags[i]);
        return new LanguageSubtags(subtags[0], script, region, rest.toString());
    }

    private static boolean isRegion(String s) {
        return s.length() == 2 && Character.isLetter(s.charAt(0)) || s.length() == 3 && Character.isDigit(s.charAt(0));
    }

    /**
     * The script the tag names, or else the one its language (in its region) is usually written in, as CLDR's likely
     * subtags say: {@code ko} → {@code kore}, {@code zh-TW} → {@code hant}, {@code zh} → {@code hans}; null when CLDR
     * does not know the language. ICU is asked only here, when one of two tags names a script (rare), so that comparing
     * tags stays cheap.
     */
    String writtenIn() {
        if (script != null) return script;
        String likely = ULocale.addLikelySubtags(new ULocale(language + (region == null ? "" : "_" + region))).getScript();
        return likely.isEmpty() ? null : likely.toLowerCase(Locale.ROOT);
    }
}
