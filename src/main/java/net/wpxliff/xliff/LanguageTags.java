package net.wpxliff.xliff;

import java.util.regex.Pattern;

/**
 * Language tags as XLIFF takes them ({@code xs:language}: {@code ko}, {@code ko-KR}, {@code zh-Hant-TW}). The target
 * language also ends output file names ({@code post.ko.html}), so a value from a returned file that is not a tag
 * (XLIFF 2's schema leaves {@code srcLang} and {@code trgLang} untyped) is refused before it can name anything.
 */
public final class LanguageTags {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private LanguageTags() {
    }

    public static boolean valid(String value) {
        return value != null && TAG.matcher(value).matches();
    }

    /**
     * Whether two language tags name the same language: equal but for case and region subtags (two letters or three
     * digits after the language and script), so {@code ko}, {@code KO} and {@code ko-KR} agree, {@code zh-Hans} and
     * {@code zh-Hant} do not.
     */
    public static boolean sameLanguage(String a, String b) {
        return withoutRegion(a).equals(withoutRegion(b));
    }

    private static String withoutRegion(String tag) {
        String[] subtags = tag.toLowerCase(java.util.Locale.ROOT).split("-");
        StringBuilder kept = new StringBuilder(subtags[0]);
        for (int i = 1; i < subtags.length; i++) {
            String s = subtags[i];
            boolean region = s.length() == 2 && Character.isLetter(s.charAt(0)) || s.length() == 3 && Character.isDigit(s.charAt(0));
            if (!region) kept.append('-').append(s);
        }
        return kept.toString();
    }

    /**
     * Whether a {@code <target>}'s {@code xml:lang} names another language than the file's target language (an invalid
     * tag is left to the schema's message).
     */
    static boolean otherLanguage(String targetLang, String fileTargetLanguage) {
        if (targetLang == null || targetLang.equals(fileTargetLanguage)) return false; // every target, nearly always
        return fileTargetLanguage != null && valid(targetLang) && valid(fileTargetLanguage)
                && !sameLanguage(targetLang, fileTargetLanguage);
    }

    /** Why {@code value} is not a tag and what to write instead ({@code ko_KR}: use {@code ko-KR}). */
    public static String problem(String value) {
        String dashed = value == null ? null : value.replace('_', '-');
        return "'" + Untrusted.shown(value) + "' is not a language tag" + (dashed != null && !dashed.equals(value) && valid(dashed)
                ? ": use " + dashed : ": a language tag such as ko, ko-KR or zh-Hant-TW");
    }
}
