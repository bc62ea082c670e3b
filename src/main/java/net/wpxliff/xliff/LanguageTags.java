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

    /** Why {@code value} is not a tag and what to write instead ({@code ko_KR}: use {@code ko-KR}). */
    public static String problem(String value) {
        String dashed = value == null ? null : value.replace('_', '-');
        return "'" + Untrusted.shown(value) + "' is not a language tag" + (dashed != null && !dashed.equals(value) && valid(dashed)
                ? ": use " + dashed : ": a language tag such as ko, ko-KR or zh-Hant-TW");
    }
}
