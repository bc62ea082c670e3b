/**
 * XLIFF 1.2 and 2.1 writers, the embedded source, and the safe readers for returned files (no DTD, no
 * entities, size limits, schema check), which reduce any tool's inline codes to ids and roles.
 */
package net.wpxliff.xliff;
