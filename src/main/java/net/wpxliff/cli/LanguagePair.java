package net.wpxliff.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.regex.Pattern;

/** The language pair of an extraction: {@code --source-lang} and {@code --target-lang} (picocli mixin of export and analyze). */
final class LanguagePair {
    @Option(names = "--source-lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageTag.class,
            description = "Source language (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--target-lang", paramLabel = "LANG", defaultValue = "ko", converter = LanguageTag.class,
            description = "Target language (default: ${DEFAULT-VALUE}).")
    String target;

    /**
     * A language tag as XLIFF's {@code xml:lang} takes it ({@code xs:language}: {@code ko}, {@code ko-KR},
     * {@code zh-Hant-TW}); anything else would make export write XLIFF the schema refuses, and the target language
     * also ends the output files' names ({@code post.ko.xlf}), where a path would not belong.
     */
    static final class LanguageTag implements CommandLine.ITypeConverter<String> {
        private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

        @Override
        public String convert(String value) {
            if (TAG.matcher(value).matches()) return value;
            String hint = TAG.matcher(value.replace('_', '-')).matches() ? ": use " + value.replace('_', '-')
                    : ": a language tag such as ko, ko-KR or zh-Hant-TW";
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language tag" + hint);
        }
    }
}
