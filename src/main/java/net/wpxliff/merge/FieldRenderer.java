package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.blocks.BlockAttributes;
import net.wpxliff.extract.RichTextValue;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a field's translated text: the source text with each edit applied. Edits nest (an attribute
 * unit inside a paragraph's code, a URL inside a JSON-LD script); everything outside edits is copied
 * byte for byte, which is what makes an untranslated merge identical to its source.
 */
final class FieldRenderer {
    private static final JsonFactory JSON = new JsonFactory();
    private final String source;
    private final Escaper escaper;

    private record Node(Edit edit, List<Node> children) {
    }

    FieldRenderer(String source, Escaper escaper) {
        this.source = source;
        this.escaper = escaper;
    }

    String render(List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> -e.end()));
        List<Node> roots = nest(sorted);
        StringBuilder out = new StringBuilder(source.length() + source.length() / 4);
        copyRange(0, source.length(), roots, out);
        return out.toString();
    }

    /** Builds the containment tree of edits sorted by start (outer first). */
    private static List<Node> nest(List<Edit> sorted) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (Edit edit : sorted) {
            while (!stack.isEmpty() && !contains(stack.get(stack.size() - 1).edit(), edit)) stack.remove(stack.size() - 1);
            Node node = new Node(edit, new ArrayList<>());
            if (stack.isEmpty()) {
                if (!roots.isEmpty() && roots.get(roots.size() - 1).edit().end() > edit.start()) {
                    throw new IllegalStateException("overlapping edits at " + edit.start());
                }
                roots.add(node);
            } else {
                stack.get(stack.size() - 1).children().add(node);
            }
            stack.add(node);
        }
        return roots;
    }

    private static boolean contains(Edit outer, Edit inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end()
                && !(outer instanceof Edit.Replace);
    }

    /** Copies source[from, to), applying the edits among {@code nodes} that lie inside it. */
    private void copyRange(int from, int to, List<Node> nodes, StringBuilder out) {
        int cursor = from;
        for (Node node : nodes) {
            Edit edit = node.edit();
            if (edit.start() < from || edit.end() > to) continue;
            out.append(source, cursor, edit.start());
            apply(node, out);
            cursor = edit.end();
        }
        out.append(source, cursor, to);
    }

    private void apply(Node node, StringBuilder out) {
        if (node.edit() instanceof Edit.Replace replace) {
            out.append(replace.text());
            return;
        }
        Edit.UnitEdit unitEdit = (Edit.UnitEdit) node.edit();
        TextUnit unit = unitEdit.unit();
        if (unitEdit.unchanged()) {
            copyRange(unit.spanStart(), unit.spanEnd(), node.children(), out);
            return;
        }
        if (unit.context() == TextContext.BLOCK_ATTRIBUTE) {
            out.append(blockAttribute(unit, unitEdit.target()));
            return;
        }
        boolean quoted = unit.context() == TextContext.HTML_ATTRIBUTE || unit.context() == TextContext.SHORTCODE_ATTRIBUTE;
        char quote = quoted ? attributeQuote(unit.spanStart()) : 0;
        boolean unquoted = unit.context() == TextContext.HTML_ATTRIBUTE && quote == 0;
        if (unquoted) {
            quote = '"';
            out.append('"');
        }
        StringBuilder text = new StringBuilder();
        for (Part part : unitEdit.target().parts()) {
            if (part instanceof Text t) {
                text.append(t.value());
                continue;
            }
            flushText(unit, quote, text, out);
            Code code = (Code) part;
            copyRange(code.rawStart(), code.rawEnd(), node.children(), out);
        }
        flushText(unit, quote, text, out);
        if (unquoted) out.append('"');
    }

    /**
     * A translated block attribute: the target written as HTML (text escaped, each code's markup copied from the
     * source value), then the whole value encoded as WordPress writes attribute JSON, so nothing in it can end the
     * JSON string or the comment.
     */
    private String blockAttribute(TextUnit unit, Fragment target) {
        return BlockAttributes.encodeString(blockAttributeValue(unit, target));
    }

    /** A translated block attribute's value before it is encoded as JSON: the HTML the block editor would hold. */
    String blockAttributeValue(TextUnit unit, Fragment target) {
        String value = decodeString(source.substring(unit.spanStart(), unit.spanEnd()));
        RichTextValue read = RichTextValue.read(value);
        StringBuilder html = new StringBuilder();
        // what the unit left out (spaces, markup at either end) is kept as it was
        if (read != null) html.append(value, 0, read.start());
        for (Part part : target.parts()) {
            if (part instanceof Text t) {
                escaper.escape(TextContext.BLOCK_ATTRIBUTE, (char) 0, t.value(), html);
            } else {
                Code code = (Code) part;
                html.append(value, code.rawStart(), code.rawEnd());
            }
        }
        if (read != null) html.append(value, read.end(), value.length());
        return html.toString();
    }

    /** The value of a JSON string token (extraction found it a string: it decodes). */
    private static String decodeString(String token) {
        try (JsonParser parser = JSON.createParser(token)) {
            if (parser.nextToken() != JsonToken.VALUE_STRING) throw new IllegalStateException("not a JSON string: " + token);
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushText(TextUnit unit, char quote, StringBuilder text, StringBuilder out) {
        // a JSON string is written whole, quotes included, even when empty; HTML text only when there is some
        if (unit.context() == TextContext.JSON_STRING || text.length() > 0) {
            escaper.escape(unit.context(), quote, text.toString(), out);
        }
        text.setLength(0);
    }

    /** The quote around an attribute value (0 when unquoted): the character before the value. */
    private char attributeQuote(int valueStart) {
        int i = valueStart - 1;
        while (i >= 0 && Character.isWhitespace(source.charAt(i))) i--;
        if (i < 0) return 0;
        char c = source.charAt(i);
        return c == '"' || c == '\'' ? c : 0;
    }
}
