/**
 * HTML to translation units, with jsoup's source positions: blocks of text with their inline markup as codes,
 * translatable attributes, JSON-LD strings. Deterministic, so merge can extract the embedded source again.
 */
package net.wpxliff.extract;
