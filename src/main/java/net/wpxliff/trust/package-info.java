/**
 * The exporting side's secret: the HMAC key ({@link net.wpxliff.trust.SigningKey}) and the signature export
 * writes next to the embedded source ({@link net.wpxliff.trust.PayloadSignature}). What merge believes is
 * decided in {@link net.wpxliff.merge.SourceTrust}.
 */
package net.wpxliff.trust;
