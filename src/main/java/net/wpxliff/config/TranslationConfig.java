package net.wpxliff.config;

import net.wpxliff.input.ReadFailure;
import net.wpxliff.xliff.StrictUtf8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is translatable beyond the HTML: block attributes (the built-in core list, plus the {@code <gutenberg-blocks>}
 * of a wpml-config.xml) and custom fields. Export records the file's text in the signed payload, so that merge,
 * validate and pseudo extract the same units from it without the file.
 *
 * @param source       the wpml-config.xml text as given, or null for the built-in list alone
 * @param blocks       block name ({@code core/search}) to its rule
 * @param customFields the {@code <custom-fields>} entries, in file order
 * @param translatedTaxonomies the taxonomies whose term names are translated ({@code <taxonomies><taxonomy
 *                     translate="1">category</taxonomy>}), in file order: the names of a post's terms in them
 *                     are units, for push to create missing terms with translated names
 * @param shortcodeAttributes shortcode tag ({@code caption}) to the attributes whose values are text to translate:
 *                     the built-in {@code [caption caption="…"]}, plus the {@code <shortcodes>} of a wpml-config.xml
 */
public record TranslationConfig(String source, Map<String, BlockRule> blocks, List<CustomField> customFields,
                                List<String> translatedTaxonomies, Map<String, List<String>> shortcodeAttributes) {
    /**
     * The caption WordPress shows from a legacy {@code [caption caption="…"]} (posts from before WordPress 3.4); its
     * {@code wp_caption} alias too.
     */
    private static final Map<String, List<String>> BUILT_IN_SHORTCODES = Map.of("caption", List.of("caption"),
            "wp_caption", List.of("caption"));

    /** The built-in core list and nothing else. */
    public static final TranslationConfig BUILT_IN = new TranslationConfig(null, builtIn(), List.of(), List.of(),
            BUILT_IN_SHORTCODES);

    public TranslationConfig {
        blocks = Map.copyOf(blocks);
        customFields = List.copyOf(customFields);
        translatedTaxonomies = List.copyOf(translatedTaxonomies);
        shortcodeAttributes = Map.copyOf(shortcodeAttributes);
    }

    /** Reads a wpml-config.xml ({@code --config FILE}); errors name the file and line. */
    public static TranslationConfig read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw notUtf8(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + ReadFailure.reason(e) + ")");
        }
        return parse(file.toString(), text);
    }

    /** The file is read as UTF-8, as WPML reads it: says where it is not (the first bad byte's line and offset). */
    private static ConfigException notUtf8(Path file) {
        String where = "";
        try (InputStream in = StrictUtf8.ifUtf8(Files.newInputStream(file))) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (StrictUtf8.Malformed e) {
            where = ":" + e.line() + ": not valid UTF-8 (" + e.getMessage() + ")";
        } catch (IOException e) {
            // read a moment ago: the message below still holds
        }
        return new ConfigException(file + (where.isEmpty() ? ": not valid UTF-8" : where) + "; a wpml-config.xml is"
                + " UTF-8: save it as UTF-8");
    }

    /** The configuration a wpml-config.xml text gives ({@code name} for messages), merged over the built-in list. */
    public static TranslationConfig parse(String name, String xml) throws ConfigException {
        WpmlConfigReader.Parsed parsed = WpmlConfigReader.read(name, xml);
        Map<String, BlockRule> blocks = new LinkedHashMap<>(builtIn());
        for (BlockRule rule : parsed.blocks()) blocks.merge(rule.name(), rule, BlockRule::with);
        Map<String, List<String>> shortcodes = new LinkedHashMap<>(BUILT_IN_SHORTCODES);
        for (ShortcodeRule rule : parsed.shortcodes()) {
            shortcodes.merge(rule.tag(), rule.attributes(), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                    .distinct().toList());
        }
        return new TranslationConfig(xml, blocks, parsed.customFields(), parsed.translatedTaxonomies(), shortcodes);
    }

    /**
     * The configuration recorded in a payload: {@code null} (none was given) is the built-in list.
     *
     * @throws ConfigException when the recorded text no longer parses (it was parsed at export)
     */
    public static TranslationConfig recorded(String xml) throws ConfigException {
        return xml == null ? BUILT_IN : parse("the configuration recorded in the XLIFF", xml);
    }

    /** The rule for a block's full name, or null when nothing in it is configured. */
    public BlockRule rule(String blockName) {
        return blocks.get(blockName);
    }

    /** Names of the meta fields to translate ({@code <custom-field action="translate">}). */
    public List<String> translatedCustomFields() {
        return customFields.stream().filter(CustomField::translated).map(CustomField::name).toList();
    }

    private static Map<String, BlockRule> builtIn() {
        Map<String, BlockRule> rules = new LinkedHashMap<>();
        for (BlockRule rule : CoreBlockAttributes.RULES) rules.put(rule.name(), rule);
        return rules;
    }
}
