package net.wpxliff.tm;

import net.wpxliff.input.ReadFailure;
import net.wpxliff.xliff.SafeXml;
import net.wpxliff.xliff.StrictUtf8;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TMX memory (1.4b, and the 1.1–1.3 files tools still write) with the safe StAX parser
 * ({@link SafeXml}): no DTD is ever loaded and no entity is expanded. A {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}
 * (or {@code PUBLIC}, any system id), as OmegaT, Okapi and most CAT tools write, is accepted and ignored: TMX
 * needs nothing from its DTD (no defaults, no entities). A DOCTYPE with an internal subset ({@code [...]}, where
 * entities are declared), one for another root, and any entity reference other than XML's five are refused. A
 * UTF-8 memory's bytes are checked as they are read ({@link StrictUtf8}), so one re-saved in another encoding is
 * refused with the place of its first bad byte.
 *
 * <p>Each {@code <tu>}'s variant in the source language (the tu's {@code srclang}, else the header's; the first
 * variant when that is {@code *all*}) is the source; every other variant is a target. Codes: {@code <bpt>}/
 * {@code <ept>} pairs, {@code <it>} halves, {@code <ph>} and {@code <ut>} with their content as markup (the
 * text of a {@code <sub>} included), {@code <hi>} is transparent. A code's number is its {@code x} (a pair's, its
 * {@code <bpt>}'s), else its {@code i}, else the next number free in the sentence.
 */
public final class TmxReader {
    private final Path path;
    private final XMLStreamReader xml;
    private final TranslationMemory memory = new TranslationMemory();
    private String headerSource = "";
    /**
     * One copy of each repeated string (code markup and types, properties, dates): a large memory repeats the same
     * links and post ids thousands of times, and it is held in full while export runs.
     */
    private final Map<String, String> shared = new HashMap<>();
    private final Map<String, String> isoDates = new HashMap<>();

    private TmxReader(Path path, XMLStreamReader xml) {
        this.path = path;
        this.xml = xml;
    }

    public static TranslationMemory read(Path path) throws TmxException {
        try (InputStream in = Files.newInputStream(path)) {
            XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(StrictUtf8.ifUtf8(in));
            try {
                return new TmxReader(path, xml).document();
            } finally {
                xml.close();
            }
        } catch (IOException e) {
            throw new TmxException(path + ": cannot read the memory (" + ReadFailure.reason(e) + ")", e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new TmxException(path + (line > 0 ? ":" + line : "") + ": not well-formed TMX (" + clean(e.getMessage())
                    + "); fix the file or start a new memory", e);
        } catch (StrictUtf8.Malformed e) {
            throw new TmxException(path + ":" + e.line() + ": not valid UTF-8 (" + e.getMessage() + "): the memory says"
                    + " it is UTF-8 but holds another encoding's bytes (a tool that re-saved it as Windows-1252 or"
                    + " Latin-1 does this); save it as UTF-8 again, or start a new memory", e);
        }
    }

    private TranslationMemory document() throws XMLStreamException, TmxException {
        boolean root = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) doctype();
            else if (event == XMLStreamConstants.ENTITY_REFERENCE) throw entity();
            else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!root) {
                    if (!"tmx".equals(xml.getLocalName())) throw fail("the root element is <" + xml.getLocalName() + ">, not <tmx>");
                    root = true;
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "header" -> header();
                    case "tu" -> tu();
                    default -> {
                    }
                }
            }
        }
        if (!root) throw fail("no <tmx> element");
        return memory;
    }

    private void doctype() throws TmxException {
        String declaration = xml.getText() == null ? "" : xml.getText();
        if (declaration.indexOf('[') >= 0) {
            throw fail("the DOCTYPE declares its own entities or elements (an internal subset); a memory must not"
                    + " (it could expand without end or read local files): remove the [...] part");
        }
        if (!declaration.matches("(?s)\\s*<!DOCTYPE\\s+tmx(\\s.*)?>\\s*")) throw fail("the DOCTYPE is not for <tmx>");
    }

    private void header() {
        String tool = xml.getAttributeValue(null, "creationtool");
        memory.creationTool(tool == null ? "" : tool);
        memory.created(xml.getAttributeValue(null, "creationdate"));
        String source = xml.getAttributeValue(null, "srclang");
        headerSource = source == null ? "" : source;
    }

    /** One tu: its properties (contexts), date and variants. */
    private void tu() throws XMLStreamException, TmxException {
        int line = xml.getLocation().getLineNumber();
        String created = xml.getAttributeValue(null, "creationdate");
        String source = xml.getAttributeValue(null, "srclang");
        if (source == null || source.isEmpty()) source = headerSource;
        List<String[]> contexts = new ArrayList<>(); // post id, unit key, previous, next, changed (null: not dated again)
        boolean splitGuessed = false;
        List<String> languages = new ArrayList<>();
        List<TmText> texts = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) throw entity();
            if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(xml.getLocalName())) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String value = shared(xml.getElementText());
                    if (TmxWriter.SPLIT.equals(type)) splitGuessed = TmxWriter.SPLIT_GUESSED.equals(value);
                    else if (TmxWriter.POST_ID.equals(type)) contexts.add(new String[]{value, "", "", "", null});
                    else if (!contexts.isEmpty() && TmxWriter.UNIT_KEY.equals(type)) contexts.get(contexts.size() - 1)[1] = value;
                    else if (!contexts.isEmpty() && TmxWriter.PREVIOUS_HASH.equals(type)) contexts.get(contexts.size() - 1)[2] = value;
                    else if (!contexts.isEmpty() && TmxWriter.NEXT_HASH.equals(type)) contexts.get(contexts.size() - 1)[3] = value;
                    else if (!contexts.isEmpty() && TmxWriter.CHANGED.equals(type) && TmxDates.valid(value)) {
                        contexts.get(contexts.size() - 1)[4] = value;
                    }
                }
                case "tuv" -> {
                    String language = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                    if (language == null) language = xml.getAttributeValue(null, "lang"); // TMX 1.1–1.2
                    if (language == null) throw fail(line, "a <tuv> without xml:lang");
                    if (created == null) created = xml.getAttributeValue(null, "creationdate");
                    languages.add(language);
                    texts.add(tuv());
                }
                default -> {
                }
            }
        }
        int sourceIndex = -1;
        for (int i = 0; i < languages.size() && sourceIndex < 0; i++) if (languages.get(i).equalsIgnoreCase(source)) sourceIndex = i;
        if (sourceIndex < 0 && "*all*".equalsIgnoreCase(source) && !languages.isEmpty()) sourceIndex = 0;
        if (sourceIndex < 0) return; // no variant in the source language: nothing to translate from
        String iso = created == null ? null : isoDates.computeIfAbsent(created, TmxDates::toIso);
        for (int i = 0; i < languages.size(); i++) {
            if (i == sourceIndex) continue;
            if (contexts.isEmpty()) contexts.add(new String[]{"", "", "", "", null});
            for (String[] c : contexts) {
                memory.addAsRead(new TmEntry(texts.get(sourceIndex), texts.get(i), languages.get(sourceIndex), languages.get(i),
                        c[0], c[1], c[2], c[3], iso, splitGuessed), c[4]);
            }
        }
    }

    /** The seg of a tuv. */
    private TmText tuv() throws XMLStreamException, TmxException {
        TmText text = new TmText(List.of());
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) throw entity();
            if (event == XMLStreamConstants.END_ELEMENT && "tuv".equals(xml.getLocalName())) return text;
            if (event == XMLStreamConstants.START_ELEMENT && "seg".equals(xml.getLocalName())) text = seg();
        }
    }

    private TmText seg() throws XMLStreamException, TmxException {
        List<TmText.Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Map<String, TmText.Tag> pairs = new HashMap<>(); // bpt i -> its code (an ept takes its number and type)
        java.util.Set<Integer> used = new java.util.HashSet<>();
        int depth = 0; // inside <hi>
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.ENTITY_REFERENCE -> throw entity();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> plain.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    if ("seg".equals(xml.getLocalName()) && depth == 0) {
                        flush(plain, parts);
                        return new TmText(parts);
                    }
                    if ("hi".equals(xml.getLocalName())) depth--;
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if ("hi".equals(name)) {
                        depth++;
                        continue;
                    }
                    flush(plain, parts);
                    String type = shared(xml.getAttributeValue(null, "type"));
                    switch (name) {
                        case "bpt" -> {
                            String i = xml.getAttributeValue(null, "i");
                            String x = xml.getAttributeValue(null, "x");
                            int id = number(x != null ? x : i, 0, used);
                            TmText.Tag open = new TmText.Tag(TmText.Kind.OPEN, id, type, codeText());
                            pairs.put(i, open);
                            parts.add(open);
                        }
                        case "ept" -> {
                            TmText.Tag open = pairs.remove(xml.getAttributeValue(null, "i"));
                            parts.add(open == null ? new TmText.Tag(TmText.Kind.CLOSE, number(null, 0, used), type, codeText())
                                    : new TmText.Tag(TmText.Kind.CLOSE, open.id(), open.type(), codeText()));
                        }
                        case "it" -> {
                            TmText.Kind kind = "end".equals(xml.getAttributeValue(null, "pos")) ? TmText.Kind.CLOSE : TmText.Kind.OPEN;
                            parts.add(new TmText.Tag(kind, number(xml.getAttributeValue(null, "x"), 0, used), type, codeText()));
                        }
                        case "ph", "ut" -> parts.add(new TmText.Tag(TmText.Kind.STANDALONE,
                                number(xml.getAttributeValue(null, "x"), 0, used), type, codeText()));
                        default -> skip();
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * A code's number: {@code x} (wpxliff writes the sentence's code numbers there, the same on both sides) when it is
     * a positive number not yet used in the sentence, else {@code fallback} when positive and free, else the next free number.
     */
    private static int number(String x, int fallback, java.util.Set<Integer> used) {
        int n = fallback;
        if (x != null) {
            try {
                n = Integer.parseInt(x.strip());
            } catch (NumberFormatException e) {
                n = fallback;
            }
            if (n <= 0 || used.contains(n)) n = fallback;
        }
        if (n <= 0 || used.contains(n)) {
            n = 1;
            while (used.contains(n)) n++;
        }
        used.add(n);
        return n;
    }

    /** The markup inside a code element, {@code <sub>} text included; ends on the code's end tag. */
    private String codeText() throws XMLStreamException, TmxException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) throw entity();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) sb.append(xml.getText());
        }
        return shared(sb.toString());
    }

    private String shared(String value) {
        if (value == null) return null;
        String known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private void skip() throws XMLStreamException, TmxException {
        codeText();
    }

    private static void flush(StringBuilder plain, List<TmText.Part> parts) {
        if (plain.isEmpty()) return;
        parts.add(new TmText.Plain(plain.toString()));
        plain.setLength(0);
    }

    private TmxException entity() {
        return fail("an entity reference (&" + xml.getLocalName() + ";): a memory uses only XML's own five"
                + " (&amp; &lt; &gt; &quot; &apos;) and character references");
    }

    private TmxException fail(String message) {
        return fail(xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber(), message);
    }

    private TmxException fail(int line, String message) {
        return new TmxException(path + (line > 0 ? ":" + line : "") + ": " + message);
    }

    private static String clean(String message) {
        if (message == null) return "";
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip();
    }
}
