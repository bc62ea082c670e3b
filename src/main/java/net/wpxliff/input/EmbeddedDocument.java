package net.wpxliff.input;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A document as export embedded it in an XLIFF, for {@link DocumentFormat#restore}.
 *
 * @param path       the export-time path, for messages (or the returned file's, when this system cannot take it)
 * @param origin     where export read it, as it recorded it
 * @param outputName the base name export gave the document's files: merge names its outputs after it
 * @param text       the exact document text
 * @param charset    the encoding it was read in and is written back in
 * @param bom        whether it started with a byte order mark
 */
public record EmbeddedDocument(Path path, String origin, String outputName, String text, Charset charset, boolean bom) {
}
