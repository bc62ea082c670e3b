package net.wpxliff.config;

import java.util.List;

/**
 * One {@code <shortcode>} of a wpml-config.xml: a shortcode's tag and the attributes whose values are text to
 * translate ({@code [vc_text_separator title="Separator Title"]}). Attributes WPML decodes first
 * ({@code encoding="base64"}, {@code vc_link}, {@code json}, …) and links ({@code type="link"}) are not among them.
 */
public record ShortcodeRule(String tag, List<String> attributes) {
    public ShortcodeRule {
        attributes = List.copyOf(attributes);
    }
}
