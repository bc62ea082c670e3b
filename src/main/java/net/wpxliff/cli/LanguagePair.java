package net.wpxliff.cli;

import picocli.CommandLine.Option;

/** The language pair of an extraction: {@code --source-lang} and {@code --target-lang} (picocli mixin of export and analyze). */
final class LanguagePair {
    @Option(names = "--source-lang", paramLabel = "LANG", defaultValue = "en", description = "Source language (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--target-lang", paramLabel = "LANG", defaultValue = "ko", description = "Target language (default: ${DEFAULT-VALUE}).")
    String target;
}
