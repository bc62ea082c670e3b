package net.wpxliff.merge;

/**
 * One reason a returned file cannot be merged.
 *
 * @param unitId the unit concerned, or null for the whole file
 * @param line   line in the XLIFF file, or -1
 * @param message what is wrong, what was expected, and what to do
 */
public record Problem(String unitId, int line, String message) {
    public String format(Object file) {
        return file + (line > 0 ? ":" + line : "") + ": " + (unitId == null ? "" : "unit " + unitId + ": ") + message;
    }
}
