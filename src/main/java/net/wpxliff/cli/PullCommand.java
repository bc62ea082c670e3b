package net.wpxliff.cli;

import net.wpxliff.pull.PostFetcher;
import net.wpxliff.pull.MenuPull;
import net.wpxliff.pull.TermPull;
import net.wpxliff.pull.WidgetPull;
import net.wpxliff.pull.NamedFile;
import net.wpxliff.pull.PullFolder;
import net.wpxliff.pull.PulledPost;
import net.wpxliff.pull.ReferencedPosts;
import net.wpxliff.pull.SettingsPull;
import net.wpxliff.pull.ThemeTemplatePull;
import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.input.ThemeTemplates;
import net.wpxliff.pull.WholePosts;
import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.SiteAddress;
import net.wpxliff.wp.WpSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code wpxliff pull}: a site's posts and pages through its REST API, one JSON file per post. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Downloads posts and pages from a WordPress site's REST API: DIR/<slug>.json, one per post,"
                + " exactly as WordPress served it (the raw fields with credentials), ready for export.")
final class PullCommand implements Callable<Integer> {
    private static final Pattern ROUTE_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** Parameters pull sets itself while paging. */
    private static final Set<String> OWN_PARAMETERS = Set.of("page", "per_page", "offset", "_fields");

    private final PrintWriter out = TerminalWriter.on(System.out);
    private final PrintWriter err = TerminalWriter.on(System.err);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(paramLabel = "SITE", description = "The site's address (https://site.example/) or its REST API root"
            + " (https://site.example/wp-json/, or https://site.example/?rest_route=/).")
    String site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "in",
            description = "Folder for the post files (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", defaultValue = "posts,pages",
            description = "Post types by their REST base (default: ${DEFAULT-VALUE}; any type the site's REST API"
                    + " lists, e.g. blocks for synced patterns, or a full route such as wp/v2/docs). With credentials the"
                    + " synced patterns and navigation menus the posts show come along. settings: the site title and"
                    + " tagline (an administrator's), into DIR/settings.json; menus: the classic navigation menus (an"
                    + " administrator's), into DIR/menu-<slug>.json; template-parts, templates: the block theme's parts and"
                    + " templates changed on the site (an administrator's), into DIR/template-part-<slug>.json and"
                    + " DIR/template-<slug>.json; widgets: the widgets of a classic theme's sidebars (an administrator's),"
                    + " into DIR/widgets.json; categories, tags (or a custom taxonomy's REST base): the terms' names and"
                    + " descriptions, into DIR/terms-<taxonomy>.json.")
    List<String> types;

    @Option(names = "--id", paramLabel = "N", split = ",", description = "Only these post ids (comma-separated or repeated).")
    List<Long> ids;

    @Option(names = "--slug", paramLabel = "S", split = ",", description = "Only these slugs (comma-separated or repeated).")
    List<String> slugs;

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "publish (WordPress's default), draft, pending, private, future or any; other than publish"
                    + " needs credentials.")
    List<String> statuses;

    @Option(names = "--modified-after", paramLabel = "DATE",
            description = "Only posts modified after DATE (2024-01-31 or 2024-01-31T12:00:00, site time).")
    String modifiedAfter;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Extra query parameter for every request, e.g. lang=en for a multilingual plugin (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--connections", paramLabel = "N", defaultValue = "4",
            description = "How many pages to ask for at once after the first (default: ${DEFAULT-VALUE}; 1 to 16,"
                    + " 1 for one after another): WordPress takes about a second per page of 100 posts.")
    int connections;

    @Option(names = "--auth-file", paramLabel = "FILE", description = "File with lines user=NAME and"
            + " password=APPLICATION PASSWORD (mode 600). Default: the environment variables WPXLIFF_USER and"
            + " WPXLIFF_APP_PASSWORD; without either, the public form of published posts.")
    Path authFile;

    /** Whether {@code --type} names the site's settings ({@link SettingsPull}), which are no post type. */
    private boolean settings;
    /** Whether {@code --type} names the site's classic menus ({@link MenuPull}), which are pulled a menu per file. */
    private boolean menus;
    /** Whether {@code --type} names the widgets of a classic theme's sidebars ({@link WidgetPull}). */
    private boolean widgets;
    /** The templates and template parts changed on the site that {@code --type} names ({@link ThemeTemplatePull}). */
    private final java.util.Set<ThemeTemplates> templates = java.util.EnumSet.noneOf(ThemeTemplates.class);

    @Override
    public Integer call() {
        List<String> routes = routes();
        Map<String, String> query = query();
        if (connections < 1 || connections > PostFetcher.MAX_CONNECTIONS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--connections " + connections + ": give 1 to "
                    + PostFetcher.MAX_CONNECTIONS + " (1 asks for one page after another)");
        }
        // keeps the whole posts on disk until they are written (a first pull of a big site asks for all of them)
        PullFolder folder = new PullFolder(output);
        try {
            Credentials credentials = Credentials.resolve(authFile);
            if (credentials == null && statuses != null && statuses.stream().anyMatch(s -> !s.equals("publish"))) {
                err.println("error: --status " + String.join(",", statuses) + " needs credentials: WordPress shows only"
                        + " published posts to visitors; create an Application Password (Users → Profile) and give it in"
                        + " WPXLIFF_USER and WPXLIFF_APP_PASSWORD or --auth-file");
                return 1;
            }
            String adminOnly = credentials == null ? administratorsOnly() : null;
            if (adminOnly != null) {
                err.println("error: --type " + adminOnly + " to administrators only; give an administrator's Application"
                        + " Password in WPXLIFF_USER and WPXLIFF_APP_PASSWORD or --auth-file");
                return 1;
            }
            WpSite wp = WpSite.connect(site, credentials);
            String wrongSite = SiteAddress.mismatch(site, wp.home(), wp.siteUrl(), site, "to pull from");
            if (wrongSite != null) {
                err.println("error: " + wrongSite);
                return 1;
            }
            if (credentials != null) warnIfPlainHttp(wp);
            pullSiteWide(wp);
            routes = pullTaxonomies(wp, routes);
            if (routes.isEmpty()) return 0;
            if (wp.authenticated() && !query.containsKey("context")) query.put("context", "edit");
            query.putIfAbsent("_embed", PostFetcher.EMBED);
            boolean raw = "edit".equals(query.get("context"));
            // the bar redraws its line with \r, which the command's writers show as an escape: a raw writer of its own
            ProgressBar bar = new ProgressBar(new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                    System.console() != null);
            List<PostFetcher.Fetched> fetched = new ArrayList<>();
            ReferencedPosts.Followed more = null;
            WholePosts.Result whole;
            try (PostFetcher fetcher = new PostFetcher(wp, connections)) {
                // first the list (id, type, slug, modified date: a page in 0.04 s), then whole only the posts the
                // folder does not hold as they are now (a page of 100 with their raw fields takes about 1 s)
                Map<String, String> listing = new LinkedHashMap<>(query);
                listing.remove("_embed");
                listing.put("_fields", PostFetcher.LISTING_FIELDS);
                for (String route : routes) {
                    fetched.add(fetcher.fetchAll(route, listing, (r, n, t) -> bar.fetched(r + " list", n, t)));
                }
                whole = WholePosts.of(fetcher, folder, fetched, query, raw,
                        (r, n, t) -> bar.fetched(r + " new and changed", n, t));
                if (raw) {
                    more = ReferencedPosts.follow(fetcher, folder, whole, parameters,
                            (r, n, t) -> bar.fetched(r + " shown", n, t));
                    whole = more.result();
                }
            }
            if (whole.gone() > 0) {
                err.printf("warning: %d post(s) listed were gone (deleted or unpublished) when pull asked for them"
                        + " whole: left out; pull again to be sure%n", whole.gone());
            }
            bar.done();
            for (PostFetcher.Fetched f : fetched) {
                if (f.repeatedPage() > 0) {
                    err.printf("warning: %s: page %d gave only posts the pages before it gave: the site, or a cache in"
                            + " front of it, ignores the page parameter, so pull stopped there with %d posts; have the"
                            + " cache pass query strings to WordPress, or pull fewer at a time (--id, --slug,"
                            + " --modified-after)%n", f.route(), f.repeatedPage(), f.posts().size());
                } else if (f.announcedTotal() >= 0 && f.announcedTotal() != f.posts().size()) {
                    err.printf("warning: %s: the site announced %d posts (X-WP-Total) and gave %d: posts were added or"
                            + " removed during the pull; pull again to be sure%n", f.route(), f.announcedTotal(), f.posts().size());
                }
            }
            warnMissing(whole.posts());
            List<PullFolder.Planned> planned = whole.planned();
            try {
                folder.write(planned);
            } catch (IOException e) {
                err.println("error: " + output + ": cannot write the post files (" + e.getMessage() + "); nothing was changed");
                return 1;
            }
            if (!raw) {
                out.println("note: " + (credentials == null ? "no credentials, so " : "") + "pulled the public form of the"
                        + " posts (rendered HTML only); with an Application Password (WPXLIFF_USER and"
                        + " WPXLIFF_APP_PASSWORD, or --auth-file) pull gets the raw fields and Gutenberg blocks (context=edit)");
            }
            warnNotListed(folder, fetched);
            List<PostFetcher.Fetched> followed = more == null ? List.of() : more.listings();
            if (more != null) more.notGiven().forEach((type, ids) -> err.println("warning: the posts show " + shownAs(type) + " "
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", which " + wp.root()
                    + " did not give (deleted, not published, or not readable by this user): push makes a reference"
                    + " to a deleted one name no post (the page shows nothing there, as the source's does); for any other,"
                    + " pull it before pushing the posts that show it"));
            List<PostFetcher.Fetched> all = new ArrayList<>(fetched);
            for (PostFetcher.Fetched f : followed) if (!f.posts().isEmpty()) all.add(f);
            out.println(summary(wp, all, planned, raw));
            for (PullFolder.Planned p : planned) {
                for (Path old : p.replaces()) {
                    out.println("renamed: " + old + " -> " + p.path() + " (post " + p.post().id() + ": its slug changed on the"
                            + " site; the older file is removed, so it is not translated and pushed twice)");
                }
            }
            int shown = followed.stream().mapToInt(f -> f.posts().size()).sum();
            if (shown > 0) {
                out.println("note: " + shown + " of them are synced patterns or navigation menus the posts show (not"
                        + " among --type): their translations are pushed before the posts that show them");
            }
            return 0;
        } catch (WpException e) {
            err.println("error: " + Unexpected.printable(e.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println("error: " + output + ": " + e.getMessage());
            return 1;
        } finally {
            folder.close();
        }
    }

    /**
     * The first --type that only administrators may read, with what WordPress gives there
     * ({@code menus needs credentials: WordPress gives its navigation menus}), or null when none is asked for.
     */
    private String administratorsOnly() {
        if (!templates.isEmpty()) {
            return templates.iterator().next().route().substring("/wp/v2/".length()) + " needs credentials: WordPress"
                    + " gives a theme's templates and template parts";
        }
        if (menus) return "menus needs credentials: WordPress gives its navigation menus";
        if (widgets) return "widgets needs credentials: WordPress gives its sidebars' widgets";
        if (settings) return "settings needs credentials: WordPress gives its settings (the site title and tagline)";
        return null;
    }

    /** What --type asks for that is no post type: the settings, the changed templates and parts, the classic menus, the widgets. */
    private void pullSiteWide(WpSite wp) throws WpException, IOException {
        if (settings) {
            SettingsPull.Pulled pulled = SettingsPull.pull(wp, parameters, output);
            out.println("pulled the site settings (title and tagline) from " + wp.root() + ": " + said(pulled.state())
                    + " -> " + pulled.file());
        }
        for (ThemeTemplates kind : templates) {
            List<ThemeTemplatePull.Pulled> pulled = ThemeTemplatePull.pull(wp, kind, parameters, output);
            for (ThemeTemplatePull.Pulled template : pulled) {
                out.println("pulled the " + kind.what() + " " + template.file().getFileName() + " from " + wp.root() + ": "
                        + said(template.state()) + " -> " + template.file());
            }
            if (pulled.isEmpty()) {
                out.println("note: " + wp.root() + " has no " + kind.what() + "s changed on the site (the theme's own"
                        + " are translated by its language pack)");
            }
        }
        if (menus) {
            List<MenuPull.Pulled> pulled = MenuPull.pull(wp, parameters, output);
            for (MenuPull.Pulled menu : pulled) {
                out.println("pulled the navigation menu " + menu.file().getFileName() + " (" + menu.items() + " items)"
                        + " from " + wp.root() + ": " + said(menu.state()) + " -> " + menu.file());
            }
            if (pulled.isEmpty()) out.println("note: " + wp.root() + " has no classic navigation menus (--type menus)");
        }
        if (widgets) {
            WidgetPull.Pulled pulled = WidgetPull.pull(wp, parameters, output);
            if (pulled.file() == null) {
                out.println("note: " + wp.root() + " shows no widgets (its theme has no sidebars, as block themes, or they"
                        + " are empty)");
            } else {
                out.println("pulled the sidebar widgets (" + pulled.widgets() + ") from " + wp.root() + ": "
                        + said(pulled.state()) + " -> " + pulled.file());
            }
            if (pulled.withoutSettings() > 0) {
                out.println("note: " + pulled.withoutSettings() + " widget(s) keep their settings from the REST API (a"
                        + " plugin's): not translated, and push leaves them out");
            }
        }
    }

    /**
     * Pulls the terms of each route that is a taxonomy's ({@code categories}, {@code tags}, a custom taxonomy's REST
     * base: {@link TermPull}); the other routes, the post types', are left for the posts' pull.
     */
    private List<String> pullTaxonomies(WpSite wp, List<String> routes) throws WpException, IOException {
        List<String> postTypes = new ArrayList<>();
        RestRoutes known = new RestRoutes(wp, parameters);
        for (String route : routes) {
            // WordPress's own post types: no need to ask the site
            String taxonomy = route.equals("/wp/v2/posts") || route.equals("/wp/v2/pages") ? null : known.taxonomyAt(route);
            if (taxonomy == null) {
                postTypes.add(route);
                continue;
            }
            TermPull.Pulled pulled = TermPull.pull(wp, taxonomy, route, parameters, output);
            if (pulled.file() == null) {
                out.println("note: " + wp.root() + " has no " + taxonomy + " terms");
            } else {
                out.println("pulled the " + taxonomy + " terms (" + pulled.terms() + ") from " + wp.root() + ": "
                        + said(pulled.state()) + " -> " + pulled.file());
            }
        }
        return postTypes;
    }

    private static String said(NamedFile.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** The REST routes of the --type values: a REST base is under wp/v2, a name with a slash is a full route. */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (String type : types) {
            String t = type.strip();
            if (t.startsWith("/")) t = t.substring(1);
            if (!ROUTE_NAME.matcher(t).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--type " + type + ": expected a post type's"
                        + " REST base (posts, pages, or a custom type's) or a route such as wp/v2/docs");
            }
            String route = "/" + (t.contains("/") ? t : "wp/v2/" + t);
            if (route.equals(SiteSettingsFormat.ROUTE)) settings = true;
            else if (route.equals(MenuPull.ROUTE)) menus = true;
            else if (route.equals(WidgetPull.ROUTE)) widgets = true;
            else if (ThemeTemplates.ofRoute(route) != null) templates.add(ThemeTemplates.ofRoute(route));
            else if (!routes.contains(route)) routes.add(route);
        }
        return routes;
    }

    private Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        // a stable order, so that pages do not shift while posts are being published
        query.put("orderby", "id");
        query.put("order", "asc");
        if (ids != null && !ids.isEmpty()) query.put("include", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        if (slugs != null && !slugs.isEmpty()) query.put("slug", String.join(",", slugs));
        if (statuses != null && !statuses.isEmpty()) query.put("status", String.join(",", statuses));
        if (modifiedAfter != null) {
            String date = modifiedAfter.strip();
            if (!DATE.matcher(date).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--modified-after " + modifiedAfter
                        + ": expected a date such as 2024-01-31 or 2024-01-31T12:00:00");
            }
            query.put("modified_after", date.length() == 10 ? date + "T00:00:00" : date.replace(' ', 'T'));
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (OWN_PARAMETERS.contains(p.getKey())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--param " + p.getKey()
                        + ": pull sets it itself, to list and page through every post");
            }
            query.put(p.getKey(), p.getValue());
        }
        return query;
    }

    private static String shownAs(String type) {
        return type.equals("wp_block") ? "synced pattern(s)" : type.equals("wp_navigation") ? "navigation menu(s)" : type;
    }

    /** An --id or --slug that no type gave: a typo, another type, or not published (say which, not silently). */
    private void warnMissing(List<PulledPost> posts) {
        if (ids != null) {
            Set<Long> found = posts.stream().map(PulledPost::id).collect(Collectors.toSet());
            List<String> missing = ids.stream().filter(id -> !found.contains(id)).map(String::valueOf).toList();
            if (!missing.isEmpty()) err.println("warning: --id " + String.join(",", missing) + ": not found among "
                    + String.join(", ", types) + " (another type, not published, or deleted?)");
        }
        if (slugs != null) {
            Set<String> found = posts.stream().map(p -> PullFolder.decodeSlug(p.slug())).collect(Collectors.toSet());
            List<String> missing = slugs.stream().filter(slug -> !found.contains(slug)
                    && !found.contains(PullFolder.decodeSlug(slug))).toList();
            if (!missing.isEmpty()) err.println("warning: --slug " + String.join(",", missing) + ": not found among "
                    + String.join(", ", types) + " (another type, not published, or a different slug?)");
        }
    }

    /**
     * After a pull of whole types (no filter), the folder's files whose posts the site no longer lists: exported
     * again, their translations would be made and pushed again. Said, never removed (pull never deletes).
     */
    private void warnNotListed(PullFolder folder, List<PostFetcher.Fetched> fetched) throws IOException {
        boolean filtered = ids != null || slugs != null || modifiedAfter != null || statuses != null || !parameters.isEmpty();
        if (filtered || fetched.stream().anyMatch(f -> f.repeatedPage() > 0)) return;
        Set<Long> listed = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (PostFetcher.Fetched f : fetched) {
            if (f.route().equals("/wp/v2/posts")) types.add("post");
            if (f.route().equals("/wp/v2/pages")) types.add("page");
            for (PulledPost post : f.posts()) {
                listed.add(post.id());
                if (!post.type().isEmpty()) types.add(post.type());
            }
        }
        List<Path> stale = folder.notListed(listed, types);
        if (stale.isEmpty()) return;
        err.printf("warning: %d file(s) in %s hold a post the site no longer lists (deleted, unpublished, or now of"
                        + " another type): %s%s; move them out of the folder before export, or their translations are"
                        + " made and pushed again%n", stale.size(), output,
                String.join(", ", stale.subList(0, Math.min(5, stale.size())).stream().map(Path::toString).toList()),
                stale.size() > 5 ? " and " + (stale.size() - 5) + " more" : "");
    }

    private void warnIfPlainHttp(WpSite wp) {
        if (!wp.root().getScheme().equals("http")) return;
        try {
            if (InetAddress.getByName(wp.root().getHost()).isLoopbackAddress()) return;
        } catch (UnknownHostException e) {
            // connected already, so the name resolves; say it anyway
        }
        err.println("warning: " + wp.root() + " is plain http: the Application Password crosses the network"
                + " readable by anyone on the way; use the site's https address");
    }

    private String summary(WpSite wp, List<PostFetcher.Fetched> fetched, List<PullFolder.Planned> planned, boolean raw) {
        Map<PullFolder.State, Long> states = planned.stream().collect(Collectors.groupingBy(PullFolder.Planned::state,
                Collectors.counting()));
        Map<String, Integer> counts = new LinkedHashMap<>(); // a route listed again (patterns inside patterns): once
        for (PostFetcher.Fetched f : fetched) counts.merge(f.route().replaceFirst("^/wp/v2/", ""), f.posts().size(), Integer::sum);
        String perRoute = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return String.format("pulled %d post%s (%s) from %s, %s: %d new, %d changed, %d unchanged -> %s", planned.size(),
                planned.size() == 1 ? "" : "s", perRoute, wp.root(), raw ? "raw fields (context=edit)" : "public form",
                states.getOrDefault(PullFolder.State.NEW, 0L), states.getOrDefault(PullFolder.State.CHANGED, 0L),
                states.getOrDefault(PullFolder.State.UNCHANGED, 0L), output);
    }

    /** A one-line bar on a terminal (redrawn in place); nothing otherwise. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final boolean terminal;
        private boolean drawn;

        ProgressBar(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void fetched(String route, int posts, int total) {
            if (!terminal) return;
            int filled = total > 0 ? Math.min(WIDTH, posts * WIDTH / total) : 0;
            err.print("\r" + TerminalWriter.visible(route) + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + posts + (total >= 0 ? "/" + total : "") + "   ");
            err.flush();
            drawn = true;
        }

        void done() {
            if (drawn) err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
