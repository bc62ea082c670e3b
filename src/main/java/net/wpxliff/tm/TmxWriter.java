package net.wpxliff.tm;

import net.wpxliff.Version;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link TranslationMemory} as TMX 1.4b (valid against the TMX 1.4b DTD, written without a DOCTYPE so
 * that no reader goes looking for the DTD): the header as the standard asks (creationtool wpxliff, segtype
 * sentence, o-tmf, adminlang, srclang, datatype html), then one {@code <tu>} per unit in the memory's order,
 * with its contexts as {@code x-wpxliff-*} properties (post id, unit key, previous and next sentence hash, in
 * groups of four, one group per context, a fifth {@code x-wpxliff-changed} with the date the pair was last made that
 * context's translation when it was dated again, {@link TranslationMemory.Unit#changed}, the latest of those also the
 * {@code <tu>}'s {@code changedate}; before them {@code x-wpxliff-split} {@code guessed} for a pair whose sentence split
 * was guessed, see {@link TmEntry#splitGuessed}) and its two variants. Inline codes hold their original markup, escaped:
 * a pair as {@code <bpt i x type>}/{@code <ept i>}, half of a pair split off by a sentence break as
 * {@code <it pos="begin|end">}, a standalone code as {@code <ph x type>}.
 */
public final class TmxWriter {
    static final String POST_ID = "x-wpxliff-post-id";
    static final String UNIT_KEY = "x-wpxliff-unit-key";
    static final String PREVIOUS_HASH = "x-wpxliff-prev-hash";
    static final String NEXT_HASH = "x-wpxliff-next-hash";
    static final String CHANGED = "x-wpxliff-changed";
    static final String SPLIT = "x-wpxliff-split";
    static final String SPLIT_GUESSED = "guessed";

    private TmxWriter() {
    }

    /** @param created the header's creation date (TMX form): the memory's own, kept when it is rewritten */
    public static byte[] write(TranslationMemory memory, String created) {
        StringBuilder x = new StringBuilder(256 + memory.size() * 512);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"wpxliff\"")
                .append(" creationtoolversion=\"").append(attr(Version.VERSION)).append('"')
                .append(" segtype=\"sentence\" o-tmf=\"wpxliff\" adminlang=\"en\"")
                .append(" srclang=\"").append(attr(memory.sourceLanguage())).append('"')
                .append(" datatype=\"html\"");
        if (created != null) x.append(" creationdate=\"").append(attr(created)).append('"');
        x.append("/>\n<body>\n");
        for (TranslationMemory.Unit unit : memory.units()) {
            x.append("<tu");
            if (unit.created() != null) x.append(" creationdate=\"").append(attr(unit.created())).append('"');
            String changed = unit.lastChanged();
            if (changed != null) x.append(" changedate=\"").append(attr(changed)).append('"');
            x.append(" srclang=\"").append(attr(unit.sourceLanguage())).append("\">\n");
            if (unit.splitGuessed()) prop(x, SPLIT, SPLIT_GUESSED);
            for (TranslationMemory.Context c : unit.contexts()) {
                prop(x, POST_ID, c.postId());
                prop(x, UNIT_KEY, c.unitKey());
                prop(x, PREVIOUS_HASH, c.previousHash());
                prop(x, NEXT_HASH, c.nextHash());
                String changedThere = unit.changed().get(c);
                if (changedThere != null) prop(x, CHANGED, changedThere);
            }
            variant(x, unit.sourceLanguage(), unit.source());
            variant(x, unit.targetLanguage(), unit.target());
            x.append("</tu>\n");
        }
        x.append("</body>\n</tmx>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void prop(StringBuilder x, String type, String value) {
        x.append("<prop type=\"").append(type).append("\">").append(text(value)).append("</prop>\n");
    }

    private static void variant(StringBuilder x, String language, TmText text) {
        x.append("<tuv xml:lang=\"").append(attr(language)).append("\"><seg>");
        seg(x, text);
        x.append("</seg></tuv>\n");
    }

    /** The sentence's text and codes; a pair's halves are {@code bpt}/{@code ept} only when both are in it. */
    static void seg(StringBuilder x, TmText text) {
        Map<Integer, Integer> opened = new HashMap<>();
        Set<Integer> paired = new HashSet<>();
        for (TmText.Tag t : text.tags()) {
            if (t.kind() == TmText.Kind.OPEN) opened.merge(t.id(), 1, Integer::sum);
            else if (t.kind() == TmText.Kind.CLOSE && opened.getOrDefault(t.id(), 0) > 0) paired.add(t.id());
        }
        for (TmText.Part part : text.parts()) {
            if (part instanceof TmText.Plain p) {
                x.append(text(p.text()));
                continue;
            }
            TmText.Tag t = (TmText.Tag) part;
            String type = t.type().isEmpty() ? "" : " type=\"" + attr(t.type()) + "\"";
            switch (t.kind()) {
                case STANDALONE -> x.append("<ph x=\"").append(t.id()).append('"').append(type).append('>')
                        .append(text(t.markup())).append("</ph>");
                case OPEN -> x.append(paired.contains(t.id())
                        ? "<bpt i=\"" + t.id() + "\" x=\"" + t.id() + "\"" + type + ">"
                        : "<it pos=\"begin\" x=\"" + t.id() + "\"" + type + ">").append(text(t.markup()))
                        .append(paired.contains(t.id()) ? "</bpt>" : "</it>");
                case CLOSE -> x.append(paired.contains(t.id())
                        ? "<ept i=\"" + t.id() + "\">"
                        : "<it pos=\"end\" x=\"" + t.id() + "\"" + type + ">").append(text(t.markup()))
                        .append(paired.contains(t.id()) ? "</ept>" : "</it>");
            }
        }
    }

    /** Element text: markup characters escaped, a carriage return kept as a reference (XML would drop it). */
    static String text(String s) {
        return escape(s, false);
    }

    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    // a character XML 1.0 cannot hold (control characters in markup): written as a private escape
                    // would change the text, so it is replaced by U+FFFD, which the memory can hold
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
                    if (Character.isSurrogate(c)) {
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                        if (pair) {
                            sb.append(c).append(s.charAt(++i));
                            continue;
                        }
                        allowed = false;
                    }
                    sb.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return sb.toString();
    }
}
