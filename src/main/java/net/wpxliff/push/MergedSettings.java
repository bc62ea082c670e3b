package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.merge.SettingsBody;
import net.wpxliff.merge.TermsBody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translated site title and tagline as merge wrote them: the body to POST ({@code settings.ko.settings.json})
 * and, beside it, the source site's settings with those strings translated ({@code settings.ko.json}), which say
 * the source site's language.
 *
 * @param values         {@code title} and/or {@code description}, as the body gives them
 * @param sourceLanguage the source site's {@code language} ({@code en_US}), or null when its settings do not say
 * @param sourceSite     the origin of the source site's {@code url} ({@code https://site.example}), or "" when they do not say
 * @param sourceText     the source's text of the values the translation changed ({@link TermsBody#SOURCE_TEXT}; none in a
 *                       body merged before it was written), never sent
 */
public record MergedSettings(Path bodyFile, Map<String, String> values, String sourceLanguage, String sourceSite,
                             Map<String, String> sourceText) {
    /** The only members a settings body may have: push never sets another option of the target site. */
    private static final String[] MEMBERS = {"title", "description"};

    /** Whether the file is named as merge names a settings body. */
    public static boolean isBody(Path file) {
        return file.getFileName().toString().endsWith(SettingsBody.SUFFIX);
    }

    public static MergedSettings read(Path bodyFile) throws PushException {
        String name = bodyFile.getFileName().toString();
        if (!isBody(bodyFile)) {
            throw new PushException(bodyFile + ": not a merged settings body (merge writes settings.ko" + SettingsBody.SUFFIX + ")");
        }
        ObjectNode body = MergedPost.object(bodyFile);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sourceText = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getKey().equals(TermsBody.SOURCE_TEXT) && member.getValue().isObject()) {
                member.getValue().fields().forEachRemaining(text -> {
                    if (java.util.List.of(MEMBERS).contains(text.getKey()) && text.getValue().isTextual()) {
                        sourceText.put(text.getKey(), text.getValue().asText());
                    }
                });
                continue;
            }
            if (!java.util.List.of(MEMBERS).contains(member.getKey()) || !member.getValue().isTextual()) {
                throw new PushException(bodyFile + ": \"" + member.getKey() + "\" is not a string title or description:"
                        + " not a body merge wrote (push sets only the site title and tagline); merge the XLIFF again");
            }
            values.put(member.getKey(), member.getValue().asText());
        }
        if (values.isEmpty()) throw new PushException(bodyFile + ": no title or description: merge the XLIFF again");
        Path settingsFile = bodyFile.resolveSibling(name.substring(0, name.length() - SettingsBody.SUFFIX.length()) + ".json");
        if (!Files.isRegularFile(settingsFile)) {
            throw new PushException(bodyFile + ": " + settingsFile.getFileName() + " is not beside it: push reads the"
                    + " source site's language from it (merge writes both; keep them together)");
        }
        ObjectNode source = MergedPost.object(settingsFile);
        JsonNode language = source.get("language");
        String origin = MergedPost.origin(source.path("url").asText(""));
        return new MergedSettings(bodyFile, values, language != null && language.isTextual() ? language.asText() : null,
                origin == null ? "" : origin, sourceText);
    }
}
