package net.wpxliff.input;

import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.SettingsBody;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A site's settings as the REST API gives them to an administrator ({@code GET /wp/v2/settings}, what {@code pull
 * --type settings} writes as {@code settings.json}): its fields are the site title ({@code title}) and tagline
 * ({@code description}), which WordPress shows in every page's header and {@code <title>}. WordPress stores both
 * HTML-escaped ({@code esc_html}), so they are HTML text. Merge writes the settings JSON with the two strings
 * replaced and the body to POST to {@code /wp/v2/settings} ({@link SettingsBody}: those two and nothing else).
 */
public final class SiteSettingsFormat extends SiteJsonFormat {
    public static final SiteSettingsFormat INSTANCE = new SiteSettingsFormat();
    /**
     * The settings' REST route: what pull reads (and {@code --type settings} names), and where push sends the
     * translated title and tagline; one constant, so that the two cannot drift apart.
     */
    public static final String ROUTE = "/wp/v2/settings";
    /** The document's name, so its outputs are {@code settings.ko.json} and {@code settings.ko.settings.json}. */
    public static final String NAME = "settings";
    /** The settings translated: the site title and tagline. */
    private static final List<String> TEXT_KEYS = List.of("title", "description");
    /**
     * Keys only the settings object has among what export reads (a post has {@code title} as an object, a term a
     * string {@code description} but no string title): WordPress 4.7's first settings.
     */
    private static final Set<String> SETTINGS_KEYS = Set.of("timezone", "date_format", "time_format", "start_of_week",
            "posts_per_page", "default_category", "default_post_format", "default_comment_status", "use_smilies");

    private SiteSettingsFormat() {
    }

    /** What the post reader found of settings in one JSON object. */
    static final class Found {
        private final String[] texts = new String[TEXT_KEYS.size()];
        private final int[][] spans = new int[TEXT_KEYS.size()][];
        private boolean settingsKey;

        void text(String key, String value, int[] span) {
            int i = TEXT_KEYS.indexOf(key);
            texts[i] = value;
            spans[i] = span;
        }

        void sawSettingsKey() {
            settingsKey = true;
        }

        /** A string title beside a key only settings have. */
        boolean isSettings() {
            return settingsKey && texts[0] != null;
        }
    }

    /**
     * Whether these bytes are one settings object as export reads it (what {@code pull} checks an answer of
     * {@code /wp/v2/settings}, and a file it would replace, against).
     */
    public static boolean holdsSettings(Path file, byte[] bytes) {
        try {
            JsonBytes.Decoded json = JsonBytes.decode(bytes);
            List<SourceDocument> read = new PostJsonReader().read(file, json.text(), json.charset(), json.bom(),
                    PostJsonReader.Fields.AUTO);
            return read.size() == 1 && read.get(0).kind() == SourceDocument.Kind.WP_SETTINGS;
        } catch (JsonBytes.Malformed | InputException e) {
            return false;
        }
    }

    static boolean isTextKey(String key) {
        return TEXT_KEYS.contains(key);
    }

    static boolean isSettingsKey(String key) {
        return SETTINGS_KEYS.contains(key);
    }

    /** The settings document of an object's text (spans in the found strings are the whole text's). */
    static SourceDocument document(String origin, String text, int objectStart, Charset charset, boolean bom, Found found) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < TEXT_KEYS.size(); i++) {
            // an empty tagline is no text to translate, and stays empty
            if (found.texts[i] == null || found.texts[i].isEmpty()) continue;
            fields.add(new Field(TEXT_KEYS.get(i), found.texts[i], found.spans[i][0] - objectStart,
                    found.spans[i][1] - objectStart));
        }
        return new SourceDocument(origin, SourceDocument.Kind.WP_SETTINGS, NAME, text, charset, bom, null, null, null,
                fields);
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_SETTINGS;
    }

    /** The settings of a settings file's text (one settings object, as {@code GET /wp/v2/settings} answers). */
    @Override
    SourceDocument read(Path file, String text, Charset charset, boolean bom) throws InputException {
        List<SourceDocument> read = new PostJsonReader().read(file, text, charset, bom, PostJsonReader.Fields.AUTO);
        if (read.size() != 1 || read.get(0).kind() != SourceDocument.Kind.WP_SETTINGS) {
            throw new InputException(file + ": not one site settings object (GET /wp/v2/settings)");
        }
        return read.get(0);
    }

    @Override
    public String fieldNote(Field field) {
        return field.key().equals("title") ? "site title (every page's header and browser title)"
                : "site tagline (shown under the site title)";
    }

    @Override
    public String category() {
        return "wordpress-settings";
    }

    @Override
    public String describe(SourceDocument document) {
        return "WordPress site settings (site title and tagline)";
    }

    @Override
    String bodySuffix() {
        return SettingsBody.SUFFIX;
    }

    /** The body to POST to {@code /wp/v2/settings}. */
    @Override
    byte[] body(OutputContext context) {
        return SettingsBody.write(context.document(), context.merged());
    }
}
