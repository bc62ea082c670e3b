package net.wpxliff.tm;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published translation's inline codes put back on the source unit's own ({@link PublishedPairs}). The translation
 * was extracted from the other site, so its codes have ids and markup of their own: a code is paired with the
 * source's code of the same kind and type. Where the source has several of a kind and type that lead to different
 * places (two links, two images), the translation may have moved them (Korean word order often swaps two links), so
 * they are paired by where they lead: the {@code href} or {@code src}, with each site's language folder
 * ({@code /en/}, {@code /ko/}) left out, as merge's link localization moves them. When that does not tell them
 * apart (a page the url map renamed, an editor's new link) the unit has no counterpart: order would be a guess, and a
 * wrong guess pre-fills a link on the wrong words.
 */
final class PublishedCodes {
    private static final Pattern TARGET = Pattern.compile("\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);

    private final Function<Code, String> translatedMarkup;
    private final Function<Code, String> sourceMarkup;
    private final String translatedFolder;
    private final String sourceFolder;

    /**
     * @param translatedMarkup the markup of a translated code (empty when not known)
     * @param sourceMarkup     the markup of a source code (empty when not known)
     */
    PublishedCodes(Function<Code, String> translatedMarkup, Function<Code, String> sourceMarkup, String sourceLanguage,
                   String targetLanguage) {
        this.translatedMarkup = translatedMarkup;
        this.sourceMarkup = sourceMarkup;
        this.sourceFolder = "/" + primary(sourceLanguage) + "/";
        this.translatedFolder = "/" + primary(targetLanguage) + "/";
    }

    /** Without markup: codes of a kind and type are paired in order. */
    static Fragment byOrder(Fragment translated, Fragment source) {
        return new PublishedCodes(c -> "", c -> "", "en", "ko").onSource(translated, source);
    }

    /**
     * The translated text with the source's codes in place of its own, or null when they do not pair one to one: the
     * same number of each kind and type, each pair closed, and several of a kind and type told apart (see above).
     */
    Fragment onSource(Fragment translated, Fragment source) {
        Map<String, List<Code>> sourceCodes = byKindAndType(source);
        Map<String, List<Code>> translatedCodes = byKindAndType(translated);
        if (!sameCounts(sourceCodes, translatedCodes)) return null;
        Map<Code, Code> paired = new IdentityHashMap<>();
        for (Map.Entry<String, List<Code>> group : translatedCodes.entrySet()) {
            if (!pair(group.getValue(), sourceCodes.get(group.getKey()), paired)) return null;
        }
        Map<Integer, Code> openedAs = new HashMap<>(); // translated pair id → the source's opening code
        Map<Integer, Code> closings = closings(source);
        List<Part> parts = new ArrayList<>();
        for (Part part : translated.parts()) {
            if (!(part instanceof Code code)) {
                parts.add(part);
                continue;
            }
            if (code.kind() == Code.Kind.CLOSING) {
                Code opening = openedAs.remove(code.id());
                Code closing = opening == null ? null : closings.get(opening.id());
                if (closing == null) return null;
                parts.add(closing);
                continue;
            }
            Code mapped = paired.get(code);
            if (code.kind() == Code.Kind.OPENING) openedAs.put(code.id(), mapped);
            parts.add(mapped);
        }
        return openedAs.isEmpty() ? Fragment.of(parts) : null; // else a pair left open
    }

    /** Pairs a kind and type's translated codes with the source's: in order when they all lead to one place, else by place. */
    private boolean pair(List<Code> translated, List<Code> source, Map<Code, Code> paired) {
        boolean onePlace = true;
        for (Code c : source) onePlace &= place(sourceMarkup.apply(c), sourceFolder).equals(place(sourceMarkup.apply(source.get(0)), sourceFolder));
        if (onePlace) {
            for (int i = 0; i < translated.size(); i++) paired.put(translated.get(i), source.get(i));
            return true;
        }
        boolean[] used = new boolean[source.size()];
        for (Code c : translated) {
            String place = place(translatedMarkup.apply(c), translatedFolder);
            int found = -1;
            for (int j = 0; j < source.size() && found < 0; j++) {
                if (!used[j] && place(sourceMarkup.apply(source.get(j)), sourceFolder).equals(place)) found = j;
            }
            if (found < 0) return false;
            used[found] = true;
            paired.put(c, source.get(found));
        }
        return true;
    }

    /**
     * Where a code's markup leads: its {@code href} or {@code src} without the language folder, or the whole markup
     * when it has neither (codes of one type with the same markup are interchangeable).
     */
    private static String place(String markup, String folder) {
        Matcher m = TARGET.matcher(markup);
        if (!m.find()) return markup;
        String url = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        int at = url.indexOf(folder);
        return at < 0 ? url : url.substring(0, at) + url.substring(at + folder.length() - 1);
    }

    /** The opening and standalone codes by kind and type, in order. */
    private static Map<String, List<Code>> byKindAndType(Fragment fragment) {
        Map<String, List<Code>> codes = new LinkedHashMap<>();
        for (Code code : fragment.codes()) {
            if (code.kind() != Code.Kind.CLOSING) codes.computeIfAbsent(code.kind() + " " + code.type(), k -> new ArrayList<>()).add(code);
        }
        return codes;
    }

    private static boolean sameCounts(Map<String, List<Code>> a, Map<String, List<Code>> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (Map.Entry<String, List<Code>> group : a.entrySet()) {
            if (group.getValue().size() != b.get(group.getKey()).size()) return false;
        }
        return true;
    }

    /** The source's closing codes by their pair's id. */
    private static Map<Integer, Code> closings(Fragment source) {
        Map<Integer, Code> closings = new HashMap<>();
        for (Code code : source.codes()) if (code.kind() == Code.Kind.CLOSING) closings.put(code.id(), code);
        return closings;
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
