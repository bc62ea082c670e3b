package net.wpxliff.segment;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a unit's {@link Fragment} into sentence {@link Segment}s. Codes are invisible to the sentence
 * rules (as in Okapi); a closing code at a break stays with the sentence it closes, opening and
 * standalone codes go with the next one. Whitespace between sentences is kept as the segment's gap.
 */
public final class Segmenter {
    private final SentenceSplitter splitter;

    /** @param splitter the sentence rules, or null to keep every unit as one segment */
    public Segmenter(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public List<Segment> segment(Fragment fragment) {
        if (splitter == null) return List.of(new Segment(1, fragment, ""));
        String plain = fragment.plainText();
        int[] breaks = splitter.breaks(plain);
        if (breaks.length == 0) return List.of(new Segment(1, fragment, ""));

        List<List<Part>> pieces = cutAtBreaks(fragment, breaks);
        List<Segment> segments = new ArrayList<>();
        StringBuilder pendingGap = new StringBuilder();
        for (List<Part> piece : pieces) {
            List<Part> parts = new ArrayList<>(piece);
            String leading = stripLeadingSpace(parts);
            String trailing = stripTrailingSpace(parts);
            Fragment content = Fragment.of(parts);
            if (content.isEmpty() && !segments.isEmpty()) {
                pendingGap.append(leading).append(trailing); // only space between two breaks: part of the gap
                continue;
            }
            if (!content.hasTranslatableText() && !segments.isEmpty()) {
                // No words of its own (a lone "1." or a code): keep it with the previous sentence.
                Segment previous = segments.remove(segments.size() - 1);
                List<Part> joined = new ArrayList<>(previous.content().parts());
                joined.add(new Text(pendingGap + leading));
                joined.addAll(parts);
                segments.add(new Segment(previous.id(), Fragment.of(joined), ""));
                pendingGap.setLength(0);
                pendingGap.append(trailing);
                continue;
            }
            if (!segments.isEmpty()) {
                Segment previous = segments.remove(segments.size() - 1);
                segments.add(new Segment(previous.id(), previous.content(), pendingGap + leading));
            } else if (!leading.isEmpty()) {
                parts.add(0, new Text(leading)); // the unit is trimmed: only happens with preserved spaces
                content = Fragment.of(parts);
            }
            segments.add(new Segment(segments.size() + 1, content, ""));
            pendingGap.setLength(0);
            pendingGap.append(trailing);
        }
        if (pendingGap.length() > 0) {
            Segment last = segments.remove(segments.size() - 1);
            List<Part> parts = new ArrayList<>(last.content().parts());
            parts.add(new Text(pendingGap.toString()));
            segments.add(new Segment(last.id(), Fragment.of(parts), ""));
        }
        return segments;
    }

    /** Cuts the parts at plain-text offsets, placing codes that sit exactly at a break. */
    private static List<List<Part>> cutAtBreaks(Fragment fragment, int[] breaks) {
        List<List<Part>> pieces = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int offset = 0;
        int next = 0;
        for (Part part : fragment.parts()) {
            if (part instanceof Code code) {
                boolean atBreak = next < breaks.length && breaks[next] == offset;
                if (atBreak && code.kind() != Code.Kind.CLOSING) {
                    pieces.add(current);
                    current = new ArrayList<>();
                    next++;
                }
                current.add(code);
                continue;
            }
            String text = ((Text) part).value();
            int start = 0;
            while (next < breaks.length && breaks[next] <= offset + text.length()) {
                int cut = breaks[next] - offset;
                if (cut == text.length()) break; // decided at the next part, so codes there are placed right
                if (cut > start) current.add(new Text(text.substring(start, cut)));
                pieces.add(current);
                current = new ArrayList<>();
                start = cut;
                next++;
            }
            if (start < text.length()) current.add(new Text(text.substring(start)));
            offset += text.length();
        }
        pieces.add(current);
        return pieces;
    }

    private static String stripLeadingSpace(List<Part> parts) {
        if (parts.isEmpty() || !(parts.get(0) instanceof Text t)) return "";
        String s = t.value();
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i == 0) return "";
        if (i == s.length()) parts.remove(0);
        else parts.set(0, new Text(s.substring(i)));
        return s.substring(0, i);
    }

    private static String stripTrailingSpace(List<Part> parts) {
        int last = parts.size() - 1;
        if (last < 0 || !(parts.get(last) instanceof Text t)) return "";
        String s = t.value();
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
        if (i == s.length()) return "";
        if (i == 0) parts.remove(last);
        else parts.set(last, new Text(s.substring(0, i)));
        return s.substring(i);
    }
}
