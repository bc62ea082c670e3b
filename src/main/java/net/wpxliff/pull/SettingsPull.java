package net.wpxliff.pull;

import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code pull --type settings}: the site's settings ({@code GET /wp/v2/settings}, an administrator's), exactly as
 * served, into {@code DIR/settings.json}, where export finds the site title and tagline. A file there that holds
 * something else (a post whose slug is {@code settings}) is never replaced: the next free name is used.
 */
public final class SettingsPull {
    /** Where the settings went and whether they were written. */
    public record Pulled(Path file, NamedFile.State state) {
    }

    private SettingsPull() {
    }

    /** Asks the site for its settings and writes them (unless the folder holds them as they are). */
    public static Pulled pull(WpSite site, Map<String, String> parameters, Path dir) throws WpException, IOException {
        WpSite.Response response;
        try {
            response = site.get(SiteSettingsFormat.ROUTE, parameters);
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the site title and tagline",
                    "pull them with an administrator's Application Password, or leave settings out of --type");
        }
        byte[] body = response.body();
        if (!SiteSettingsFormat.holdsSettings(dir.resolve("settings.json"), body)) {
            throw new WpException("GET " + site.routeUri(SiteSettingsFormat.ROUTE, parameters)
                    + " did not answer with the site's settings (a JSON object with a string title): a plugin or a proxy changed the answer; pull again, or"
                    + " check the site's REST API", response.uri(), response.status(), null);
        }
        NamedFile.Written written = NamedFile.write(dir, "settings", body,
                before -> SiteSettingsFormat.holdsSettings(dir.resolve("settings.json"), before));
        return new Pulled(written.file(), written.state());
    }
}
