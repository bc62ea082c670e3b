package net.wpxliff.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.CurrentPosts;
import net.wpxliff.push.PushRecord;
import net.wpxliff.push.PushedText;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which version of each source post its published translation was made from, for {@code tm align}: a translation
 * pairs with the post as it was then, not with a post changed since (its units would pair the new English with the
 * old Korean, a context match for the wrong text). The push record says it exactly: the source's {@code modified_gmt}
 * when push last wrote (or found unchanged) the translation there. Records written before it kept that are read from
 * the merged folders beside them: merge writes the post with its translated fields and everything else as exported,
 * its {@code modified_gmt} included, and its id as {@code translation_of}; but a merge made since and not pushed (push
 * refused it: an editor's edits there) is not what the site shows, which is why the record's wins. Without either, a
 * source modified after its translation was last saved there has changed since.
 */
public final class TranslatedVersions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code modified_gmt} a merged translation was made from, the file saying so, and the record beside it. */
    private record Made(String modified, Path file, PushRecord record) {
    }

    /** Source post id → the version its merged translation was made from. */
    private final Map<String, Made> merged;
    private final List<PushRecord> records;

    private TranslatedVersions(Map<String, Made> merged, List<PushRecord> records) {
        this.merged = merged;
        this.records = records;
    }

    /**
     * The versions the records say were pushed, else those the merged posts ({@code *.<target>.json}) in the records'
     * folders were translated from.
     */
    public static TranslatedVersions in(List<PushRecord> records, String targetLanguage) throws InputException {
        Map<String, Made> merged = new HashMap<>();
        String suffix = "." + targetLanguage + ".json";
        for (PushRecord record : records) {
            Path folder = record.file().getParent();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + suffix)) {
                for (Path file : files) {
                    JsonNode post = readPost(file);
                    if (post == null || !post.hasNonNull("translation_of")) continue;
                    String modified = CurrentPosts.modified(post);
                    if (modified != null) merged.put(post.get("translation_of").asText(), new Made(modified, file, record));
                }
            } catch (IOException e) {
                throw new InputException("--record " + folder + ": cannot list its merged posts (" + e.getMessage() + ")");
            }
        }
        return new TranslatedVersions(merged, records);
    }

    /**
     * Whether the record has digests of what push wrote for the source post's translations, and none is of the content
     * of the body merged beside {@code postFile} ({@code NAME.ko.post.json}): a merge made since and not pushed (push
     * refused it), which says nothing of the site. Read only for the post being aligned, when the record names no
     * version.
     */
    private static boolean unpushed(PushRecord record, String sourceId, Path postFile) {
        String name = postFile.getFileName().toString();
        JsonNode body = readPost(postFile.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".post.json"));
        String content = body == null || !body.path("content").isTextual() ? null : body.path("content").asText();
        boolean recorded = false;
        for (long target : record.targetsOf(sourceId)) {
            PushedText pushed = record.pushedTextOf(sourceId, target);
            if (pushed == null || !pushed.digests().containsKey("content")) continue;
            recorded = true;
            if (pushed.holds("content", content)) return false;
        }
        return recorded;
    }

    /** A merged post, or null when the file is not one (a menu's, a page's, a damaged file: not this check's to judge). */
    private static JsonNode readPost(Path file) {
        try {
            JsonNode post = JSON.readTree(file.toFile());
            return post != null && post.isObject() ? post : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why the source changed since its translation was made, or null when it did not (or nothing tells: pages, WXR
     * items, posts without dates).
     */
    public String changedSince(SourceDocument source, SourceDocument translation) {
        String now = CurrentPosts.modified(source);
        if (now == null) return null;
        String targetId = translation.postId();
        if (source.postId() != null && targetId != null && targetId.matches("[0-9]{1,18}")) {
            for (PushRecord record : records) {
                String pushed = record.pushedSourceVersion(source.postId(), Long.parseLong(targetId));
                if (pushed == null) continue;
                return pushed.equals(now) ? null : "not the version whose translation wpxliff pushed there (modified_gmt "
                        + now + " here, " + pushed + " when pushed, says " + record.file() + ")";
            }
        }
        Made made = source.postId() == null ? null : merged.get(source.postId());
        if (made != null && unpushed(made.record(), source.postId(), made.file())) {
            return "which version of it the translation there is of cannot be told: the push record (written before"
                    + " wpxliff kept that) names none, and " + made.file() + " holds a merge push did not write there (its"
                    + " content is not what push recorded: refused?); align the file the pushed translation was exported"
                    + " from with --no-record, or push the post again first";
        }
        if (made != null) {
            return made.modified().equals(now) ? null : "changed since its translation was made (modified_gmt " + now
                    + " here, " + made.modified() + " in " + made.file() + ")";
        }
        String there = CurrentPosts.modified(translation);
        if (there == null) return null;
        java.time.LocalDateTime sourceDate = date(now), translationDate = date(there);
        if (sourceDate == null || translationDate == null) { // fail closed: a date that cannot be read tells nothing
            return "its modified_gmt cannot be read as a date (" + now + " here, " + there + " there), so whether it changed"
                    + " since its translation cannot be told";
        }
        return sourceDate.isAfter(translationDate) ? "changed after its translation was last saved there (modified_gmt "
                + now + " here, " + there + " there)" : null;
    }

    /** A {@code modified_gmt} as WordPress writes it ({@code 2026-11-21T08:00:00}), or null when it is not one. */
    private static java.time.LocalDateTime date(String modified) {
        try {
            return java.time.LocalDateTime.parse(modified);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
