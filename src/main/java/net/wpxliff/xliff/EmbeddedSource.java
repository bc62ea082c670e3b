package net.wpxliff.xliff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import net.wpxliff.input.DocumentFormats;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.trust.PayloadSignature;
import net.wpxliff.trust.SigningKey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The source document carried inside the XLIFF ({@code <header><skl><internal-file>} in 1.2, {@code <skeleton>}
 * in 2.x), so that merge needs nothing but the returned file: the exact source text plus what is needed to
 * read it again and name the output. Stored as base64 of gzipped JSON; export signs those gzip bytes
 * ({@link #seal}) so that merge can tell the payload it wrote from an edited one.
 *
 * @param format     version of this payload layout ({@link #FORMAT}; 1 was unsigned)
 * @param kind       {@code WP_POST}, {@code WP_POST_RAW}, {@code HTML_PAGE} or {@code WP_SETTINGS}
 * @param origin     the input path at export time (for messages only)
 * @param name       the document's own name (slug, or HTML file name)
 * @param charset    encoding to write the document back in
 * @param bom        whether to write a byte order mark
 * @param postId     the post id, or null for pages
 * @param outputName the base name export gave this document's files ({@code same-2} for a second {@code same}):
 *                   merge names its outputs after it, whatever order files are read in
 * @param segmented  whether export split units into sentences
 * @param text       the exact source document text
 * @param config     the wpml-config.xml text export was given ({@code --config}), or null (absent from the payload)
 *                   when none was: merge extracts with it, so it is signed with the rest; payloads written before it
 *                   existed have none
 */
public record EmbeddedSource(int format, String kind, String origin, String name, String charset, boolean bom,
                             String postId, String outputName,
                             String sourceLanguage, String targetLanguage, boolean segmented, String text,
                             String config) {

    /** A payload without a configuration. */
    public EmbeddedSource(int format, String kind, String origin, String name, String charset, boolean bom,
                          String postId, String outputName, String sourceLanguage, String targetLanguage,
                          boolean segmented, String text) {
        this(format, kind, origin, name, charset, bom, postId, outputName, sourceLanguage, targetLanguage, segmented,
                text, null);
    }

    public static final int FORMAT = 2;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_ORIGIN = 4096;
    private static final Pattern LEADING_FORMAT = Pattern.compile("\\{\\s*\"format\"\\s*:\\s*(\\d{1,3})[,}\\s]");
    /** Decompressed payloads larger than this are refused (a zip bomb in a hostile XLIFF). */
    static final int MAX_PAYLOAD = 256 * 1024 * 1024;

    /** Export writes with the streaming generator alone: Jackson's data binding costs a fresh JVM ~0.2 s. */
    private static final JsonFactory WRITER = new JsonFactory();

    /** The payload export embeds for a document. */
    public static EmbeddedSource of(SourceDocument doc, ExportOptions options, String outputName) {
        return new EmbeddedSource(FORMAT, doc.kind().name(), doc.origin(), doc.name(), doc.charset().name(), doc.bom(),
                doc.postId(), outputName, options.sourceLanguage(), options.targetLanguage(), options.segmented(), doc.text(),
                options.config().source());
    }

    /** The payload as written in the file (base64) and its signature with this key. */
    public SealedSource seal(SigningKey key) {
        byte[] gzip = gzip();
        return new SealedSource(Base64.getEncoder().encodeToString(gzip), PayloadSignature.sign(gzip, key).toString());
    }

    private byte[] gzip() {
        try {
            // the source is small; speed matters more than bytes
            PayloadJson direct = PayloadJson.of(this);
            if (direct != null) return PayloadGzip.compress(direct.bytes(), direct.length());
            byte[] json = json();
            return PayloadGzip.compress(json, json.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The payload's JSON: the record's components in declaration order, compact, as Jackson's data binding
     * wrote it before (EmbeddedSourceJsonTest compares the two byte for byte). Without a configuration the
     * {@code config} member is left out, so such payloads are exactly what they were before there could be one.
     */
    byte[] json() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text == null ? 256 : text.length() + 512);
        try (JsonGenerator json = WRITER.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("format", format);
            json.writeStringField("kind", kind);
            json.writeStringField("origin", origin);
            json.writeStringField("name", name);
            json.writeStringField("charset", charset);
            json.writeBooleanField("bom", bom);
            json.writeStringField("postId", postId);
            json.writeStringField("outputName", outputName);
            json.writeStringField("sourceLanguage", sourceLanguage);
            json.writeStringField("targetLanguage", targetLanguage);
            json.writeBooleanField("segmented", segmented);
            json.writeStringField("text", text);
            if (config != null) json.writeStringField("config", config);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The bytes a payload's base64 text stands for (what is signed); whitespace tools may add is ignored. */
    public static byte[] bytes(String base64) throws IOException {
        try {
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("not base64 (" + e.getMessage() + ")");
        }
    }

    /** Decodes a payload (no check of its signature or fields: see {@link #problem()}). */
    public static EmbeddedSource decode(String base64) throws IOException {
        return decode(bytes(base64));
    }

    /**
     * The payload's format number, read from its first bytes only ({@code {"format":N}} leads every payload), or -1
     * when they do not say: tells a file from an older wpxliff apart before its signature is checked, without
     * decompressing more than a few bytes of a payload nobody has vouched for.
     */
    public static int formatOf(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            String start = new String(in.readNBytes(24), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = LEADING_FORMAT.matcher(start);
            return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    public static EmbeddedSource decode(byte[] gz) throws IOException {
        byte[] json;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            json = in.readNBytes(MAX_PAYLOAD + 1);
        }
        if (json.length > MAX_PAYLOAD) throw new IOException("payload larger than " + MAX_PAYLOAD + " bytes");
        try {
            return EmbeddedSourceReader.read(json);
        } catch (IOException e) {
            throw new IOException("not a wpxliff payload (" + e.getMessage() + ")");
        }
    }

    /**
     * What is wrong with the fields merge relies on, or null. Checked even on a signed payload: a name, a
     * charset or a path must never reach the file system or a parser in a form it cannot take.
     */
    public String problem() {
        if (text == null) return "no text";
        if (DocumentFormats.named(kind) == null) {
            return "unknown kind " + quoted(kind);
        }
        if (name == null || name.isEmpty() || hasControl(name)) return "invalid name " + quoted(name);
        if (outputName == null || outputName.isEmpty() || hasControl(outputName)) return "invalid output name " + quoted(outputName);
        if (origin == null || origin.length() > MAX_ORIGIN || hasControl(origin)) return "invalid origin " + quoted(origin);
        if (postId != null && !SourceDocument.POST_ID.matcher(postId).matches()) {
            return "invalid post id " + quoted(postId);
        }
        if (charset == null || !charset.matches("[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}") || !Charset.isSupported(charset)) {
            return "unknown charset " + quoted(charset);
        }
        if (sourceLanguage == null || !LANGUAGE.matcher(sourceLanguage).matches()) return "invalid source language " + quoted(sourceLanguage);
        if (targetLanguage == null || !LANGUAGE.matcher(targetLanguage).matches()) return "invalid target language " + quoted(targetLanguage);
        return null;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static String quoted(String s) {
        if (s == null) return "(none)";
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) out.append(String.format("\\u%04x", c));
            else out.appendCodePoint(c);
        });
        return out.append(s.length() > 80 ? "…\"" : "\"").toString();
    }
}
