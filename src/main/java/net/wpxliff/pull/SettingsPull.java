package net.wpxliff.pull;

import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.output.AtomicFiles;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code pull --type settings}: the site's settings ({@code GET /wp/v2/settings}, an administrator's), exactly as
 * served, into {@code DIR/settings.json}, where export finds the site title and tagline. A file there that holds
 * something else (a post whose slug is {@code settings}) is never replaced: the next free name is used.
 */
public final class SettingsPull {
    /** The REST route, and what {@code --type settings} names. */
    public static final String ROUTE = "/wp/v2/settings";
    private static final int MAX_NAMES = 100;

    public enum State { NEW, CHANGED, UNCHANGED }

    /** Where the settings went and whether they were written. */
    public record Pulled(Path file, State state) {
    }

    private SettingsPull() {
    }

    /** Asks the site for its settings and writes them (unless the folder holds them as they are). */
    public static Pulled pull(WpSite site, Map<String, String> parameters, Path dir) throws WpException, IOException {
        WpSite.Response response;
        try {
            response = site.get(ROUTE, parameters);
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the site title and tagline",
                    "pull them with an administrator's Application Password, or leave settings out of --type");
        }
        byte[] body = response.body();
        if (!SiteSettingsFormat.holdsSettings(dir.resolve("settings.json"), body)) {
            throw new WpException("GET " + site.routeUri(ROUTE, parameters) + " did not answer with the site's settings"
                    + " (a JSON object with a string title): a plugin or a proxy changed the answer; pull again, or"
                    + " check the site's REST API", response.uri(), response.status(), null);
        }
        for (int n = 1; n <= MAX_NAMES; n++) {
            Path file = dir.resolve(n == 1 ? "settings.json" : "settings-" + n + ".json");
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir);
                AtomicFiles.write(file, body);
                return new Pulled(file, State.NEW);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 1024 * 1024) continue;
            byte[] before = Files.readAllBytes(file);
            if (!SiteSettingsFormat.holdsSettings(file, before)) continue;
            if (Arrays.equals(before, body)) return new Pulled(file, State.UNCHANGED);
            AtomicFiles.write(file, body);
            return new Pulled(file, State.CHANGED);
        }
        throw new IOException("no free file name for the site settings in " + dir + " (settings.json to settings-"
                + MAX_NAMES + ".json are taken)");
    }
}
