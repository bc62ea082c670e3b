package net.wpxliff.xliff;

import javax.xml.stream.XMLStreamReader;

/**
 * {@link Xliff12Structure}'s counterpart for XLIFF 2.x: checks a file, event by event, against the part of the core
 * schema, the metadata module and the Translation Candidates module that export writes (files, the skeleton,
 * {@code <mda:metadata>}, notes, units with their original data, {@code export --tm}'s {@code <mtc:matches>},
 * segments and ignorables, {@code <ph>}, {@code <pc>}, {@code <sc>}, {@code <ec>}), and declines anything else:
 * groups, {@code <mrk>} and the other inline elements, a candidate's metadata, extensions or attributes export does
 * not write, any other module's or tool's elements or attributes, a value it does not know valid, text where the
 * schema allows none.
 * A declined file is validated by the XSD, which gives the verdict and the messages.
 */
final class Xliff2Structure extends XliffStructure<Xliff2Structure.Element> {

    enum Element {
        DOCUMENT(Content.ELEMENTS), XLIFF(Content.ELEMENTS), FILE(Content.ELEMENTS), SKELETON(Content.TEXT),
        METADATA(Content.ELEMENTS), META_GROUP(Content.ELEMENTS), META(Content.TEXT), NOTES(Content.ELEMENTS),
        NOTE(Content.TEXT), UNIT(Content.ELEMENTS), ORIGINAL_DATA(Content.ELEMENTS), DATA(Content.TEXT),
        SEGMENT(Content.ELEMENTS), IGNORABLE(Content.ELEMENTS), SOURCE(Content.MIXED), TARGET(Content.MIXED),
        PC(Content.MIXED), PH(Content.EMPTY), SC(Content.EMPTY), EC(Content.EMPTY),
        MATCHES(Content.ELEMENTS), MATCH(Content.ELEMENTS);

        final Content content;

        Element(Content content) {
            this.content = content;
        }
    }

    Xliff2Structure() {
        super(Element.DOCUMENT);
    }

    @Override
    Element element(XMLStreamReader xml) {
        return element(xml.getNamespaceURI(), xml.getLocalName());
    }

    @Override
    Content content(Element element) {
        return element.content;
    }

    private static Element element(String namespace, String name) {
        if (Xliff2Writer.METADATA_NAMESPACE.equals(namespace)) {
            return switch (name) {
                case "metadata" -> Element.METADATA;
                case "metaGroup" -> Element.META_GROUP;
                case "meta" -> Element.META;
                default -> null;
            };
        }
        if (Xliff2Writer.MATCHES_NAMESPACE.equals(namespace)) {
            return switch (name) {
                case "matches" -> Element.MATCHES;
                case "match" -> Element.MATCH;
                default -> null;
            };
        }
        if (!Xliff2Writer.NAMESPACE.equals(namespace)) return null;
        return switch (name) {
            case "xliff" -> Element.XLIFF;
            case "file" -> Element.FILE;
            case "skeleton" -> Element.SKELETON;
            case "notes" -> Element.NOTES;
            case "note" -> Element.NOTE;
            case "unit" -> Element.UNIT;
            case "originalData" -> Element.ORIGINAL_DATA;
            case "data" -> Element.DATA;
            case "segment" -> Element.SEGMENT;
            case "ignorable" -> Element.IGNORABLE;
            case "source" -> Element.SOURCE;
            case "target" -> Element.TARGET;
            case "pc" -> Element.PC;
            case "ph" -> Element.PH;
            case "sc" -> Element.SC;
            case "ec" -> Element.EC;
            default -> null;
        };
    }

    /** The schemas' content models as far as export uses them: the parent's stage after {@code child}, or -1. */
    @Override
    int child(Element parent, int stage, Element child) {
        return switch (parent) {
            case DOCUMENT -> stage == 0 && child == Element.XLIFF ? 1 : -1;
            case XLIFF -> child == Element.FILE ? 1 : -1;
            // skeleton?, (##other)* (here mda:metadata only), notes?, unit+ (group: decline)
            case FILE -> switch (child) {
                case SKELETON -> stage == 0 ? 1 : -1;
                case METADATA -> stage <= 2 ? 2 : -1;
                case NOTES -> stage <= 2 ? 3 : -1;
                case UNIT -> 4;
                default -> -1;
            };
            // (##other)* (mda:metadata and mtc:matches only), notes?, originalData?, (segment | ignorable)+
            case UNIT -> switch (child) {
                case METADATA, MATCHES -> stage <= 1 ? 1 : -1;
                case NOTES -> stage <= 1 ? 2 : -1;
                case ORIGINAL_DATA -> stage <= 2 ? 3 : -1;
                case SEGMENT, IGNORABLE -> 4;
                default -> -1;
            };
            // source, target?
            case SEGMENT, IGNORABLE -> child == Element.SOURCE && stage == 0 ? 1 : child == Element.TARGET && stage == 1 ? 2 : -1;
            case NOTES -> child == Element.NOTE ? 1 : -1;
            // data+ (cp inside data: decline)
            case ORIGINAL_DATA -> child == Element.DATA ? 1 : -1;
            case METADATA -> child == Element.META_GROUP ? 1 : -1;
            case META_GROUP -> child == Element.META_GROUP || child == Element.META ? 1 : -1;
            case MATCHES -> child == Element.MATCH ? 1 : -1;
            // mda:metadata?, originalData?, source, target, (##other)* (metadata and extensions: decline)
            case MATCH -> switch (child) {
                case ORIGINAL_DATA -> stage == 0 ? 1 : -1;
                case SOURCE -> stage <= 1 ? 2 : -1;
                case TARGET -> stage == 2 ? 3 : -1;
                default -> -1;
            };
            // inline content (cp, mrk, sm, em: decline)
            case SOURCE, TARGET, PC -> switch (child) {
                case PH, PC, SC, EC -> 0;
                default -> -1;
            };
            // the skeleton may hold other namespaces' elements: decline rather than follow
            case SKELETON, META, NOTE, DATA, PH, SC, EC -> -1;
        };
    }

    @Override
    boolean complete(Element element, int stage) {
        return switch (element) {
            case XLIFF, NOTES, ORIGINAL_DATA, METADATA, META_GROUP, MATCHES -> stage == 1;
            case MATCH -> stage == 3;
            case FILE, UNIT -> stage == 4;
            case SEGMENT, IGNORABLE -> stage >= 1;
            default -> true;
        };
    }

    @Override
    int requiredCount(Element element) {
        return switch (element) {
            case XLIFF -> 2; // version, srcLang
            case FILE, UNIT, DATA, PH, PC, SC, META, MATCH -> 1; // id (type for meta, ref for match)
            default -> 0;
        };
    }

    @Override
    int attributeValid(Element element, String name, String value) {
        boolean valid = switch (element) {
            case XLIFF -> switch (name) {
                case "version", "srcLang", "trgLang" -> true; // no type in the schema
                default -> false;
            };
            case FILE -> switch (name) {
                case "id" -> XliffStructure.nmtoken(value);
                case "original" -> true;
                case "canResegment", "translate" -> yesNo(value);
                case "srcDir", "trgDir" -> dir(value);
                default -> false;
            };
            case SKELETON, NOTES, ORIGINAL_DATA, DOCUMENT, MATCHES -> false;
            // the attributes export writes (id, matchSuitability, reference, subType, other namespaces': decline)
            case MATCH -> switch (name) {
                case "ref" -> segmentReference(value);
                case "matchQuality", "similarity" -> similarity(value);
                case "origin" -> true; // no type in the schema
                case "type" -> switch (value) {
                    case "am", "mt", "icm", "idm", "tb", "tm", "other" -> true;
                    default -> false;
                };
                default -> false;
            };
            case METADATA -> name.equals("id") && XliffStructure.nmtoken(value);
            case META_GROUP -> switch (name) {
                case "id" -> XliffStructure.nmtoken(value);
                case "category" -> true;
                case "appliesTo" -> value.equals("source") || value.equals("target") || value.equals("ignorable");
                default -> false;
            };
            case META -> name.equals("type");
            case NOTE -> switch (name) {
                case "id" -> XliffStructure.nmtoken(value);
                case "category" -> true;
                case "appliesTo" -> value.equals("source") || value.equals("target");
                default -> false;
            };
            case UNIT -> switch (name) {
                case "id" -> XliffStructure.nmtoken(value);
                case "name" -> true;
                case "canResegment", "translate" -> yesNo(value);
                case "srcDir", "trgDir" -> dir(value);
                case "type" -> userDefined(value);
                default -> false;
            };
            case DATA -> switch (name) {
                case "id" -> XliffStructure.nmtoken(value);
                case "dir" -> dir(value);
                default -> false;
            };
            case SEGMENT -> switch (name) {
                case "id" -> XliffStructure.nmtoken(value);
                case "canResegment" -> yesNo(value);
                case "state" -> switch (value) {
                    case "initial", "translated", "reviewed", "final" -> true;
                    default -> false;
                };
                case "subState" -> true; // no type in the schema
                default -> false;
            };
            case IGNORABLE -> name.equals("id") && XliffStructure.nmtoken(value);
            case SOURCE, TARGET -> false; // xml:lang and xml:space only
            case PH, PC, SC, EC -> inlineAttributeValid(element, name, value);
        };
        if (!valid) return -1;
        return switch (element) {
            case XLIFF -> name.equals("version") || name.equals("srcLang") ? 1 : 0;
            case FILE, UNIT, DATA, PH, PC, SC -> name.equals("id") ? 1 : 0;
            case META -> 1;
            case MATCH -> name.equals("ref") ? 1 : 0;
            default -> 0;
        };
    }

    /** The attributes of the inline codes export writes, as each declares them. */
    private static boolean inlineAttributeValid(Element element, String name, String value) {
        return switch (name) {
            case "id", "copyOf", "dataRef" -> element != Element.PC || !name.equals("dataRef") ? XliffStructure.nmtoken(value) : false;
            case "canCopy", "canDelete" -> yesNo(value);
            case "canReorder" -> yesNo(value) || value.equals("firstNo");
            case "canOverlap" -> element != Element.PH && yesNo(value);
            case "isolated" -> (element == Element.SC || element == Element.EC) && yesNo(value);
            case "startRef" -> element == Element.EC && XliffStructure.nmtoken(value);
            case "dataRefStart", "dataRefEnd" -> element == Element.PC && XliffStructure.nmtoken(value);
            case "disp", "equiv" -> element != Element.PC;
            case "dispStart", "dispEnd", "equivStart", "equivEnd" -> element == Element.PC;
            case "dir" -> element != Element.PH && dir(value);
            case "subType" -> userDefined(value);
            case "type" -> switch (value) {
                case "fmt", "ui", "quote", "link", "image", "other" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** {@code xml:lang} on a source or target, {@code xml:space} where declared. */
    @Override
    boolean xmlAttributeValid(Element element, String name, String value) {
        return switch (name) {
            case "lang" -> (element == Element.SOURCE || element == Element.TARGET) && XliffStructure.language(value);
            case "space" -> switch (element) {
                case XLIFF, FILE, UNIT, SOURCE, TARGET -> value.equals("preserve") || value.equals("default");
                default -> false;
            };
            default -> false;
        };
    }

    private static boolean yesNo(String value) {
        return value.equals("yes") || value.equals("no");
    }

    private static boolean dir(String value) {
        return value.equals("ltr") || value.equals("rtl") || value.equals("auto");
    }

    /** A candidate's {@code ref} as export writes it, {@code #s1}: a fragment of ASCII name characters, a valid anyURI. */
    private static boolean segmentReference(String value) {
        if (value.length() < 2 || value.charAt(0) != '#') return false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean name = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (!name) return false;
        }
        return true;
    }

    /** The module's {@code similarity} (a decimal from 0 to 100) as export writes it: a whole number, no sign or spaces. */
    private static boolean similarity(String value) {
        if (value.isEmpty() || value.length() > 3) return false;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') return false;
        }
        return Integer.parseInt(value) <= 100;
    }

    /** The schema's {@code userDefinedValue}: {@code [^\s:]+:[^\s:]+}. */
    private static boolean userDefined(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1 || value.indexOf(':', colon + 1) >= 0) return false;
        for (int i = 0; i < value.length(); i++) {
            if (XliffStructure.space(value.charAt(i))) return false;
        }
        return true;
    }
}
