package net.wpxliff.align;

import net.wpxliff.input.MenuFormat;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.input.TermsFormat;
import net.wpxliff.input.WidgetsFormat;
import net.wpxliff.push.MenuPush;
import net.wpxliff.push.PushRecord;
import net.wpxliff.push.WidgetPush;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Maps the unit keys of a published translation to the source's, by the push record. */
public final class RecordedKeys {
    private RecordedKeys() {
    }

    /**
     * How a translation's unit keys become the source's: null for posts, pages and templates (the same keys, places in
     * their structure), else for the site-wide files whose keys hold each
     * site's own ids ({@code terms/ID/name}, {@code menu-item/ID/title}, {@code widget/text-3/title}): the push record
     * says which source term, menu item or widget each translated one is (null: none, or not one alone).
     */
    public static UnaryOperator<String> of(SourceDocument source, List<PushRecord> records) {
        String prefix, type;
        switch (source.kind()) {
            case WP_TERMS -> {
                prefix = TermsFormat.KEY_PREFIX;
                type = "term:" + source.name().substring(TermsFormat.NAME_PREFIX.length());
            }
            case WP_MENU -> {
                prefix = MenuFormat.KEY_PREFIX;
                type = MenuPush.ITEM_TYPE;
            }
            case WP_WIDGETS -> {
                prefix = WidgetsFormat.KEY_PREFIX;
                type = WidgetPush.WIDGET_TYPE;
            }
            case WP_POST, WP_POST_RAW, HTML_PAGE -> {
                return null; // places in the post's structure (PublishedPairs)
            }
            default -> {
                return UnaryOperator.identity();
            }
        }
        return key -> {
            if (!key.startsWith(prefix)) return key; // (a unit beside the site-wide ones)
            int slash = key.indexOf('/', prefix.length());
            if (slash < 0) return null;
            String id = key.substring(prefix.length(), slash);
            // a widget's id is its kind and number (text-3); the record keeps the number, the source's id whole
            int dash = id.lastIndexOf('-');
            String number = type.equals(WidgetPush.WIDGET_TYPE) && dash > 0 ? id.substring(dash + 1) : id;
            String kind = type.equals(WidgetPush.WIDGET_TYPE) && dash > 0 ? id.substring(0, dash + 1) : "";
            if (!number.matches("[0-9]{1,18}")) return null;
            Set<String> sources = new TreeSet<>();
            for (PushRecord record : records) {
                for (String sourceId : record.sourcesOf(type, Long.parseLong(number))) {
                    if (sourceId.startsWith(kind)) sources.add(sourceId);
                }
            }
            return sources.size() == 1 ? prefix + sources.iterator().next() + key.substring(slash) : null;
        };
    }
}
