package net.wpxliff.trust;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature export writes next to the embedded source: {@code hmac-sha256-<key id>-<HMAC hex>}, over the
 * payload's bytes (the gzip data its base64 text decodes to, so every field of the payload is covered). It goes
 * where CAT tools keep the payload's checksum already (XLIFF 1.2 {@code crc}, XLIFF 2 metadata), and fits
 * the {@code crc} attribute's schema type ({@code xsd:NMTOKEN}: letters, digits and {@code -}).
 *
 * @param keyId the signing key's {@link SigningKey#id()}
 * @param mac   HMAC-SHA-256 of the payload bytes, lower-case hex
 */
public record PayloadSignature(String keyId, String mac) {
    private static final Pattern FORM = Pattern.compile("hmac-sha256-([0-9a-f]{8})-([0-9a-f]{64})");

    public static PayloadSignature sign(byte[] payload, SigningKey key) {
        return new PayloadSignature(key.id(), HexFormat.of().formatHex(key.mac(payload)));
    }

    /** The signature written in a file, or null when the text is not one (missing, an old SHA-256, edited). */
    public static PayloadSignature parse(String text) {
        if (text == null) return null;
        Matcher m = FORM.matcher(text.strip());
        return m.matches() ? new PayloadSignature(m.group(1), m.group(2)) : null;
    }

    /** True when this signature was made over exactly these bytes with this key (constant-time comparison). */
    public boolean verifies(byte[] payload, SigningKey key) {
        return keyId.equals(key.id()) && MessageDigest.isEqual(HexFormat.of().parseHex(mac), key.mac(payload));
    }

    @Override
    public String toString() {
        return "hmac-sha256-" + keyId + "-" + mac;
    }
}
