package net.wpxliff.push;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The merged bodies named on the command line: files as given, directories searched for {@code *.post.json} (posts),
 * {@code *.template-part.json} and {@code *.template.json} (a block theme's changed parts and templates,
 * {@link ThemeTemplatePush}), {@code *.menu.json} (classic
 * menus, {@link MergedMenu}), {@code *.terms.json} (a taxonomy's terms, {@link MergedTerms}), {@code *.widgets.json} (sidebar widgets, {@link MergedWidgets}) and {@code *.settings.json} (a
 * site title and tagline, {@link MergedSettings}).
 */
public final class MergedPosts {
    /** The post, menu and settings bodies, each sorted within a directory, in the order given. */
    public record Found(List<Path> posts, List<Path> templates, List<Path> menus, List<Path> widgets, List<Path> settings,
                        List<Path> terms) {
        public Found {
            terms = List.copyOf(terms);
            widgets = List.copyOf(widgets);
            posts = List.copyOf(posts);
            templates = List.copyOf(templates);
            menus = List.copyOf(menus);
            settings = List.copyOf(settings);
        }
    }

    private MergedPosts() {
    }

    public static Found expand(List<Path> inputs) throws PushException {
        List<Path> posts = new ArrayList<>();
        List<Path> templates = new ArrayList<>();
        List<Path> menus = new ArrayList<>();
        List<Path> widgets = new ArrayList<>();
        List<Path> terms = new ArrayList<>();
        List<Path> settings = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String name = p.getFileName().toString();
                        if (name.startsWith(".")) continue;
                        if (name.endsWith(MergedPost.BODY_SUFFIX)) posts.add(p);
                        else if (MergedMenu.isBody(p)) menus.add(p);
                        else if (MergedWidgets.isBody(p)) widgets.add(p);
                        else if (MergedTerms.isBody(p)) terms.add(p);
                        else if (ThemeTemplatePush.isBody(p)) templates.add(p);
                        else if (MergedSettings.isBody(p)) settings.add(p);
                    }
                } catch (IOException e) {
                    throw new PushException(input + ": cannot list it (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(input)) {
                (MergedSettings.isBody(input) ? settings : MergedMenu.isBody(input) ? menus : MergedWidgets.isBody(input) ? widgets : MergedTerms.isBody(input) ? terms
                        : ThemeTemplatePush.isBody(input) ? templates : posts).add(input);
            } else {
                throw new PushException(input + ": no such file or directory");
            }
        }
        if (posts.isEmpty() && templates.isEmpty() && menus.isEmpty() && widgets.isEmpty() && settings.isEmpty() && terms.isEmpty()) {
            throw new PushException("no merged post (<slug>.ko.post.json) in " + inputs + ": run merge first");
        }
        return new Found(posts, templates, menus, widgets, settings, terms);
    }
}
