package net.wpxliff.unit;

/**
 * One sentence of a unit.
 *
 * @param id      segment number inside its unit, from 1 (XLIFF 1.2 {@code mid})
 * @param content the sentence with its codes
 * @param gapAfter whitespace that follows the sentence in the unit's text ("" after the last one)
 */
public record Segment(int id, Fragment content, String gapAfter) {
}
