package net.wpxliff.cli;

import net.wpxliff.xliff.LanguageTags;
import picocli.CommandLine;
import picocli.CommandLine.Option;


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
        @Override
        public String convert(String value) {
            if (LanguageTags.valid(value)) return value;
            throw new CommandLine.TypeConversionException(LanguageTags.problem(value));
        }
    }
}
