package net.wpxliff.xliff;

import javax.xml.stream.XMLStreamReader;
import java.util.Set;

/**
 * Checks an XLIFF 1.2 file, event by event, against the part of the transitional schema that export writes:
 * the elements, their order and nesting, their attributes and the values of those attributes, and where text
 * may stand. It answers only "valid" or "I cannot tell": whenever anything is outside that subset or breaks the
 * schema (a foreign element or attribute, a value it does not know to be valid, text where the schema allows
 * none, an element out of order), it declines, and the file is validated by the XSD instead
 * ({@link XliffFiles#readValidated}), which gives the verdict and the message. So a file this class accepts is one
 * the XSD accepts (every rule here is the schema's, only narrower: {@code StructuralValidationTest} checks both on
 * every corpus export and on broken variants), and every message a user sees is still the XSD's.
 *
 * <p>It is there for speed: Xerces' validator was about a fifth of a batch merge's CPU; these checks cost a few
 * string comparisons an element.
 */
final class Xliff12Structure extends XliffStructure<Xliff12Structure.Element> {
    /** The elements this check knows; any other declines. */
    enum Element {
        DOCUMENT(Content.ELEMENTS), XLIFF(Content.ELEMENTS), FILE(Content.ELEMENTS), HEADER(Content.ELEMENTS),
        SKL(Content.ELEMENTS), INTERNAL_FILE(Content.TEXT), TOOL(Content.TEXT), NOTE(Content.TEXT),
        COUNT_GROUP(Content.ELEMENTS), COUNT(Content.TEXT), BODY(Content.ELEMENTS), TRANS_UNIT(Content.ELEMENTS),
        ALT_TRANS(Content.ELEMENTS), SOURCE(Content.MIXED), SEG_SOURCE(Content.MIXED), TARGET(Content.MIXED),
        MRK(Content.MIXED), G(Content.MIXED), X(Content.EMPTY), BX(Content.EMPTY), EX(Content.EMPTY);

        final Content content;

        Element(Content content) {
            this.content = content;
        }
    }

    // Values of the schema's enumerations that are accepted here (a subset of each: others decline).
    private static final Set<String> STATES = Set.of("final", "needs-adaptation", "needs-l10n", "needs-review-adaptation",
            "needs-review-l10n", "needs-review-translation", "needs-translation", "new", "signed-off", "translated");
    private static final Set<String> STATE_QUALIFIERS = Set.of("exact-match", "fuzzy-match", "id-match",
            "leveraged-glossary", "leveraged-inherited", "leveraged-mt", "leveraged-repository", "leveraged-tm",
            "mt-suggestion", "rejected-grammar", "rejected-inaccurate", "rejected-length", "rejected-spelling",
            "tm-suggestion");
    private static final Set<String> DELIMITERS = Set.of("bold", "italic", "underlined", "link");
    private static final Set<String> PLACEHOLDERS = Set.of("image", "pb", "lb");
    private static final Set<String> COUNT_TYPES = Set.of("num-usages", "repetition", "total");
    private static final Set<String> UNITS = Set.of("word", "page", "trans-unit", "bin-unit", "glyph", "item",
            "instance", "character", "line", "sentence", "paragraph", "segment", "placeable");
    private static final Set<String> YES_NO = Set.of("yes", "no");

    Xliff12Structure() {
        super(Element.DOCUMENT);
    }

    @Override
    Element element(XMLStreamReader xml) {
        return Xliff12Writer.NAMESPACE.equals(xml.getNamespaceURI()) ? element(xml.getLocalName()) : null;
    }

    @Override
    Content content(Element element) {
        return element.content;
    }

    private static Element element(String name) {
        return switch (name) {
            case "xliff" -> Element.XLIFF;
            case "file" -> Element.FILE;
            case "header" -> Element.HEADER;
            case "skl" -> Element.SKL;
            case "internal-file" -> Element.INTERNAL_FILE;
            case "tool" -> Element.TOOL;
            case "note" -> Element.NOTE;
            case "count-group" -> Element.COUNT_GROUP;
            case "count" -> Element.COUNT;
            case "body" -> Element.BODY;
            case "trans-unit" -> Element.TRANS_UNIT;
            case "alt-trans" -> Element.ALT_TRANS;
            case "source" -> Element.SOURCE;
            case "seg-source" -> Element.SEG_SOURCE;
            case "target" -> Element.TARGET;
            case "mrk" -> Element.MRK;
            case "g" -> Element.G;
            case "x" -> Element.X;
            case "bx" -> Element.BX;
            case "ex" -> Element.EX;
            default -> null;
        };
    }

    /**
     * The schema's content models, as far as export uses them: the parent's stage after {@code child}, or -1 when
     * the child may not stand there (or this check does not follow the model that far).
     */
    @Override
    int child(Element parent, int stage, Element child) {
        return switch (parent) {
            case DOCUMENT -> stage == 0 && child == Element.XLIFF ? 1 : -1;
            // (any ##other*, file)+ : files only here
            case XLIFF -> child == Element.FILE ? 1 : -1;
            // header?, body
            case FILE -> child == Element.HEADER && stage == 0 ? 1 : child == Element.BODY && stage < 2 ? 2 : -1;
            // skl?, (count-group | note | tool)*  (phase-group, glossary, reference, prop-group, foreign: decline)
            case HEADER -> child == Element.SKL && stage == 0 ? 1
                    : child == Element.NOTE || child == Element.TOOL || child == Element.COUNT_GROUP ? 1 : -1;
            // internal-file (or external-file: decline)
            case SKL -> child == Element.INTERNAL_FILE && stage == 0 ? 1 : -1;
            case COUNT_GROUP -> child == Element.COUNT ? 1 : -1;
            // trans-unit* (group, bin-unit: decline)
            case BODY -> child == Element.TRANS_UNIT ? 1 : -1;
            // source, seg-source?, target?, (note | count-group | alt-trans)*
            case TRANS_UNIT -> switch (child) {
                case SOURCE -> stage == 0 ? 1 : -1;
                case SEG_SOURCE -> stage == 1 ? 2 : -1;
                case TARGET -> stage == 1 || stage == 2 ? 3 : -1;
                case NOTE, COUNT_GROUP, ALT_TRANS -> stage >= 1 ? 4 : -1;
                default -> -1;
            };
            // source?, seg-source?, target+, note*
            case ALT_TRANS -> switch (child) {
                case SOURCE -> stage == 0 ? 1 : -1;
                case SEG_SOURCE -> stage <= 1 ? 2 : -1;
                case TARGET -> stage <= 3 ? 3 : -1;
                case NOTE -> stage >= 3 ? 4 : -1;
                default -> -1;
            };
            // text and inline elements (bpt, ept, ph, it: decline)
            case SOURCE, SEG_SOURCE, TARGET, MRK, G -> switch (child) {
                case G, X, BX, EX, MRK -> 0;
                default -> -1;
            };
            // tool may hold any element, skipped by the schema: decline rather than follow
            case INTERNAL_FILE, TOOL, NOTE, COUNT, X, BX, EX -> -1;
        };
    }

    @Override
    boolean complete(Element element, int stage) {
        return switch (element) {
            case XLIFF, SKL -> stage == 1;
            case FILE -> stage == 2;
            case TRANS_UNIT -> stage >= 1;
            case ALT_TRANS -> stage >= 3;
            default -> true;
        };
    }

    @Override
    int requiredCount(Element element) {
        return switch (element) {
            case XLIFF, COUNT_GROUP, TRANS_UNIT, MRK, G, X, BX, EX -> 1;
            case TOOL -> 2;
            case FILE -> 3;
            default -> 0;
        };
    }

    @Override
    int attributeValid(Element element, String name, String value) {
        boolean valid = switch (element) {
            case XLIFF -> name.equals("version") && value.equals("1.2");
            case FILE -> switch (name) {
                case "original", "tool-id", "category", "product-name", "product-version", "build-num" -> true;
                case "source-language", "target-language" -> XliffStructure.language(value);
                case "datatype" -> value.equals("html") || extension(value);
                default -> false;
            };
            case INTERNAL_FILE -> name.equals("form") || name.equals("crc") && XliffStructure.nmtoken(value);
            case TOOL -> switch (name) {
                case "tool-id", "tool-name", "tool-version", "tool-company" -> true;
                default -> false;
            };
            case NOTE -> name.equals("from") || name.equals("annotates") && switch (value) {
                case "source", "target", "general" -> true;
                default -> false;
            };
            case COUNT_GROUP -> name.equals("name");
            case COUNT -> switch (name) {
                case "phase-name" -> true;
                case "count-type" -> COUNT_TYPES.contains(value) || extension(value);
                case "unit" -> UNITS.contains(value) || extension(value);
                default -> false;
            };
            case TRANS_UNIT -> switch (name) {
                case "id", "resname", "extradata", "extype", "phase-name", "ts" -> true;
                case "restype" -> extension(value);
                case "approved", "translate" -> YES_NO.contains(value);
                default -> false;
            };
            case ALT_TRANS -> switch (name) {
                case "match-quality", "origin", "tool-id", "ts" -> true;
                case "mid" -> XliffStructure.nmtoken(value);
                default -> false;
            };
            case SOURCE, SEG_SOURCE -> name.equals("ts");
            case TARGET -> switch (name) {
                case "ts", "resname" -> true;
                case "state" -> STATES.contains(value) || extension(value);
                case "state-qualifier" -> STATE_QUALIFIERS.contains(value) || extension(value);
                default -> false;
            };
            case MRK -> switch (name) {
                case "comment", "ts" -> true;
                case "mtype" -> value.equals("seg") || value.equals("protected") || extension(value);
                case "mid" -> XliffStructure.nmtoken(value);
                default -> false;
            };
            case G, BX -> switch (name) {
                case "id", "xid", "equiv-text", "ts" -> true;
                case "ctype" -> DELIMITERS.contains(value) || extension(value);
                case "clone" -> YES_NO.contains(value);
                case "rid" -> element == Element.BX && XliffStructure.nmtoken(value);
                default -> false;
            };
            case X -> switch (name) {
                case "id", "xid", "equiv-text", "ts" -> true;
                case "ctype" -> PLACEHOLDERS.contains(value) || extension(value);
                case "clone" -> YES_NO.contains(value);
                default -> false;
            };
            case EX -> switch (name) {
                case "id", "xid", "equiv-text", "ts" -> true;
                case "rid" -> XliffStructure.nmtoken(value);
                default -> false;
            };
            case DOCUMENT, HEADER, SKL, BODY -> false;
        };
        if (!valid) return -1;
        return switch (name) {
            case "version" -> element == Element.XLIFF ? 1 : 0;
            case "original", "source-language", "datatype" -> element == Element.FILE ? 1 : 0;
            case "tool-id", "tool-name" -> element == Element.TOOL ? 1 : 0;
            case "name" -> element == Element.COUNT_GROUP ? 1 : 0;
            case "id" -> element == Element.ALT_TRANS ? 0 : 1;
            case "mtype" -> 1;
            default -> 0;
        };
    }

    /** {@code xml:lang} where the element declares it, {@code xml:space} on a unit. */
    @Override
    boolean xmlAttributeValid(Element element, String name, String value) {
        return switch (name) {
            case "lang" -> switch (element) {
                case XLIFF, NOTE, SOURCE, SEG_SOURCE, TARGET, ALT_TRANS -> XliffStructure.language(value);
                default -> false;
            };
            case "space" -> element == Element.TRANS_UNIT && (value.equals("preserve") || value.equals("default"));
            default -> false;
        };
    }

    /** The schema's {@code XTend}: {@code x-} and at least one more character, none of them XML whitespace. */
    private static boolean extension(String value) {
        if (value.length() < 3 || !value.startsWith("x-")) return false;
        for (int i = 2; i < value.length(); i++) {
            char c = value.charAt(i);
            if (XliffStructure.space(c)) return false;
        }
        return true;
    }
}
