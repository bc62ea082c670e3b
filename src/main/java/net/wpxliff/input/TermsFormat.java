package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.TermsBody;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A taxonomy's terms as {@code pull --type categories} (or {@code tags}, …) writes them ({@code terms-category.json}).
 * Its fields are what the site's archive pages show of each term: its name (HTML text, as WordPress stores it) and its
 * description (which WordPress shows with paragraphs made of blank lines, as the editor's text), keyed
 * {@code terms/ID/name} and {@code terms/ID/description}. Merge writes the file with those strings translated and the
 * body push sends ({@link TermsBody}).
 */
public final class TermsFormat extends SiteJsonFormat {
    public static final TermsFormat INSTANCE = new TermsFormat();
    /** The mark's value ({@code "wpxliff":"terms"}, the file's first member): how a terms file is told from a post. */
    public static final String MARK_VALUE = "terms";
    /** What the document's name starts with, before the taxonomy: {@code terms-category}. */
    public static final String NAME_PREFIX = "terms-";
    /** What every term field's key starts with. */
    public static final String KEY_PREFIX = "terms/";
    private static final JsonFactory JSON = new JsonFactory();

    private TermsFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_TERMS;
    }

    @Override
    String markValue() {
        return MARK_VALUE;
    }

    /** The terms of a terms file's text. */
    @Override
    public SourceDocument read(Path file, String text, Charset charset, boolean bom) throws InputException {
        String home = null, taxonomy = null;
        boolean terms = false;
        List<Field> fields = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw notTerms(file);
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("home") && value == JsonToken.VALUE_STRING) {
                    home = parser.getText();
                } else if (name.equals("taxonomy") && value == JsonToken.VALUE_STRING) {
                    taxonomy = parser.getText();
                } else if (name.equals("terms") && value == JsonToken.START_ARRAY) {
                    terms = true;
                    for (JsonToken term = parser.nextToken(); term == JsonToken.START_OBJECT; term = parser.nextToken()) {
                        term(parser, fields);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not a terms file pull wrote (" + e.getOriginalMessage() + "); pull the"
                    + " terms again (wpxliff pull SITE --type categories)", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + ReadFailure.reason(e) + ")", e);
        }
        if (!terms || taxonomy == null || taxonomy.isEmpty()) throw notTerms(file);
        String name = NAME_PREFIX + taxonomy.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return new SourceDocument(file.toString(), kind(), name, text, charset, bom, null, home, null, fields);
    }

    /** One term's texts, the parser on its START_OBJECT; leaves it on its END_OBJECT. */
    private static void term(JsonParser parser, List<Field> fields) throws IOException {
        String id = null;
        List<Field> texts = new ArrayList<>(); // keyed by the member's name until the term's id is known
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id") && value.isNumeric()) {
                id = parser.getText();
            } else if ((name.equals("name") || name.equals("description")) && value == JsonToken.VALUE_STRING) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                String text = parser.getText();
                texts.add(new Field(name, text, start, (int) parser.currentLocation().getCharOffset(),
                        name.equals("name") ? Field.Markup.HTML : Field.Markup.EDITOR));
            } else {
                parser.skipChildren();
            }
        }
        if (id == null) return;
        for (Field text : texts) {
            if (text.html().isBlank()) continue;
            fields.add(new Field(KEY_PREFIX + id + "/" + text.key(), text.html(), text.tokenStart(), text.tokenEnd(), text.markup()));
        }
    }

    private static InputException notTerms(Path file) {
        return new InputException(file + ": not a terms file pull wrote (no taxonomy and list of terms); pull the terms"
                + " again (wpxliff pull SITE --type categories)");
    }

    @Override
    public String fieldNote(Field field) {
        return field.key().endsWith("/name") ? "name of a category or tag (its archive page, the post's term list)"
                : "description of a category or tag (its archive page)";
    }

    /** Whether a field key is one of these files' (its unit ids are the key with dots: {@link FieldIds}). */
    static boolean is(String fieldKey) {
        return fieldKey.startsWith(KEY_PREFIX);
    }

    @Override
    public String category() {
        return "wordpress-terms";
    }

    @Override
    public String describe(SourceDocument document) {
        return "WordPress terms (" + document.name().substring(NAME_PREFIX.length()) + ")";
    }

    @Override
    String bodySuffix() {
        return TermsBody.SUFFIX;
    }

    @Override
    byte[] body(OutputContext context) {
        return TermsBody.write(context);
    }
}
