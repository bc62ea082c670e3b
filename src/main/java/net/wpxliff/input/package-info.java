/** Input files to {@link net.wpxliff.input.SourceDocument}s: WordPress REST post JSON and HTML pages, read exactly as they are. */
package net.wpxliff.input;
