/**
 * What a site says is translatable beyond the HTML itself: the built-in list of core blocks' text attributes
 * ({@link net.wpxliff.config.CoreBlockAttributes}) and a {@code wpml-config.xml} file given with {@code --config}
 * ({@link net.wpxliff.config.WpmlConfigReader}), the format WPML and Polylang read: which custom blocks are
 * translated, which of their attributes hold text, and which custom fields ({@code meta}) are translated.
 */
package net.wpxliff.config;
