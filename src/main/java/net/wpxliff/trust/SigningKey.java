package net.wpxliff.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The secret the exporting side keeps to sign embedded sources (HMAC-SHA-256). Found, in this order: the
 * file given with {@code --key-file}; the environment variable {@code WPXLIFF_KEY} (the key itself); the file
 * {@code $XDG_CONFIG_HOME/wpxliff/key} (else {@code ~/.config/wpxliff/key}), which export creates on first use
 * with owner-only permissions. Immutable and thread-safe.
 */
public final class SigningKey {
    public static final String ENV = "WPXLIFF_KEY";
    /** Shorter keys are refused: the key is the whole defence against a forged page. */
    static final int MIN_LENGTH = 32;
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final byte[] secret;
    private final String id;
    private final String where;

    private SigningKey(byte[] secret, String where) {
        this.secret = secret.clone();
        this.id = HexFormat.of().formatHex(sha256(secret)).substring(0, 8);
        this.where = where;
    }

    /** A key from its text (as in the key file or {@code WPXLIFF_KEY}). */
    public static SigningKey of(String text, String where) throws KeyException {
        return of(text, where, "delete the file and let export create one");
    }

    /** @param instead what else to do about a key too short, where the key came from */
    private static SigningKey of(String text, String where, String instead) throws KeyException {
        String key = text.strip();
        if (key.length() < MIN_LENGTH) {
            throw new KeyException(where + ": the key is " + key.length() + " characters long; use at least "
                    + MIN_LENGTH + " random characters (or " + instead + ")");
        }
        return new SigningKey(key.getBytes(StandardCharsets.UTF_8), where);
    }

    /**
     * The key for this run, as the CLI finds it.
     *
     * @param keyFile the {@code --key-file} option, or null
     * @param create  create the default key file when there is none (export does; verifying commands do not,
     *                as a new key could verify nothing)
     */
    public static SigningKey resolve(Path keyFile, boolean create) throws KeyException {
        return resolve(keyFile, System.getenv(), System.getProperty("user.home"), create);
    }

    static SigningKey resolve(Path keyFile, Map<String, String> env, String userHome, boolean create) throws KeyException {
        if (keyFile != null) return read(keyFile);
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return of(fromEnv, "environment variable " + ENV, "unset it and let export create a key file");
        }
        Path standard = defaultFile(env, userHome);
        if (!Files.exists(standard)) {
            if (!create) {
                throw new KeyException("no signing key: " + standard + " does not exist (export creates it on first"
                        + " use); pass the exporting side's key with --key-file or " + ENV);
            }
            createKeyFile(standard);
        }
        return read(standard);
    }

    /** {@code $XDG_CONFIG_HOME/wpxliff/key}, else {@code ~/.config/wpxliff/key}. */
    static Path defaultFile(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".config");
        return config.resolve("wpxliff").resolve("key");
    }

    static SigningKey read(Path file) throws KeyException {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(SHARED::contains)) {
                    throw new KeyException(file + ": the signing key is readable or writable by other users ("
                            + PosixFilePermissions.toString(permissions) + "); anyone who reads it can forge a page."
                            + " If it is your key file, run: chmod 600 " + file + "; else give the file that holds the"
                            + " exporting side's key");
                }
            }
            return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new KeyException(file + ": cannot read the signing key (" + e + ")", e);
        }
    }

    /**
     * Writes a new random key with owner-only permissions under a temporary name, then links it into place:
     * the key file appears complete or not at all, and when two runs race the first one's key wins.
     */
    private static void createKeyFile(Path file) throws KeyException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                temp = Files.createTempFile(dir, ".key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createDirectories(dir);
                temp = Files.createTempFile(dir, ".key", ".tmp");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.writeString(temp, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                // another run created it first: use that one
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file); // fails, without replacing, when another run won
            }
        } catch (FileAlreadyExistsException e) {
            // another run created it first
        } catch (IOException e) {
            throw new KeyException(file + ": cannot create the signing key (" + e + "); pass one with --key-file or " + ENV, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover owner-only temporary file; the key itself is in place
                }
            }
        }
    }

    /** The first hex digits of the key's SHA-256: names the key in files and messages without revealing it. */
    public String id() {
        return id;
    }

    /** Where the key came from, for messages. */
    public String where() {
        return where;
    }

    /** HMAC-SHA-256 of the data with this key. */
    public byte[] mac(byte[] data) {
        return HmacSha256.mac(secret, data);
    }

    private static byte[] sha256(byte[] data) {
        return Sha256.digest(data);
    }
}
