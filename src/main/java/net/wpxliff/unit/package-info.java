/**
 * The model between extraction and XLIFF: a {@link net.wpxliff.unit.TextUnit} is a span of a field's source
 * text, its content a {@link net.wpxliff.unit.Fragment} of text and inline {@link net.wpxliff.unit.Code}s that
 * point back to the source markup by offset.
 */
package net.wpxliff.unit;
