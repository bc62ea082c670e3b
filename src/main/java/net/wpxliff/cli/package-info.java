/**
 * The picocli front end ({@link net.wpxliff.cli.Main}): pull, export, analyze, merge, pseudo, validate, push and tm
 * (import, align), each a command class, with the options several share as mixins. Commands parse options, print
 * what happened and choose the exit code; the work is done in the packages of the data flow.
 */
package net.wpxliff.cli;
