/** Output files: names that never replace an input, and writes that never leave half a file. */
package net.wpxliff.output;
