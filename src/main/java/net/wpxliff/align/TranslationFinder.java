package net.wpxliff.align;

import net.wpxliff.input.Field;
import net.wpxliff.push.PushRecord;
import net.wpxliff.push.PushedText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds each source post's published translation among those pulled: the one the push records name (never another of
 * the same slug, since the record says which post the translation is), else, for a post no record names, the one of
 * its slug and kind; and tells when the record shows that editors moved its blocks there since (pairing by place would
 * then pair other texts).
 */
public final class TranslationFinder {
    private final List<PostFile> translations;
    private final List<PushRecord> records;

    /**
     * A source's translation, or why there is none.
     *
     * @param translation the translation found, or null
     * @param recorded    true when a push record named it (false: paired by slug)
     * @param none        when {@code translation} is null, why: what the record names, or the slug looked for
     */
    public record Found(PostFile translation, boolean recorded, String none) {
    }

    public TranslationFinder(List<PostFile> translations, List<PushRecord> records) {
        this.translations = List.copyOf(translations);
        this.records = List.copyOf(records);
    }

    public Found find(PostFile source) {
        List<Long> recorded = recordedTranslations(source);
        PostFile translation = recorded.isEmpty() ? bySlug(source) : byId(recorded);
        return new Found(translation, !recorded.isEmpty(), translation == null ? how(source, recorded) : null);
    }

    /**
     * Why the translation's units are not in the places push put them, as far as the push record tells (editors moved
     * blocks there since: the same number of units, so the keys alone cannot see it), or null.
     */
    public String movedThere(PostFile source, PostFile translation) {
        String sourceId = source.document().postId(), targetId = translation.document().postId();
        if (sourceId == null || targetId == null || !targetId.matches("[0-9]{1,18}")) return null;
        Field content = translation.document().field("content");
        if (content == null) return null;
        for (PushRecord record : records) {
            PushedText pushed = record.pushedTextOf(sourceId, Long.parseLong(targetId));
            if (pushed != null && pushed.blocksMovedThere("content", content.html())) {
                return "blocks of its content were moved there since wpxliff pushed it (" + record.file() + ")";
            }
        }
        return null;
    }

    /** The ids of the translations the push records name for the source post (none without records). */
    private List<Long> recordedTranslations(PostFile source) {
        List<Long> ids = new ArrayList<>();
        String id = source.document().postId();
        if (id == null) return ids;
        for (PushRecord record : records) {
            for (long target : record.targetsOf(id)) if (!ids.contains(target)) ids.add(target);
        }
        return ids;
    }

    /**
     * The translation a record names, or null when none of them is among the translations: never another post of the
     * same slug, since the record says which post the translation is.
     */
    private PostFile byId(List<Long> recorded) {
        for (long target : recorded) {
            for (PostFile candidate : translations) {
                if (Long.toString(target).equals(candidate.document().postId())) return candidate;
                if (target == candidate.savedCopyId()) return candidate;
            }
        }
        return null;
    }

    /** The translation of the source's slug and kind (raw or rendered fields); null when none, or several of its slug. */
    private PostFile bySlug(PostFile source) {
        PostFile found = null;
        for (PostFile candidate : translations) {
            if (candidate.document().name().equals(source.document().name())
                    && candidate.document().kind() == source.document().kind()) {
                if (found != null) return null; // two of that slug: not guessed
                found = candidate;
            }
        }
        return found;
    }

    private static String how(PostFile source, List<Long> recorded) {
        if (!recorded.isEmpty()) {
            return "the push record names post " + recorded.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " as its translation";
        }
        return "none with the slug " + source.document().name() + " read the same way (raw or rendered fields)";
    }
}
