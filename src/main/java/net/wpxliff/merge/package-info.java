/**
 * Translated units back into the source text: every returned unit checked against its re-extracted source
 * (fail-closed), the field rewritten span by span with each translation escaped for where it lands, links and
 * JSON-LD moved to the target locale, and the result's element tree compared with the source's.
 */
package net.wpxliff.merge;
