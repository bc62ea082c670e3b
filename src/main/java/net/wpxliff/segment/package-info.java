/** Sentences: Okapi's SRX rules evaluated at candidate positions only, and units cut at those breaks. */
package net.wpxliff.segment;
