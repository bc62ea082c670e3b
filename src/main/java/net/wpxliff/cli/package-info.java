/** The picocli commands: export, merge, validate, pseudo. */
package net.wpxliff.cli;
