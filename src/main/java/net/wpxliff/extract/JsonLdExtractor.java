package net.wpxliff.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the human-readable strings of a JSON-LD block ({@code headline}, {@code description},
 * {@code name}, ...) and reports each as a unit keyed by its JSON path. Identifiers, URLs, dates and
 * types are never units. Each unit's span is the JSON string token, quotes included, in the HTML source.
 */
final class JsonLdExtractor {
    /** schema.org properties whose values are text for people. */
    private static final Set<String> TEXT_PROPERTIES = Set.of(
            "name", "headline", "alternativeHeadline", "alternateName", "description",
            "disambiguatingDescription", "caption", "text", "abstract", "articleBody", "articleSection",
            "keywords", "reviewBody", "slogan", "award", "about", "genre", "jobTitle", "embeddedTextCaption");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?i)^(https?:|mailto:|tel:|/|#|www\\.|\\d{4}-\\d{2}-\\d{2})|^\\S+@\\S+\\.\\S+$");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();

    private final String html;
    private final UnitSink sink;

    JsonLdExtractor(String html, UnitSink sink) {
        this.html = html;
        this.sink = sink;
    }

    /** Extracts from the script text at [start, end) of the HTML. Invalid JSON is left alone, with a warning. */
    void extract(int start, int end, String scriptPath, String fieldNote) {
        String json = html.substring(start, end);
        Deque<String> types = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(json)) {
            walkValue(parser, parser.nextToken(), "$", null, types, start, scriptPath, fieldNote);
        } catch (IOException e) {
            sink.warning(scriptPath + ": JSON-LD is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); it stays as it is, untranslated");
        }
    }

    private void walkValue(JsonParser parser, JsonToken token, String path, String property, Deque<String> types,
                           int base, String scriptPath, String fieldNote) throws IOException {
        if (token == null) return;
        switch (token) {
            case START_OBJECT -> {
                types.push("");
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (key.equals("@type") && value == JsonToken.VALUE_STRING) {
                        types.pop();
                        types.push(parser.getText());
                    }
                    walkValue(parser, value, path + step(key), key, types, base, scriptPath, fieldNote);
                }
                types.pop();
            }
            case START_ARRAY -> {
                int i = 0;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    walkValue(parser, t, path + "[" + i++ + "]", property, types, base, scriptPath, fieldNote);
                }
            }
            case VALUE_STRING -> {
                if (property == null || !TEXT_PROPERTIES.contains(property)) return;
                int tokenStart = (int) parser.currentTokenLocation().getCharOffset();
                String value = parser.getText();
                int tokenEnd = (int) parser.currentLocation().getCharOffset();
                if (NOT_TEXT.matcher(value.strip()).find()) return;
                Fragment fragment = Fragment.text(value);
                if (!fragment.hasTranslatableText()) return;
                if (!TextScanner.allXmlChars(value)) {
                    sink.warning(scriptPath + "/" + path + ": " + HtmlExtractor.NOT_XML + HtmlExtractor.abbreviate(value) + "\"");
                    return;
                }
                String type = types.isEmpty() || types.peek().isEmpty() ? "" : " (" + types.peek() + ")";
                sink.unit(scriptPath + "/" + path, fieldNote + ": JSON-LD " + property + type,
                        TextContext.JSON_STRING, true, base + tokenStart, base + tokenEnd, fragment);
            }
            default -> {
            }
        }
    }

    private static String step(String key) {
        return key.matches("[A-Za-z_@][\\w@]*") ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }
}
