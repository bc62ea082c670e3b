package net.wpxliff.xliff;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of an XLIFF 2.0/2.1 {@code <file>} that merge needs: units (also inside groups), each
 * segment's source and target, ignorables, inline codes ({@code <pc>}, {@code <sc>/<ec>}, {@code <ph>})
 * reduced to their ids, annotations ({@code <mrk>}, {@code <sm/>/<em/>}) read through, {@code <cp>} as the
 * character it stands for. Notes, original data and module elements are skipped. What XLIFF 2.1 forbids and merge
 * could only guess at is refused with the unit: a {@code <cp>} of a character XML does not allow ({@link CodePoint}),
 * targets' places that clash or lie beyond the unit ({@link TargetOrder}), an {@code <sm/>} without its {@code <em/>}
 * ({@link AnnotationMarkers}), text in an ignorable's target ({@link IgnorableTarget}).
 *
 * <p>Only elements in the core namespace are read as structure and content (and the metadata module's
 * {@code <mda:metadata>} for the signature): an element of another namespace, such as a Translation Candidate's
 * ({@code <mtc:matches>}, or a {@code <mtc:segment>} the schema lets through as an extension), is skipped whole, so a
 * returned file's text is never taken from candidates or other modules.
 */
final class Xliff2Reader extends XmlCursor {
    private final String sourceLanguage;
    private final String targetLanguage;
    private final String version;
    /** The first target of the file being read in another language, or null. */
    private ReturnedFile.OtherTargetLanguage otherTarget;

    Xliff2Reader(XMLStreamReader xml, String version, String sourceLanguage, String targetLanguage) {
        super(xml);
        this.version = version;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    ReturnedFile readFile(Path path) throws XMLStreamException, XliffException {
        int line = line();
        String payload = null;
        String checksum = null;
        List<ReturnedUnit> units = new ArrayList<>();
        otherTarget = null;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (structural()) {
                case "skeleton" -> payload = textOnly();
                case "metadata" -> checksum = readChecksum(checksum);
                case "unit" -> readUnit(units);
                case "group" -> readGroup(units);
                default -> skipElement();
            }
        }
        return new ReturnedFile(path, line, version, sourceLanguage, targetLanguage, payload, checksum, units, otherTarget);
    }

    /** The metadata module's {@code <meta type="source-signature">} (or a format-1 file's {@code source-sha256}). */
    private String readChecksum(String found) throws XMLStreamException, XliffException {
        int depth = 1;
        String checksum = found;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (structural().equals("meta") && (Xliff2Writer.SIGNATURE_META.equals(attr("type")) || "source-sha256".equals(attr("type")))) {
                    checksum = textOnly().strip();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return checksum;
    }

    /**
     * A {@code <group>}: units and nested groups. Iterative, not one call per group: a hostile file nests groups tens
     * of thousands deep, and is refused at {@link #MAX_GROUP_DEPTH}, not failed on the stack.
     */
    private void readGroup(List<ReturnedUnit> units) throws XMLStreamException, XliffException {
        int groups = 1; // open around the cursor, this one included
        checkGroupDepth(groups);
        while (groups > 0) {
            if (next() == XMLStreamConstants.END_ELEMENT) {
                groups--;
                continue;
            }
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            switch (structural()) {
                case "unit" -> readUnit(units);
                case "group" -> checkGroupDepth(++groups);
                default -> skipElement();
            }
        }
    }

    /**
     * The current element's local name when it is a core element (or the metadata module's {@code metadata} or
     * {@code meta}); "" for any other namespace's, which the callers skip.
     */
    private String structural() {
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (Xliff2Writer.NAMESPACE.equals(namespace)) return name;
        if (Xliff2Writer.METADATA_NAMESPACE.equals(namespace) && (name.equals("metadata") || name.equals("meta"))) return name;
        return "";
    }

    private void readUnit(List<ReturnedUnit> units) throws XMLStreamException, XliffException {
        startUnit();
        int line = line();
        String id = attr("id");
        unitId = id;
        sourceMarkers.clear(id);
        targetMarkers.clear(id);
        List<InlineToken> source = new ArrayList<>();
        List<ReturnedUnit.TargetSegment> sourceSegments = new ArrayList<>();
        List<ReturnedUnit.TargetSegment> target = new ArrayList<>();
        List<Integer> targetOrder = new ArrayList<>(); // each segment's target place ({@code order}, else its own)
        TargetOrder places = new TargetOrder(id);
        int position = 0; // of the segment or ignorable, from 1
        boolean anyTarget = false;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
            String name = structural();
            if (!name.equals("segment") && !name.equals("ignorable")) {
                skipElement(); // notes, originalData, module elements (candidates among them)
                continue;
            }
            boolean segment = name.equals("segment");
            position++;
            int order = position;
            int segmentLine = line();
            String segmentId = attr("id");
            boolean confirmed = segment && CONFIRMED_STATES.contains(String.valueOf(attr("state")));
            List<InlineToken> segmentTarget = null;
            List<InlineToken> segmentSource = new ArrayList<>();
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) continue;
                switch (structural()) {
                    case "source" -> readInline(segmentSource, sourceMarkers);
                    case "target" -> {
                        // XLIFF 2: a target's xml:lang, when given, is the file's trgLang (the spec's constraint)
                        String lang = xml.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
                        if (otherTarget == null && LanguageTags.otherLanguage(lang, targetLanguage)) {
                            otherTarget = new ReturnedFile.OtherTargetLanguage(lang, line());
                        }
                        order = places.place(attr("order"), position, line()); // a translator who reordered (XLIFF 2)
                        segmentTarget = new ArrayList<>();
                        readInline(segmentTarget, targetMarkers);
                    }
                    default -> skipElement();
                }
            }
            source.addAll(segmentSource);
            sourceSegments.add(new ReturnedUnit.TargetSegment(segment ? segmentNumber(segmentId) : null,
                    segmentSource, segmentLine));
            if (segment) {
                anyTarget |= segmentTarget != null;
                target.add(new ReturnedUnit.TargetSegment(segmentNumber(segmentId),
                        segmentTarget == null ? List.of() : segmentTarget, segmentLine, confirmed && segmentTarget != null));
                targetOrder.add(order);
            } else if (segmentTarget != null) {
                IgnorableTarget.check(id, segmentId, segmentSource, segmentTarget, segmentLine);
            }
        }
        places.checkRange(position);
        sourceMarkers.checkClosed();
        targetMarkers.checkClosed();
        target = inTargetOrder(target, targetOrder);
        if (XliffText.EMPTY_UNIT_ID.equals(id)) return; // the placeholder of a file without text
        units.add(new ReturnedUnit(id, line, source, sourceSegments, anyTarget ? target : null));
    }

    /**
     * The segments' targets in the order their {@code order} attributes give (stable: ties and segments without one
     * keep their places), which merge then follows as it follows a reordered XLIFF 1.2 target.
     */
    private static List<ReturnedUnit.TargetSegment> inTargetOrder(List<ReturnedUnit.TargetSegment> target, List<Integer> order) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) indexes.add(i);
        indexes.sort(java.util.Comparator.comparingInt(order::get));
        List<ReturnedUnit.TargetSegment> ordered = new ArrayList<>(target.size());
        for (int i : indexes) ordered.add(target.get(i));
        return ordered;
    }

    /** Export names segments s1, s2, ...; other ids (a tool re-segmented) keep their own name. */
    private static String segmentNumber(String id) {
        if (id != null && id.matches("s\\d+")) return id.substring(1);
        return id == null ? "?" : "x-" + id;
    }

    /**
     * Reads inline content up to the end of the current element. Iterative, not one call per level: a hostile file
     * nests {@code <pc>} tens of thousands deep, and merge must refuse it for what it is, not fail on the stack.
     *
     * @param markers the unit's annotation markers in its sources or in its targets, whichever this content is
     */
    private void readInline(List<InlineToken> into, AnnotationMarkers markers) throws XMLStreamException, XliffException {
        open.clear();
        while (true) {
            if (next() == XMLStreamConstants.END_ELEMENT) {
                if (open.isEmpty()) return;
                String id = open.remove(open.size() - 1);
                if (id != MRK) into.add(new InlineToken(InlineToken.Kind.CLOSE, id, "pc", line()));
                continue;
            }
            int event = xml.getEventType();
            if (isText(event)) {
                into.add(InlineToken.text(shared(xml.getText()), line()));
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            int line = line();
            String name = Xliff2Writer.NAMESPACE.equals(xml.getNamespaceURI()) ? xml.getLocalName() : xml.getName().toString();
            switch (name) {
                case "pc" -> {
                    String id = shared(attr("id"));
                    into.add(new InlineToken(InlineToken.Kind.OPEN, id, "pc", line));
                    open.add(id);
                }
                case "sc" -> {
                    into.add(new InlineToken(InlineToken.Kind.OPEN, shared(attr("id")), "sc", line));
                    skipElement();
                }
                case "ec" -> {
                    String ref = attr("startRef");
                    into.add(new InlineToken(InlineToken.Kind.CLOSE, shared(ref != null ? ref : attr("id")), "ec", line));
                    skipElement();
                }
                case "ph" -> {
                    into.add(new InlineToken(InlineToken.Kind.STANDALONE, shared(attr("id")), "ph", line));
                    skipElement();
                }
                case "cp" -> {
                    into.add(InlineToken.text(CodePoint.character(attr("hex"), unitId, markers.side(), line), line));
                    skipElement();
                }
                case "mrk" -> open.add(MRK); // annotation (comment, term): its text is content
                case "sm" -> { // annotation markers carry no content, but come in pairs
                    markers.start(attr("id"), line);
                    skipElement();
                }
                case "em" -> {
                    markers.end(attr("startRef"), line);
                    skipElement();
                }
                default -> throw new XliffException(line, "unexpected <" + Untrusted.shown(name) + "> inside inline content;"
                        + " only XLIFF 2 inline elements are allowed there");
            }
        }
    }

    /**
     * The ids of the {@code <pc>} elements open around the cursor in {@link #readInline}, innermost last ({@link #MRK}
     * for an {@code <mrk>}, whose end adds no token); one list for the reader, emptied at each start.
     */
    private final List<String> open = new ArrayList<>();

    /** The unit being read, for messages. */
    private String unitId;

    /** The unit's {@code <sm/>} markers still waiting for their {@code <em/>}, in its sources and in its targets. */
    private final AnnotationMarkers sourceMarkers = new AnnotationMarkers("source");
    private final AnnotationMarkers targetMarkers = new AnnotationMarkers("target");

    /** Stands for an open {@code <mrk>} among the open elements (compared by identity: no id is this instance). */
    /** Segment states that say a reviewer settled the target ({@code translated} alone may be a pre-fill). */
    private static final java.util.Set<String> CONFIRMED_STATES = java.util.Set.of("reviewed", "final");
    private static final String MRK = new String("mrk");

}
