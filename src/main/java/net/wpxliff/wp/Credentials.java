package net.wpxliff.wp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Who we are on a site: never printed, never written. From env WPXLIFF_USER + WPXLIFF_APP_PASSWORD, or --auth-file. */
public final class Credentials {
    private final String user;
    private final String password;

    private Credentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** --auth-file FILE (refused when group/other can read it; lines "user=…" and "password=…"), else the environment; null when neither gives any. */
    public static Credentials resolve(Path authFile) throws WpException {
        if (authFile != null) return fromFile(authFile);
        String user = System.getenv("WPXLIFF_USER"), password = System.getenv("WPXLIFF_APP_PASSWORD");
        boolean hasUser = user != null && !user.isEmpty(), hasPassword = password != null && !password.isEmpty();
        if (!hasUser && !hasPassword) return null;
        if (!hasUser || !hasPassword) {
            throw new WpException("set both WPXLIFF_USER and WPXLIFF_APP_PASSWORD (only one is set)", null, -1, null);
        }
        return new Credentials(user, password);
    }

    private static Credentials fromFile(Path file) throws WpException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                throw new WpException("--auth-file " + file + ": other users can read it; run chmod 600 " + file, null, -1, null);
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions on this file system: nothing to check
        } catch (IOException e) {
            throw new WpException("--auth-file " + file + ": cannot read it (" + e.getMessage() + ")", null, -1, null);
        }
        String user = null, password = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("user=")) user = line.substring(5).strip();
                else if (line.startsWith("password=")) password = line.substring(9).strip();
            }
        } catch (IOException e) {
            throw new WpException("--auth-file " + file + ": cannot read it (" + e.getMessage() + ")", null, -1, null);
        }
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw new WpException("--auth-file " + file + ": needs a line user=NAME and a line password=APPLICATION-PASSWORD",
                    null, -1, null);
        }
        return new Credentials(user, password);
    }

    public String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
