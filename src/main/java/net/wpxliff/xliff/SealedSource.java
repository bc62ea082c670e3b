package net.wpxliff.xliff;

/**
 * The embedded source as a file carries it: the payload's base64 text and its signature
 * ({@code hmac-sha256-<key id>-<hex>}). Pseudo-translation writes a returned file's pair again unchanged,
 * so its output verifies exactly as its input did.
 */
public record SealedSource(String payload, String signature) {
}
