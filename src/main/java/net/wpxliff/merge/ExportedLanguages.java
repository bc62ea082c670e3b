package net.wpxliff.merge;

import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.LanguageTags;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.Untrusted;

import java.util.List;

/**
 * A returned file's languages against the ones it was exported for, which its signed embedded source records. The
 * file's own {@code source-language}/{@code target-language} ({@code srcLang}/{@code trgLang}) are not signed, and
 * CAT tools rewrite them: a region added or dropped ({@code ko} as {@code ko-KR}) is the same language and accepted;
 * another language is refused, since the page, its links and the memory would be published under the exported one.
 * Merge always uses the exported languages (a {@code ko-KR} delivery gives {@code /ko/} links and {@code .ko.} files).
 */
public final class ExportedLanguages {
    private ExportedLanguages() {
    }

    /** @throws MergeException when the file names another language than the one it was exported for */
    public static void check(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        String target = mismatch("target", file.targetLanguage(), embedded.targetLanguage(), "--target-lang");
        String source = mismatch("source", file.sourceLanguage(), embedded.sourceLanguage(), "--source-lang");
        List<Problem> problems = new java.util.ArrayList<>(2);
        if (source != null) problems.add(new Problem(null, file.line(), source));
        if (target != null) problems.add(new Problem(null, file.line(), target));
        ReturnedFile.OtherTargetLanguage other = file.otherTargetLanguage();
        if (problems.isEmpty() && other != null) { // QA: German targets in a file for Korean merged as Korean
            problems.add(new Problem(null, other.line(), "a <target>'s xml:lang is " + Untrusted.shown(other.language())
                    + ", but the file's target language is " + file.targetLanguage() + ": the translation must be in that"
                    + " language (set the target's language in your CAT tool's project)"));
        }
        if (!problems.isEmpty()) throw new MergeException(file.path(), problems);
    }

    private static String mismatch(String which, String given, String exported, String option) {
        if (given == null || exported == null || LanguageTags.sameLanguage(given, exported)) return null;
        boolean target = which.equals("target");
        return "the file's " + which + " language is " + Untrusted.shown(given) + ", but it was exported for " + exported
                + (target ? " (which the page, its links and the memory would be published as)" : " (the language of the"
                + " post it holds)") + ": set it back to " + exported + " in your CAT tool's project (the same language"
                + " with a region subtag added is fine), or export again with "
                + option + " " + Untrusted.shown(given) + " for that language";
    }
}
