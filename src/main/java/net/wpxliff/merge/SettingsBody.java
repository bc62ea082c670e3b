package net.wpxliff.merge;

import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.LoneSurrogates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translated site title and tagline as the body of {@code POST /wp/v2/settings}: {@code title} and
 * {@code description} (the one the source has text in), nothing else of the settings, so that a push never sets
 * the target site's language, time zone, front page or any other option from the source's; beside them, the source's
 * text of those the translation changed ({@link TermsBody#SOURCE_TEXT}), which push never sends: a title it finds there
 * without a push record may be replaced when it still is the English one. UTF-8, indented as {@link PostBody}.
 */
public final class SettingsBody {
    /** What the body's file name ends with after the target suffix: {@code settings.ko.settings.json}. */
    public static final String SUFFIX = ".settings.json";

    private SettingsBody() {
    }

    /** @param merged field key to merged text */
    public static byte[] write(SourceDocument settings, Map<String, String> merged) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> source = new LinkedHashMap<>();
        for (Field field : settings.fields()) {
            // WordPress refuses JSON holding half a surrogate pair: U+FFFD, as in a post's body
            String translated = LoneSurrogates.replaced(merged.getOrDefault(field.key(), field.html()));
            body.put(field.key(), translated);
            if (!translated.equals(field.html())) source.put(field.key(), field.html());
        }
        if (!source.isEmpty()) body.put(TermsBody.SOURCE_TEXT, source);
        try {
            return (PostBody.streamed(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
