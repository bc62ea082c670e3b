/**
 * Input files to {@link net.wpxliff.input.SourceDocument}s: WordPress REST post JSON (public rendered fields, or raw
 * fields with {@code context=edit}) and HTML pages, read exactly as they are, and WordPress export files (WXR,
 * {@link net.wpxliff.input.WxrReader}), streamed, each post and page made into the REST API's {@code context=edit}
 * post JSON and read as such.
 * Each document format is one {@link net.wpxliff.input.DocumentFormat} (its fields, how the embedded source is
 * restored, what merge writes), found by the document's kind in {@link net.wpxliff.input.DocumentFormats}.
 */
package net.wpxliff.input;
