package net.wpxliff.merge;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import net.wpxliff.xliff.InlineToken;

import java.util.ArrayList;
import java.util.List;

/** Conversions between a unit's {@link Fragment} and XLIFF inline tokens, for comparing and checking. */
final class UnitContent {

    private UnitContent() {
    }

    /** A fragment as tokens, the way a reader would see it written by export. */
    static List<InlineToken> tokens(Fragment fragment) {
        List<InlineToken> tokens = new ArrayList<>();
        for (Part part : fragment.parts()) {
            if (part instanceof Text t) {
                tokens.add(InlineToken.text(t.value(), -1));
            } else {
                Code c = (Code) part;
                InlineToken.Kind kind = switch (c.kind()) {
                    case OPENING -> InlineToken.Kind.OPEN;
                    case CLOSING -> InlineToken.Kind.CLOSE;
                    case STANDALONE -> InlineToken.Kind.STANDALONE;
                };
                tokens.add(new InlineToken(kind, Integer.toString(c.id()), c.kind() == Code.Kind.STANDALONE ? "x" : "g", -1));
            }
        }
        return tokens;
    }

    /**
     * Tokens in a canonical form for comparison: adjacent text joined, and (unless whitespace is
     * significant) whitespace runs collapsed and trimmed at both ends, as CAT tools are free to do.
     */
    static List<String> canonical(List<InlineToken> tokens, boolean preserveSpace) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (InlineToken token : tokens) {
            if (token.kind() == InlineToken.Kind.TEXT) {
                text.append(token.value());
                continue;
            }
            flushText(text, out, preserveSpace);
            out.add(token.kind() + ":" + token.value());
        }
        flushText(text, out, preserveSpace);
        if (!preserveSpace && !out.isEmpty()) {
            out.set(0, out.get(0).startsWith("T:") ? "T:" + out.get(0).substring(2).stripLeading() : out.get(0));
            int last = out.size() - 1;
            out.set(last, out.get(last).startsWith("T:") ? "T:" + out.get(last).substring(2).stripTrailing() : out.get(last));
            out.removeIf(s -> s.equals("T:"));
        }
        return out;
    }

    /**
     * Whether two token lists are the same content exactly: the same codes (kind and id) in the same order and the
     * same text between them, wherever the text is split into tokens. Then their {@link #canonical} forms are equal
     * too; this answers the usual case (a file that kept its source and its copied targets) without building them.
     */
    static boolean sameContent(List<InlineToken> a, List<InlineToken> b) {
        int i = 0, j = 0, at = 0, bt = 0; // token indexes, and offsets into the current text tokens
        while (true) {
            while (i < a.size() && a.get(i).kind() == InlineToken.Kind.TEXT && at >= a.get(i).value().length()) {
                i++;
                at = 0;
            }
            while (j < b.size() && b.get(j).kind() == InlineToken.Kind.TEXT && bt >= b.get(j).value().length()) {
                j++;
                bt = 0;
            }
            if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
            InlineToken x = a.get(i), y = b.get(j);
            if (x.kind() != y.kind()) return false;
            if (x.kind() != InlineToken.Kind.TEXT) {
                if (!java.util.Objects.equals(x.value(), y.value())) return false;
                i++;
                j++;
                continue;
            }
            int length = Math.min(x.value().length() - at, y.value().length() - bt);
            if (!x.value().regionMatches(at, y.value(), bt, length)) return false;
            at += length;
            bt += length;
        }
    }

    /** Whitespace runs as one space (a plain loop: this runs for every unit of every file). */
    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static void flushText(StringBuilder text, List<String> out, boolean preserveSpace) {
        if (text.length() == 0) return;
        out.add("T:" + (preserveSpace ? text.toString() : collapse(text)));
        text.setLength(0);
    }
}
