package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A returned unit keeps its source once when it equals its sentences (merge's heap on one big post). */
class ReturnedUnitTest {
    private static InlineToken open(String id, int line) {
        return new InlineToken(InlineToken.Kind.OPEN, id, "g", line);
    }

    private static InlineToken close(String id, int line) {
        return new InlineToken(InlineToken.Kind.CLOSE, id, "g", line);
    }

    @Test
    void sourceEqualToItsSentencesReadsAsTheSentences() {
        List<InlineToken> source = List.of(InlineToken.text("Say ", 3), open("1", 3), InlineToken.text("bold", 3),
                close("1", 3), InlineToken.text(". Then more.", 3));
        List<ReturnedUnit.TargetSegment> sentences = List.of(
                new ReturnedUnit.TargetSegment("1", List.of(InlineToken.text("Say ", 4), open("1", 4),
                        InlineToken.text("bold", 4), close("1", 4), InlineToken.text(".", 4)), 4),
                new ReturnedUnit.TargetSegment(null, List.of(InlineToken.text(" ", 4)), 4),
                new ReturnedUnit.TargetSegment("2", List.of(InlineToken.text("Then more.", 4)), 4));
        ReturnedUnit unit = new ReturnedUnit("u1", 2, source, sentences, null);
        List<InlineToken> read = unit.source();
        assertEquals(7, read.size(), "the sentences' tokens, text split where sentences end");
        assertEquals("Say bold. Then more.", text(read));
        assertEquals(List.of(InlineToken.Kind.TEXT, InlineToken.Kind.OPEN, InlineToken.Kind.TEXT, InlineToken.Kind.CLOSE,
                InlineToken.Kind.TEXT, InlineToken.Kind.TEXT, InlineToken.Kind.TEXT), read.stream().map(InlineToken::kind).toList());
        assertEquals(unit, new ReturnedUnit("u1", 2, source, sentences, null));
    }

    @Test
    void sourceThatDiffersFromItsSentencesIsKeptAsRead() {
        List<InlineToken> source = List.of(InlineToken.text("Say ", 3), open("1", 3), InlineToken.text("bold", 3), close("1", 3));
        List<ReturnedUnit.TargetSegment> sentences = List.of(new ReturnedUnit.TargetSegment("1",
                List.of(InlineToken.text("Say bold", 4)), 4));
        ReturnedUnit unit = new ReturnedUnit("u1", 2, source, sentences, null);
        assertEquals(source, unit.source());
        assertEquals(source, new ReturnedUnit("u1", 2, source, null, null).source());
    }

    @Test
    void equalTextsAreKeptOnce() {
        String text = "A sentence.";
        ReturnedUnit unit = new ReturnedUnit("u1", 2, null,
                List.of(new ReturnedUnit.TargetSegment("1", List.of(InlineToken.text(text, 4)), 4)),
                List.of(new ReturnedUnit.TargetSegment("1", List.of(InlineToken.text(new String(text), 6)), 6)));
        assertSame(unit.sourceSegments().get(0).tokens().get(0).value(), unit.target().get(0).tokens().get(0).value());
        assertEquals(6, unit.target().get(0).tokens().get(0).line(), "each token keeps its own line");
    }

    private static String text(List<InlineToken> tokens) {
        StringBuilder b = new StringBuilder();
        for (InlineToken t : tokens) if (t.kind() == InlineToken.Kind.TEXT) b.append(t.value());
        return b.toString();
    }
}
