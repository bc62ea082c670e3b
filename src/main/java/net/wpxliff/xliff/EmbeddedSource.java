package net.wpxliff.xliff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.input.SourceDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The source document carried inside the XLIFF ({@code <header><skl><internal-file>}), so that merge
 * needs nothing but the returned file: the exact source text plus what is needed to read it again.
 * Stored as base64 of gzipped JSON; {@link #sha256()} of the text goes in the {@code crc} attribute so a
 * damaged or edited copy is detected.
 *
 * @param format     version of this payload layout
 * @param kind       {@code WP_POST} or {@code HTML_PAGE}
 * @param origin     the input path at export time (for messages only)
 * @param name       output base name (slug)
 * @param charset    encoding to write the document back in
 * @param bom        whether to write a byte order mark
 * @param segmented  whether export split units into sentences
 * @param text       the exact source document text
 */
public record EmbeddedSource(int format, String kind, String origin, String name, String charset, boolean bom,
                             String sourceLanguage, String targetLanguage, boolean segmented, String text) {

    public static final int FORMAT = 1;
    /** Decompressed payloads larger than this are refused (a zip bomb in a hostile XLIFF). */
    private static final int MAX_PAYLOAD = 256 * 1024 * 1024;
    /** Jackson's default 20M-character string limit would refuse the text of a post over 20 MB. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(MAX_PAYLOAD).build()).build());

    /** The payload export embeds for a document. */
    public static EmbeddedSource of(SourceDocument doc, ExportOptions options) {
        return new EmbeddedSource(FORMAT, doc.kind().name(), doc.origin(), doc.name(), doc.charset().name(), doc.bom(),
                options.sourceLanguage(), options.targetLanguage(), options.segmented(), doc.text());
    }

    public String encode() {
        try {
            byte[] json = JSON.writeValueAsBytes(this);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 3 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
                {
                    def.setLevel(Deflater.BEST_SPEED); // the source is small; speed matters more than bytes
                }
            }) {
                gzip.write(json);
            }
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a payload; whitespace that tools may add inside the element is ignored. */
    public static EmbeddedSource decode(String base64) throws IOException {
        byte[] gz;
        try {
            gz = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("not base64 (" + e.getMessage() + ")");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] json = in.readNBytes(MAX_PAYLOAD + 1);
            if (json.length > MAX_PAYLOAD) throw new IOException("payload larger than " + MAX_PAYLOAD + " bytes");
            return JSON.readValue(json, EmbeddedSource.class);
        } catch (JsonProcessingException e) {
            throw new IOException("not a wpxliff payload (" + e.getOriginalMessage() + ")");
        }
    }

    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
