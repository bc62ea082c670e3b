package net.wpxliff.xliff;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of an XLIFF 1.2 {@code <file>} that merge needs, from any CAT tool's rewrite of our
 * export: units inside groups, targets with or without {@code <mrk mtype="seg">}, inline codes written
 * as {@code <g>}, {@code <bpt>/<ept>}, {@code <bx/>/<ex/>}, {@code <x/>} or {@code <ph>}, annotation
 * markers ({@code <mrk>} for comments or terms) around text. Everything else ({@code <alt-trans>},
 * notes, other namespaces) is skipped.
 */
final class Xliff12Reader extends XmlCursor {
    private static final String XML_NS = javax.xml.XMLConstants.XML_NS_URI;
    /** Target states that say a translator or reviewer settled the target (not merely translated or pre-filled it). */
    private static final java.util.Set<String> CONFIRMED_STATES = java.util.Set.of("final", "signed-off");
    /** The {@code target-language} of the {@code <file>} being read, which each {@code <target>} must keep. */
    private String fileTargetLanguage;
    /** The first target of the file being read in another language, or null. */
    private ReturnedFile.OtherTargetLanguage otherTarget;

    Xliff12Reader(XMLStreamReader xml) {
        super(xml);
    }

    /** Reads from the {@code <file>} start tag to its end. */
    ReturnedFile readFile(java.nio.file.Path path) throws XMLStreamException, XliffException {
        int line = line();
        String sourceLanguage = attr("source-language");
        String targetLanguage = attr("target-language");
        fileTargetLanguage = targetLanguage;
        otherTarget = null;
        String[] payload = new String[2];
        List<ReturnedUnit> units = new ArrayList<>();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "header" -> readHeader(payload);
                case "body" -> readContainer(units);
                default -> skipElement();
            }
        }
        return new ReturnedFile(path, line, "1.2", sourceLanguage, targetLanguage, payload[0], payload[1], units, otherTarget);
    }

    private void readHeader(String[] payload) throws XMLStreamException, XliffException {
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            if (xml.getLocalName().equals("skl")) {
                while (next() != XMLStreamConstants.END_ELEMENT) {
                    if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
                    if (xml.getLocalName().equals("internal-file")) {
                        payload[1] = attr("crc");
                        payload[0] = textOnly();
                    } else {
                        skipElement();
                    }
                }
            } else {
                skipElement();
            }
        }
    }

    /**
     * {@code <body>}: units, also in groups and nested groups. Iterative, not one call per group: a hostile file nests
     * groups tens of thousands deep, and is refused at {@link #MAX_GROUP_DEPTH}, not failed on the stack.
     */
    private void readContainer(List<ReturnedUnit> units) throws XMLStreamException, XliffException {
        int groups = 0; // open around the cursor
        while (true) {
            if (next() == XMLStreamConstants.END_ELEMENT) {
                if (groups-- == 0) return; // the body's end
                continue;
            }
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "group" -> checkGroupDepth(++groups);
                case "trans-unit" -> units.add(readUnit());
                default -> skipElement();
            }
        }
    }

    private ReturnedUnit readUnit() throws XMLStreamException, XliffException {
        startUnit();
        int line = line();
        String id = attr("id");
        boolean approved = "yes".equals(attr("approved"));
        List<InlineToken> source = null;
        List<ReturnedUnit.TargetSegment> segSource = null;
        List<ReturnedUnit.TargetSegment> target = null;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "source" -> source = flatten(readSegmented(false));
                case "seg-source" -> segSource = readSegmented(true);
                case "target" -> {
                    String lang = xml.getAttributeValue(XML_NS, "lang");
                    if (otherTarget == null && LanguageTags.otherLanguage(lang, fileTargetLanguage)) {
                        otherTarget = new ReturnedFile.OtherTargetLanguage(lang, line());
                    }
                    boolean confirmed = approved || CONFIRMED_STATES.contains(String.valueOf(attr("state")));
                    target = readSegmented(false);
                    if (confirmed) target = confirmed(target);
                }
                default -> skipElement(); // note, alt-trans (has its own source/target), context-group, ...
            }
        }
        return new ReturnedUnit(id, line, source, segSource, target);
    }

    /**
     * Content of source/target: top-level {@code <mrk mtype="seg">} become segments; the rest is kept in
     * order, whitespace between segments only with {@code keepGaps}.
     */
    private List<ReturnedUnit.TargetSegment> readSegmented(boolean keepGaps) throws XMLStreamException, XliffException {
        List<ReturnedUnit.TargetSegment> segments = new ArrayList<>();
        List<InlineToken> outside = new ArrayList<>();
        int outsideLine = line();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            int event = xml.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mrk")
                    && "seg".equals(attr("mtype"))) {
                flushOutside(segments, outside, outsideLine, keepGaps);
                int line = line();
                String mid = shared(attr("mid"));
                List<InlineToken> tokens = new ArrayList<>();
                readInline(tokens);
                segments.add(new ReturnedUnit.TargetSegment(mid, tokens, line));
                outsideLine = line();
            } else {
                readInlineEvent(outside);
            }
        }
        flushOutside(segments, outside, outsideLine, keepGaps);
        return segments;
    }

    /** Content outside segment markers: whitespace between segments is dropped unless asked for, anything else kept. */
    private static void flushOutside(List<ReturnedUnit.TargetSegment> segments, List<InlineToken> outside, int line,
                                     boolean keepGaps) {
        if (outside.isEmpty()) return;
        boolean blank = outside.stream().allMatch(t -> t.kind() == InlineToken.Kind.TEXT && t.value().isBlank());
        if (!blank || keepGaps) segments.add(new ReturnedUnit.TargetSegment(null, List.copyOf(outside), line));
        outside.clear();
    }

    /** The segments of a target the file marks as settled ({@link ReturnedUnit.TargetSegment#confirmed()}). */
    private static List<ReturnedUnit.TargetSegment> confirmed(List<ReturnedUnit.TargetSegment> segments) {
        List<ReturnedUnit.TargetSegment> confirmed = new ArrayList<>(segments.size());
        for (ReturnedUnit.TargetSegment s : segments) confirmed.add(new ReturnedUnit.TargetSegment(s.mid(), s.tokens(), s.line(), true));
        return confirmed;
    }

    private static List<InlineToken> flatten(List<ReturnedUnit.TargetSegment> segments) {
        List<InlineToken> all = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : segments) all.addAll(s.tokens());
        return all;
    }

    /**
     * The ids of the {@code <g>} elements open around the cursor while inline content is read, innermost last
     * ({@link #MRK} for a {@code <mrk>}, whose end adds no token). One list for the reader: the two ways in
     * ({@link #readInline}, {@link #readInlineEvent}) are never nested, and each starts it empty.
     */
    private final List<String> open = new ArrayList<>();

    /** Reads inline content up to the end of the current element. */
    private void readInline(List<InlineToken> into) throws XMLStreamException, XliffException {
        open.clear();
        readOpen(into, false);
    }

    /** One event of inline content; a {@code <g>} or {@code <mrk>} is read to its end. */
    private void readInlineEvent(List<InlineToken> into) throws XMLStreamException, XliffException {
        open.clear();
        if (readInlineStep(into)) readOpen(into, true);
    }

    /**
     * Reads inline content until the current element ends, or (with {@code toEndOfOpen}) until the elements in
     * {@link #open} have ended. Iterative, not one call per level: a hostile file nests {@code <g>} tens of thousands
     * deep, and merge must refuse it for what it is, not fail on the stack.
     */
    private void readOpen(List<InlineToken> into, boolean toEndOfOpen) throws XMLStreamException, XliffException {
        while (true) {
            if (next() == XMLStreamConstants.END_ELEMENT) {
                if (open.isEmpty()) return;
                String id = open.remove(open.size() - 1);
                if (id != MRK) into.add(new InlineToken(InlineToken.Kind.CLOSE, id, "g", line()));
                if (open.isEmpty() && toEndOfOpen) return;
                continue;
            }
            readInlineStep(into);
        }
    }

    /** Stands for an open {@code <mrk>} among the open elements (compared by identity: no id is this instance). */
    private static final String MRK = new String("mrk");

    /**
     * Adds the current event's token; an element whose content is inline content ({@code <g>}, {@code <mrk>}) is
     * pushed on {@link #open}, every other one read to its end.
     *
     * @return whether an element was opened
     */
    private boolean readInlineStep(List<InlineToken> into) throws XMLStreamException, XliffException {
        int event = xml.getEventType();
        if (isText(event)) {
            into.add(InlineToken.text(shared(xml.getText()), line()));
            return false;
        }
        if (event != XMLStreamConstants.START_ELEMENT) return false;
        int line = line();
        String name = xml.getLocalName();
        switch (name) {
            case "g" -> {
                String id = shared(attr("id"));
                into.add(new InlineToken(InlineToken.Kind.OPEN, id, "g", line));
                open.add(id);
                return true;
            }
            case "bpt", "bx" -> {
                into.add(new InlineToken(InlineToken.Kind.OPEN, idOrRid(name), name, line));
                skipElement();
            }
            case "ept", "ex" -> {
                into.add(new InlineToken(InlineToken.Kind.CLOSE, idOrRid(name), name, line));
                skipElement();
            }
            case "x", "ph" -> {
                into.add(new InlineToken(InlineToken.Kind.STANDALONE, shared(attr("id")), name, line));
                skipElement();
            }
            case "it" -> {
                InlineToken.Kind kind = "close".equals(attr("pos")) ? InlineToken.Kind.CLOSE : InlineToken.Kind.OPEN;
                into.add(new InlineToken(kind, shared(attr("id")), name, line));
                skipElement();
            }
            case "mrk" -> { // comment, term or protected marker: its text is target text
                open.add(MRK);
                return true;
            }
            default -> throw new XliffException(line, "unexpected <" + Untrusted.shown(name) + "> inside inline content;"
                    + " only XLIFF 1.2 inline elements are allowed there");
        }
        return false;
    }

    /** bx/ex and bpt/ept pairs are matched by rid when present (XLIFF 1.2), else by id. */
    private String idOrRid(String element) {
        String rid = attr("rid");
        return shared(rid != null && (element.equals("bx") || element.equals("ex") || element.equals("ept")) ? rid : attr("id"));
    }
}
