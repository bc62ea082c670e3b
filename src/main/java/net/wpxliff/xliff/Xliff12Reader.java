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

    Xliff12Reader(XMLStreamReader xml) {
        super(xml);
    }

    /** Reads from the {@code <file>} start tag to its end. */
    ReturnedFile readFile(java.nio.file.Path path) throws XMLStreamException, XliffException {
        int line = line();
        String sourceLanguage = attr("source-language");
        String targetLanguage = attr("target-language");
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
        return new ReturnedFile(path, line, "1.2", sourceLanguage, targetLanguage, payload[0], payload[1], units);
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

    /** {@code <body>} or {@code <group>}: units and nested groups. */
    private void readContainer(List<ReturnedUnit> units) throws XMLStreamException, XliffException {
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "group" -> readContainer(units);
                case "trans-unit" -> units.add(readUnit());
                default -> skipElement();
            }
        }
    }

    private ReturnedUnit readUnit() throws XMLStreamException, XliffException {
        startUnit();
        int line = line();
        String id = attr("id");
        List<InlineToken> source = null;
        List<ReturnedUnit.TargetSegment> segSource = null;
        List<ReturnedUnit.TargetSegment> target = null;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "source" -> source = flatten(readSegmented(false));
                case "seg-source" -> segSource = readSegmented(true);
                case "target" -> target = readSegmented(false);
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

    private static List<InlineToken> flatten(List<ReturnedUnit.TargetSegment> segments) {
        List<InlineToken> all = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : segments) all.addAll(s.tokens());
        return all;
    }

    /** Reads inline content up to the end of the current element. */
    private void readInline(List<InlineToken> into) throws XMLStreamException, XliffException {
        while (next() != XMLStreamConstants.END_ELEMENT) readInlineEvent(into);
    }

    private void readInlineEvent(List<InlineToken> into) throws XMLStreamException, XliffException {
        int event = xml.getEventType();
        if (isText(event)) {
            into.add(InlineToken.text(shared(xml.getText()), line()));
            return;
        }
        if (event != XMLStreamConstants.START_ELEMENT) return;
        int line = line();
        String name = xml.getLocalName();
        switch (name) {
            case "g" -> {
                String id = shared(attr("id"));
                into.add(new InlineToken(InlineToken.Kind.OPEN, id, "g", line));
                readInline(into);
                into.add(new InlineToken(InlineToken.Kind.CLOSE, id, "g", line()));
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
            case "mrk" -> readInline(into); // comment, term or protected marker: its text is target text
            default -> throw new XliffException(line, "unexpected <" + name + "> inside inline content;"
                    + " only XLIFF 1.2 inline elements are allowed there");
        }
    }

    /** bx/ex and bpt/ept pairs are matched by rid when present (XLIFF 1.2), else by id. */
    private String idOrRid(String element) {
        String rid = attr("rid");
        return shared(rid != null && (element.equals("bx") || element.equals("ex") || element.equals("ept")) ? rid : attr("id"));
    }
}
