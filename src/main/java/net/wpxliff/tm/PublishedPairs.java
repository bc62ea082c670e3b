package net.wpxliff.tm;

import net.wpxliff.extract.Extraction;
import net.wpxliff.merge.UnitTranslation;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The sentence pairs of a post and its translation as published (the Korean post as the translation site has it now,
 * editors' changes included): both extracted as export extracts them, their units paired by key (the resname: the
 * place in the post's structure, never its text, so a translation made from the post has the same keys), each
 * translated unit's inline codes mapped onto the source unit's ({@link PublishedCodes}: by kind and type, several of one
 * kind and type by where they lead; the translation keeps the source's markup, localized links included), then split into the
 * source's sentences as a returned file's translation is ({@link SentencePairs}). A unit whose codes do not map one to
 * one, or whose key the translation lacks (its structure changed there), gives no pair; it is counted.
 */
public final class PublishedPairs {
    /**
     * @param pairs    the sentence pairs (and the sentences of aligned units that did not split one to one)
     * @param units    the source's units with text to translate
     * @param aligned  those paired with a translated unit whose codes mapped
     * @param missing  keys of units the translation does not have (first few)
     * @param reshaped null, or which post has a unit key the other lacks ({@code the translation has
     *                 content/wp:paragraph[11], which the source lacks}), the first such, when their keys are places (a
     *                 post's blocks and elements) and differ: a unit inserted, removed or split on either side moves
     *                 the places of those after it, so pairing by key would pair other texts; then nothing is paired
     */
    public record Result(SentencePairs.Pairs pairs, int units, int aligned, List<String> missing, String reshaped) {
        public Result {
            missing = List.copyOf(missing);
        }
    }

    /** The pairing of a translated unit's codes with the source unit's, each side's markup read from its own post. */
    private static PublishedCodes codes(Extraction source, TextUnit unit, Extraction translation, TextUnit there,
                                        String sourceLanguage, String targetLanguage) {
        String sourceMarkup = SentencePairs.markupSource(source.document(), unit);
        String translatedMarkup = SentencePairs.markupSource(translation.document(), there);
        return new PublishedCodes(c -> SentencePairs.markup(c, translatedMarkup), c -> SentencePairs.markup(c, sourceMarkup),
                sourceLanguage, targetLanguage);
    }

    /** How many unpaired keys a result names. */
    private static final int NAMED = 5;

    private PublishedPairs() {
    }

    /**
     * @param source      the source post, extracted and split into sentences as export does
     * @param translation its translation as published, extracted the same way (sentences need not be split)
     * @param segmenter   the export's sentence rules, which split each translated unit (as for a returned file)
     */
    public static Result of(Extraction source, Extraction translation, Segmenter segmenter, String sourceLanguage,
                            String targetLanguage, String created) {
        return of(source, translation, null, segmenter, sourceLanguage, targetLanguage, created);
    }

    /**
     * As above, for a translation whose keys hold its own site's ids (a taxonomy's terms: {@code terms/ID/name}):
     * {@code sourceKey} gives each translated unit's key in the source's terms (null: no counterpart). Null for keys that
     * are places in the post's structure (posts, pages, templates): those are paired only when both posts have the
     * same ones ({@link Result#reshaped}).
     */
    public static Result of(Extraction source, Extraction translation, UnaryOperator<String> sourceKey, Segmenter segmenter,
                            String sourceLanguage, String targetLanguage, String created) {
        Map<String, TextUnit> translated = new HashMap<>();
        for (TextUnit unit : translation.units()) {
            String key = unit.resname() == null ? null : sourceKey == null ? unit.resname() : sourceKey.apply(unit.resname());
            if (key != null) translated.put(key, unit);
        }
        if (sourceKey == null) {
            String reshaped = firstUnshared(source, translation);
            if (reshaped != null) {
                return new Result(new SentencePairs.Pairs(List.of(), 0, 0, 0), (int) source.units().stream()
                        .filter(u -> u.source().hasTranslatableText()).count(), 0, List.of(), reshaped);
            }
        }
        List<UnitTranslation> translations = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int units = 0;
        for (TextUnit unit : source.units()) {
            if (!unit.source().hasTranslatableText()) continue;
            units++;
            TextUnit there = unit.resname() == null ? null : translated.get(unit.resname());
            Fragment target = there == null ? null : codes(source, unit, translation, there, sourceLanguage, targetLanguage)
                    .onSource(there.source(), unit.source());
            if (target == null) {
                if (missing.size() < NAMED) missing.add(unit.resname() == null ? unit.id() : unit.resname());
                continue;
            }
            translations.add(new UnitTranslation(unit, target));
        }
        SentencePairs.Pairs pairs = SentencePairs.of(source.document(), translations, segmenter, sourceLanguage,
                targetLanguage, created);
        return new Result(pairs, units, translations.size(), missing, null);
    }

    /**
     * Which post has the first key (in the source's order, then the translation's) of a unit with text that the other
     * lacks, said with the counts of such units (a block inserted on one side shows as the other's last one missing), or
     * null when they have the same keys.
     */
    private static String firstUnshared(Extraction source, Extraction translation) {
        Set<String> sourceKeys = keysWithText(source), translatedKeys = keysWithText(translation);
        String counts = " (the source has " + sourceKeys.size() + " units with text, the translation " + translatedKeys.size() + ")";
        for (String key : sourceKeys) {
            if (!translatedKeys.contains(key)) return "the source has " + key + ", which the translation lacks" + counts;
        }
        for (String key : translatedKeys) {
            if (!sourceKeys.contains(key)) return "the translation has " + key + ", which the source lacks" + counts;
        }
        return null;
    }

    private static Set<String> keysWithText(Extraction extraction) {
        Set<String> keys = new LinkedHashSet<>();
        for (TextUnit unit : extraction.units()) {
            if (unit.resname() != null && unit.source().hasTranslatableText()) keys.add(unit.resname());
        }
        return keys;
    }

}
