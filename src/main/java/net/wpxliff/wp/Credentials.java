package net.wpxliff.wp;

import net.wpxliff.input.ReadFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Who we are on a site: a user name and an Application Password (Users → Profile → Application Passwords).
 * Read from {@code --auth-file} or the environment, never from the command line; never printed, never written.
 */
public final class Credentials {
    static final String USER_VARIABLE = "WPXLIFF_USER";
    static final String PASSWORD_VARIABLE = "WPXLIFF_APP_PASSWORD";
    private static final long MAX_FILE_BYTES = 64 * 1024;
    /** What every message about missing or refused credentials tells the user to do. */
    static final String HOW = "create an Application Password (WordPress dashboard: Users → Profile → Application"
            + " Passwords) and give it in the environment variables " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
            + ", or in a file given with --auth-file (lines user=NAME and password=APPLICATION PASSWORD, mode 600)";

    private final String user;
    private final String password;

    private Credentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /**
     * {@code --auth-file FILE} (mode 600 checked: refused when group or others can read it; lines
     * {@code user=…} and {@code password=…}), else the environment; null when neither gives any.
     */
    public static Credentials resolve(Path authFile) throws WpException {
        return resolve(authFile, System.getenv());
    }

    static Credentials resolve(Path authFile, Map<String, String> environment) throws WpException {
        if (authFile != null) return fromFile(authFile);
        String user = blankToNull(environment.get(USER_VARIABLE));
        String password = blankToNull(environment.get(PASSWORD_VARIABLE));
        if (user == null && password == null) return null;
        if (user == null || password == null) {
            throw new WpException((user == null ? USER_VARIABLE : PASSWORD_VARIABLE) + " is not set while "
                    + (user == null ? PASSWORD_VARIABLE : USER_VARIABLE) + " is: set both (the WordPress user name"
                    + " and one of its Application Passwords), or neither for public access", null, -1, null);
        }
        return new Credentials(user, password);
    }

    private static Credentials fromFile(Path file) throws WpException {
        if (!Files.isRegularFile(file)) {
            throw new WpException("--auth-file " + file + ": no such file; " + HOW, null, -1, null);
        }
        checkPrivate(file);
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new WpException("--auth-file " + file + ": over 64 KB, not a credentials file", null, -1, null);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WpException("--auth-file " + file + ": cannot read (" + ReadFailure.reason(e) + ")", null, -1, null, e);
        }
        String user = null, password = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int equals = line.indexOf('=');
            String key = equals < 0 ? "" : line.substring(0, equals).strip();
            String value = equals < 0 ? "" : line.substring(equals + 1).strip();
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                // the line may hold the password: never quote it
                default -> throw new WpException("--auth-file " + file + ":" + (i + 1) + ": expected user=NAME or"
                        + " password=APPLICATION PASSWORD (blank lines and lines starting with # are skipped)", null, -1, null);
            }
        }
        if (blankToNull(user) == null || blankToNull(password) == null) {
            throw new WpException("--auth-file " + file + ": needs both a user= line and a password= line", null, -1, null);
        }
        return new Credentials(user, password);
    }

    /** Refuses a file that group or others may read or write: it holds a password. */
    private static void checkPrivate(Path file) throws WpException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) return; // not a POSIX file system (Windows): its ACLs are the user's business
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (IOException e) {
            throw new WpException("--auth-file " + file + ": cannot read its permissions (" + e.getMessage() + ")", null, -1, null, e);
        }
        for (PosixFilePermission p : permissions) {
            if (p != PosixFilePermission.OWNER_READ && p != PosixFilePermission.OWNER_WRITE
                    && p != PosixFilePermission.OWNER_EXECUTE) {
                throw new WpException("--auth-file " + file + ": other users may read or change it (it holds a"
                        + " password): run chmod 600 " + file, null, -1, null);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String user() {
        return user;
    }

    /** The {@code Authorization} header's value (HTTP Basic). */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
