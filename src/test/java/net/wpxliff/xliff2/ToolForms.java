package net.wpxliff.xliff2;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Faithful rewrites of our exported XLIFF the way CAT tools that cannot run in the tests write files back. Each
 * is written from the tool's own code or from its real output (see each method), not from what wpxliff would
 * like to read.
 */
final class ToolForms {
    private ToolForms() {
    }

    private static final Pattern UNIT_12 = Pattern.compile("<trans-unit id=\"([^\"]+)\"[^>]*>.*?</trans-unit>", Pattern.DOTALL);
    private static final Pattern TARGET_12 = Pattern.compile("(<target[^>]*>)(.*?)(</target>)", Pattern.DOTALL);
    private static final Pattern SEG_MRK = Pattern.compile("(<mrk mtype=\"seg\" mid=\"[^\"]+\">)(.*?)(</mrk>)", Pattern.DOTALL);

    // ------------------------------------------------------------------ OmegaT

    /**
     * OmegaT 5/6 translating an XLIFF 1.2 file in place (its XLIFF filter, {@code filters3/xml/xliff}: {@code <source>}
     * and {@code <seg-source>} are intact, {@code <target>} is the text it translates, so the file must come with
     * targets: {@code export --copy-source}):
     * <ul>
     * <li>each {@code <mrk mtype="seg">} of a target is a preformatted paragraph of its own
     * ({@code XLIFFDialect.validatePreformatTag}): the target keeps one marker per segment, and a translated segment
     * replaces that marker's content with the translation as typed;</li>
     * <li>a target without segment markers is one paragraph: unless {@code xml:space="preserve"} is in force it is
     * whitespace-compressed ({@code StaticUtils.compressSpaces}: runs become one space, the ends are trimmed),
     * split into OmegaT's own sentences, and written as their translations joined by the compressed text's
     * single spaces;</li>
     * <li>"untranslated is written out uncompressed" ({@code Handler.translateButDontFlash}): what has no
     * translation keeps the copied source exactly;</li>
     * <li>attributes such as {@code state="needs-translation"} or {@code state="new"} are written back unchanged
     * (the filter has no notion of target states);</li>
     * <li>the writer re-escapes text: {@code "} as {@code &quot;} and {@code >} as {@code &gt;}
     * ({@code StaticUtils.makeValidXML}).</li>
     * </ul>
     *
     * @param translations per unit id, the translation of each segment (with markers) or OmegaT sentence (without),
     *                     in order, as raw XLIFF 1.2 inline markup with the codes where the translator placed them;
     *                     null for a segment left untranslated
     */
    static String omegaT(String xliff, Map<String, List<String>> translations) {
        String translated = mapUnits12(xliff, (id, unit) -> {
            List<String> segments = translations.get(id);
            if (segments == null) return unit;
            boolean preserve = unit.contains("xml:space=\"preserve\"");
            return mapTarget12(unit, target -> {
                Matcher mrk = SEG_MRK.matcher(target);
                if (!mrk.find()) { // one paragraph
                    if (segments.stream().anyMatch(java.util.Objects::isNull)) fail("unit " + id + ": a paragraph is translated whole or not at all");
                    String joined = String.join(" ", segments);
                    return preserve ? joined : compressSpaces(joined);
                }
                mrk.reset();
                StringBuilder out = new StringBuilder();
                int i = 0;
                while (mrk.find()) {
                    if (i >= segments.size()) fail("unit " + id + " has more segments than translations");
                    String translation = segments.get(i++);
                    mrk.appendReplacement(out, Matcher.quoteReplacement(mrk.group(1)
                            + (translation == null ? mrk.group(2) : translation) + mrk.group(3)));
                }
                assertEquals(segments.size(), i, "unit " + id + ": translations for every segment");
                return mrk.appendTail(out).toString();
            });
        });
        return escapeTextLikeOmegaT(translated);
    }

    /** OmegaT's {@code StaticUtils.compressSpaces}: whitespace runs as one space, none at the ends. */
    static String compressSpaces(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Text between tags with {@code "} and {@code >} escaped, as OmegaT's writer does (tags and the header untouched). */
    private static String escapeTextLikeOmegaT(String xliff) {
        Matcher tag = Pattern.compile("<[^>]*>").matcher(xliff);
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        while (tag.find()) {
            out.append(xliff.substring(cursor, tag.start()).replace("\"", "&quot;").replace(">", "&gt;")).append(tag.group());
            cursor = tag.end();
        }
        return out.append(xliff.substring(cursor)).toString();
    }

    // ------------------------------------------------------------------ Translate Toolkit podebug

    /**
     * Translate Toolkit's {@code podebug -f "[xx] "} (3.8.4, checked against its real output, kept in
     * {@code src/test/resources/xliff2/podebug/}): each unit's target becomes the prefix followed by the unit's
     * target text, or its source when it has none, as one run: the {@code <mrk mtype="seg">} markers are dropped,
     * a {@code <bx/>}…{@code <ex/>} pair that the markers had split is written as one {@code <g>} again, other
     * inline codes are kept as they are, {@code state} too; a unit without a target gets a bare {@code <target>}
     * right after {@code <source>}; lxml re-serializes the file indented by two spaces (not inside
     * {@code xml:space="preserve"} units) with {@code xmlns} before {@code version} on the root.
     */
    static String podebug(String xliff, String prefix) {
        String rewritten = mapUnits12(xliff, (id, unit) -> {
            if (TARGET_12.matcher(unit).find()) {
                return mapTarget12(unit, target -> prefix + target.replaceAll("<mrk mtype=\"seg\" mid=\"[^\"]+\">", "")
                        .replace("</mrk>", "")
                        .replaceAll("<bx id=\"(\\d+)\" rid=\"\\1\"([^/]*)/>(.*?)<ex id=\"\\1\" rid=\"\\1\"/>", "<g id=\"$1\"$2>$3</g>"));
            }
            Matcher source = Pattern.compile("<source>(.*?)</source>", Pattern.DOTALL).matcher(unit);
            if (!source.find()) fail("unit " + id + " has no source");
            return unit.substring(0, source.end()) + "\n<target>" + prefix + source.group(1) + "</target>" + unit.substring(source.end());
        });
        return lxmlIndent(rewritten.replaceFirst("<xliff version=\"1.2\" xmlns=\"([^\"]+)\">", "<xliff xmlns=\"$1\" version=\"1.2\">"));
    }

    private static final Pattern BLOCK_OPEN = Pattern.compile("<(xliff|file|header|skl|body|trans-unit|group)(\\s[^>]*)?>");

    /**
     * lxml's pretty printing of our export: every element of the structure on a line of its own, two spaces per
     * level; nothing re-indented inside {@code xml:space="preserve"} units but the children lxml starts on new lines.
     */
    private static String lxmlIndent(String xliff) {
        String lines = xliff.replace("<skl><internal-file", "<skl>\n<internal-file")
                .replace("</internal-file></skl>", "</internal-file>\n</skl>");
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean preserve = false;
        for (String line : lines.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.matches("</(xliff|file|header|skl|body|trans-unit|group)>")) depth--;
            boolean firstChildOfPreservedUnit = preserve && trimmed.startsWith("<source");
            if (!trimmed.isEmpty() && !trimmed.startsWith("<?xml") && !firstChildOfPreservedUnit) out.append("  ".repeat(depth));
            out.append(trimmed).append('\n');
            if (trimmed.startsWith("<trans-unit")) preserve = trimmed.contains("xml:space=\"preserve\"");
            if (trimmed.startsWith("</trans-unit")) preserve = false;
            if (BLOCK_OPEN.matcher(trimmed).matches()) depth++;
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    // ------------------------------------------------------------------ editing

    interface UnitEdit {
        String apply(String id, String unit);
    }

    /** Applies {@code edit} to every {@code <trans-unit>} block. */
    static String mapUnits12(String xliff, UnitEdit edit) {
        Matcher m = UNIT_12.matcher(xliff);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(edit.apply(m.group(1), m.group())));
        return m.appendTail(out).toString();
    }

    /** Applies {@code change} to the content of the unit's {@code <target>}. */
    static String mapTarget12(String unit, java.util.function.UnaryOperator<String> change) {
        Matcher t = TARGET_12.matcher(unit);
        if (!t.find()) fail("no <target> in " + unit);
        return unit.substring(0, t.start()) + t.group(1) + change.apply(t.group(2)) + t.group(3) + unit.substring(t.end());
    }

    /** Sets the target of a 1.2 unit exported with --copy-source: each segment marker gets its translation. */
    static String withTargets12(String xliff, Map<String, List<String>> translations) {
        return mapUnits12(xliff, (id, unit) -> {
            List<String> segments = translations.get(id);
            if (segments == null) return unit;
            return mapTarget12(unit, target -> {
                Matcher mrk = SEG_MRK.matcher(target);
                StringBuilder out = new StringBuilder();
                int i = 0;
                while (mrk.find()) {
                    String t = segments.get(i++);
                    mrk.appendReplacement(out, Matcher.quoteReplacement(mrk.group(1) + (t == null ? mrk.group(2) : t) + mrk.group(3)));
                }
                assertEquals(segments.size(), i, "unit " + id + ": one translation per segment");
                return mrk.appendTail(out).toString();
            });
        });
    }

    private static final Pattern UNIT_2 = Pattern.compile("<unit id=\"([^\"]+)\"[^>]*>.*?</unit>", Pattern.DOTALL);

    /** Applies {@code edit} to every XLIFF 2 {@code <unit>} block. */
    static String mapUnits2(String xliff, UnitEdit edit) {
        Matcher m = UNIT_2.matcher(xliff);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(edit.apply(m.group(1), m.group())));
        return m.appendTail(out).toString();
    }

    /** Sets the targets of XLIFF 2 units exported with --copy-source, segment by segment (s1, s2, ...). */
    static String withTargets2(String xliff, Map<String, List<String>> translations) {
        return mapUnits2(xliff, (id, unit) -> {
            List<String> segments = translations.get(id);
            if (segments == null) return unit;
            String edited = unit;
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i) == null) continue;
                Matcher seg = Pattern.compile("(<segment id=\"s" + (i + 1) + "\"[^>]*>.*?<target>)(.*?)(</target>)", Pattern.DOTALL)
                        .matcher(edited);
                if (!seg.find()) fail("unit " + id + " has no segment s" + (i + 1) + " with a target");
                edited = edited.substring(0, seg.start()) + seg.group(1) + segments.get(i) + seg.group(3) + edited.substring(seg.end());
            }
            return edited;
        });
    }

    /** Replaces text that must be in the XLIFF exactly once. */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) fail("expected exactly one \"" + from + "\" in:\n" + text);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
