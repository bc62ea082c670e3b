package net.wpxliff.push;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The merged post bodies named on the command line: files as given, directories searched for {@code *.post.json}. */
public final class MergedPosts {
    private MergedPosts() {
    }

    public static List<Path> expand(List<Path> inputs) throws PushException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> p.getFileName().toString().endsWith(MergedPost.BODY_SUFFIX))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new PushException(input + ": cannot list it (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new PushException(input + ": no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new PushException("no merged post (<slug>.ko.post.json) in " + inputs + ": run merge first");
        }
        return files;
    }
}
