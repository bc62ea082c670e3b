package net.wpxliff.merge;

import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.ReturnedUnit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What merge and validate tell about a delivery beyond whether it can be merged: whether its post changed
 * since export ({@code --current}; an error with {@code --strict}) and which units came back identical to
 * their source (always a warning; an error with {@code --require-translated}). Immutable and thread-safe.
 *
 * @param current           the posts as they are now, or null when not given
 * @param strict            a post that changed (or that no {@code --current} file holds) is an error
 * @param requireTranslated a unit with text whose target equals its source, or whose target marked by sentence leaves
 *                          some out, is an error
 */
public record DeliveryChecks(CurrentPosts current, boolean strict, boolean requireTranslated) {
    /** No --current, untranslated units only warned about. */
    public static final DeliveryChecks NONE = new DeliveryChecks(null, false, false);

    /** Adds what one merged document calls for to the file's problems (errors) or warnings. */
    public void apply(ReturnedFile file, DocumentMerger.Result result, List<Problem> problems, List<String> warnings) {
        if (current != null) {
            CurrentPosts.Finding finding = current.compare(result.document());
            if (finding != null && strict) {
                problems.add(new Problem(null, file.line(), finding.message() + " (refused: --strict)"));
            } else if (finding != null) {
                warnings.add(finding.message());
            }
        }
        UntranslatedUnits untranslated = result.untranslated();
        if (!requireTranslated || untranslated.isEmpty() && result.marksLeftOut().isEmpty()
                && result.sentencesAsSource().isEmpty()) {
            return; // warned
        }
        Map<String, Integer> lines = new HashMap<>();
        for (ReturnedUnit unit : file.units()) lines.putIfAbsent(unit.id(), unit.line());
        result.marksLeftOut().forEach((id, marks) -> problems.add(new Problem(id, lines.getOrDefault(id, -1),
                "the target leaves out " + DocumentMerger.Result.sentences(marks) + " of the source"
                        + " (no <mrk mid> for it): give each sentence its own translation, or merge without"
                        + " --require-translated to take the target as it is")));
        result.sentencesAsSource().forEach((id, marks) -> problems.add(new Problem(id, lines.getOrDefault(id, -1),
                DocumentMerger.Result.sentences(marks) + " of the target " + (marks.size() > 1 ? "are" : "is")
                        + " identical to the source (untranslated?); translate " + (marks.size() > 1 ? "them" : "it")
                        + ", or merge without --require-translated to keep " + (marks.size() > 1 ? "them" : "it")
                        + " as " + (marks.size() > 1 ? "they are" : "it is"))));
        for (String id : untranslated.ids()) {
            problems.add(new Problem(id, lines.getOrDefault(id, -1), "the target is identical to the source"
                    + " (untranslated?); translate it, or merge without --require-translated to keep it as it is"));
        }
    }
}
