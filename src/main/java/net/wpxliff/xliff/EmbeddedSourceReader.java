package net.wpxliff.xliff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a payload's JSON with Jackson's streaming parser: data binding (an {@code ObjectMapper} for the record)
 * cost a fresh JVM's merge ~0.3 s of class loading for one small object. Reads what export writes
 * ({@link EmbeddedSource#json()}) into the same record; it is stricter than data binding was about anything else,
 * since a payload nobody vouches for is refused rather than coerced: an unknown or repeated member, a member of
 * the wrong JSON type, or anything after the object.
 */
final class EmbeddedSourceReader {
    /** Jackson's default 20M-character string limit would refuse the text of a post over 20 MB. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(EmbeddedSource.MAX_PAYLOAD).build())
            .build();

    private EmbeddedSourceReader() {
    }

    /** @throws IOException naming what is wrong with the JSON */
    static EmbeddedSource read(byte[] json) throws IOException {
        try (JsonParser in = JSON.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            int format = 0;
            boolean bom = false;
            boolean segmented = false;
            String kind = null, origin = null, name = null, charset = null, postId = null, outputName = null;
            String sourceLanguage = null, targetLanguage = null, text = null, config = null;
            Set<String> seen = new HashSet<>();
            for (JsonToken token = in.nextToken(); token != JsonToken.END_OBJECT; token = in.nextToken()) {
                String member = in.currentName();
                if (!seen.add(member)) throw new IOException("member \"" + member + "\" repeated");
                in.nextToken();
                switch (member) {
                    case "format" -> format = integer(in);
                    case "bom" -> bom = bool(in);
                    case "segmented" -> segmented = bool(in);
                    case "kind" -> kind = string(in);
                    case "origin" -> origin = string(in);
                    case "name" -> name = string(in);
                    case "charset" -> charset = string(in);
                    case "postId" -> postId = string(in);
                    case "outputName" -> outputName = string(in);
                    case "sourceLanguage" -> sourceLanguage = string(in);
                    case "targetLanguage" -> targetLanguage = string(in);
                    case "text" -> text = string(in);
                    case "config" -> config = string(in);
                    default -> throw new IOException("unknown member \"" + member + "\"");
                }
            }
            if (in.nextToken() != null) throw new IOException("content after the payload object");
            return new EmbeddedSource(format, kind, origin, name, charset, bom, postId, outputName, sourceLanguage,
                    targetLanguage, segmented, text, config);
        } catch (JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage());
        }
    }

    private static String string(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case VALUE_STRING -> in.getText();
            case VALUE_NULL -> null;
            default -> throw wrongType(in, "a string");
        };
    }

    private static int integer(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) return 0;
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT || in.getNumberType() != JsonParser.NumberType.INT) {
            throw wrongType(in, "an integer");
        }
        return in.getIntValue();
    }

    private static boolean bool(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw wrongType(in, "true or false");
        };
    }

    private static IOException wrongType(JsonParser in, String expected) throws IOException {
        return new IOException("member \"" + in.currentName() + "\" is not " + expected + " (line "
                + in.currentLocation().getLineNr() + ")");
    }
}
