package net.wpxliff.testing;

import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.SealedSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a hostile holder of an exported XLIFF can do to its embedded source: decode it, change it, encode it
 * again and write any signature next to it (1.2 {@code crc}, 2.x {@code source-signature} metadata).
 */
public final class Forgery {
    private static final Pattern PAYLOAD_12 = Pattern.compile("(<internal-file form=\"base64\" crc=\")([^\"]*)(\">)([^<]*)(</internal-file>)");
    private static final Pattern PAYLOAD_2 = Pattern.compile("(<skeleton>)([^<]*)(</skeleton>)");
    private static final Pattern SIGNATURE_2 = Pattern.compile("(<mda:meta type=\"source-signature\">)([^<]*)(</mda:meta>)");

    private Forgery() {
    }

    /** The payload of an exported file (1.2 or 2.x). */
    public static EmbeddedSource payload(String xliff) throws IOException {
        Matcher m12 = PAYLOAD_12.matcher(xliff);
        if (m12.find()) return EmbeddedSource.decode(m12.group(4));
        Matcher m2 = PAYLOAD_2.matcher(xliff);
        if (m2.find()) return EmbeddedSource.decode(m2.group(2));
        throw new AssertionError("no embedded source in the file");
    }

    /** The signature written in an exported file. */
    public static String signature(String xliff) {
        Matcher m12 = PAYLOAD_12.matcher(xliff);
        if (m12.find()) return m12.group(2);
        Matcher m2 = SIGNATURE_2.matcher(xliff);
        if (m2.find()) return m2.group(2);
        throw new AssertionError("no signature in the file");
    }

    /** The file with its payload replaced by {@code change(payload)} and {@code signature} written next to it. */
    public static String replace(String xliff, UnaryOperator<EmbeddedSource> change, SignatureChoice signature) throws IOException {
        EmbeddedSource forged = change.apply(payload(xliff));
        SealedSource sealed = forged.seal(signature.key());
        String sig = switch (signature.kind()) {
            case SHA256 -> sha256(forged.text());
            case ORIGINAL -> signature(xliff);
            case KEY -> sealed.signature();
        };
        Matcher m12 = PAYLOAD_12.matcher(xliff);
        if (m12.find()) {
            return xliff.substring(0, m12.start()) + m12.group(1) + sig + m12.group(3) + sealed.payload() + m12.group(5)
                    + xliff.substring(m12.end());
        }
        Matcher m2 = PAYLOAD_2.matcher(xliff);
        if (!m2.find()) throw new AssertionError("no embedded source in the file");
        String out = xliff.substring(0, m2.start()) + m2.group(1) + sealed.payload() + m2.group(3) + xliff.substring(m2.end());
        Matcher s2 = SIGNATURE_2.matcher(out);
        if (!s2.find()) throw new AssertionError("no signature metadata in the file");
        return out.substring(0, s2.start()) + s2.group(1) + sig + s2.group(3) + out.substring(s2.end());
    }

    /** The file with its payload replaced by {@code base64} as it stands, the original signature kept. */
    public static String withRawPayload(String xliff, String base64) {
        Matcher m12 = PAYLOAD_12.matcher(xliff);
        if (m12.find()) {
            return xliff.substring(0, m12.start(4)) + base64 + xliff.substring(m12.end(4));
        }
        Matcher m2 = PAYLOAD_2.matcher(xliff);
        if (!m2.find()) throw new AssertionError("no embedded source in the file");
        return xliff.substring(0, m2.start(2)) + base64 + xliff.substring(m2.end(2));
    }

    /** The post with a script and an event handler added to its content, as JSON text. */
    public static EmbeddedSource withScript(EmbeddedSource source) {
        String text = source.text().replaceFirst("\"content\":\\{\"rendered\":\"<p>",
                Matcher.quoteReplacement("\"content\":{\"rendered\":\"<script>alert(document.cookie)<\\/script><p onmouseover=\\\"alert(1)\\\">"));
        if (text.equals(source.text())) throw new AssertionError("no content.rendered to forge");
        return withText(source, text);
    }

    public static EmbeddedSource withText(EmbeddedSource s, String text) {
        return new EmbeddedSource(s.format(), s.kind(), s.origin(), s.name(), s.charset(), s.bom(), s.postId(),
                s.outputName(), s.sourceLanguage(), s.targetLanguage(), s.segmented(), text);
    }

    public static EmbeddedSource withNames(EmbeddedSource s, String name, String outputName, String origin) {
        return new EmbeddedSource(s.format(), s.kind(), origin, name, s.charset(), s.bom(), s.postId(),
                outputName, s.sourceLanguage(), s.targetLanguage(), s.segmented(), s.text());
    }

    /** Which signature the forger writes: a recomputed SHA-256, the original one, or one made with a key. */
    public record SignatureChoice(Kind kind, SigningKey key) {
        public enum Kind { SHA256, ORIGINAL, KEY }

        public static SignatureChoice sha256() {
            return new SignatureChoice(Kind.SHA256, anyKey());
        }

        public static SignatureChoice original() {
            return new SignatureChoice(Kind.ORIGINAL, anyKey());
        }

        public static SignatureChoice key(SigningKey key) {
            return new SignatureChoice(Kind.KEY, key);
        }
    }

    /** A key no one exports with. */
    public static SigningKey anyKey() {
        try {
            return SigningKey.of("forger-forger-forger-forger-forger-forger", "forger");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
