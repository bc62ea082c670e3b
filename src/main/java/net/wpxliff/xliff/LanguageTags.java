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
     * Whether two language tags name the same written language, as a CAT tool may rewrite the one a file was exported
     * for. A region is added or dropped freely ({@code ko}, {@code KO} and {@code ko-KR} agree; {@code ko_KR} too, as
     * TMX files write it). A script subtag counts only when one tag names one: then both must be written in the same
     * script, a tag without one being taken in its language's usual script ({@link LanguageSubtags#writtenIn}), so
     * {@code ko-Kore} and {@code ko-Hang} are Korean as {@code ko} is (Kore, CLDR's script for Korean, is Hangul with
     * the occasional Hanja; Hangul alone is how Korean is written today), {@code zh-Hant} agrees with {@code zh-TW} but
     * not with {@code zh} or {@code zh-Hans}. {@code ko-Latn}, romanized Korean, is not Korean as its readers read it:
     * a page published as {@code ko} in Latin letters would be the wrong page, so it is another language. Variants and
     * extensions must be equal.
     */
    public static boolean sameLanguage(String a, String b) {
        if (a == null || b == null) return false;
        if (a.equalsIgnoreCase(b)) return true; // nearly every call
        LanguageSubtags x = LanguageSubtags.of(a);
        LanguageSubtags y = LanguageSubtags.of(b);
        if (!x.language().equals(y.language()) || !x.rest().equals(y.rest())) return false;
        if (x.script() == null && y.script() == null) return true;
        String scriptX = everyday(x.language(), x.writtenIn());
        return scriptX != null && scriptX.equals(everyday(y.language(), y.writtenIn()));
    }

    /** Korean's Kore (Hangul and Hanja) as Hangul, the script its text is written in. */
    private static String everyday(String language, String script) {
        return language.equals("ko") && "kore".equals(script) ? "hang" : script;
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
