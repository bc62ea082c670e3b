package net.wpxliff.config;

/**
 * One {@code <custom-field action="…">name</custom-field>} of a wpml-config.xml: a post meta field and what is
 * done with it ({@code translate}, {@code copy}, {@code copy-once}, {@code ignore}).
 */
public record CustomField(String name, String action) {
    public boolean translated() {
        return "translate".equals(action);
    }
}
