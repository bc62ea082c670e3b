package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.merge.CurrentPosts;
import net.wpxliff.push.MergedPost;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which merged bodies push publishes when several translate the same source post (same site, type and id): a post
 * whose slug changed is merged under its new name beside the files of its old one, and pushing both would leave
 * the target post with whichever came last. The one made from the newest version of the source post (the
 * {@code modified_gmt} merge kept in the post file beside each body) is pushed and the others are named and left out;
 * when the newest version has several, none of them is pushed: which translation to publish is the user's call.
 */
final class NewestTranslations {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param kept    the indexes of the bodies to push, in order (a body that could not be read is kept: its push says why)
     * @param refused how many were refused (several translations of the newest version)
     */
    record Choice(List<Integer> kept, int refused) {
    }

    private NewestTranslations() {
    }

    /** @param posts the bodies read, null where one could not be */
    static Choice of(List<MergedPost> posts, PrintWriter err) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            MergedPost post = posts.get(i);
            if (post == null) continue;
            bySource.computeIfAbsent(post.sourceSite() + "\u0000" + post.type() + "\u0000" + post.sourceId(),
                    k -> new ArrayList<>()).add(i);
        }
        boolean[] left = new boolean[posts.size()];
        int refused = 0;
        for (List<Integer> same : bySource.values()) {
            if (same.size() < 2) continue;
            Map<Integer, String> versions = new LinkedHashMap<>();
            String newest = null;
            for (int i : same) {
                String version = version(posts.get(i));
                versions.put(i, version);
                if (newest == null || version.compareTo(newest) > 0) newest = version;
            }
            List<Integer> newestOnes = new ArrayList<>();
            for (int i : same) if (versions.get(i).equals(newest)) newestOnes.add(i);
            MergedPost first = posts.get(same.get(0));
            if (newestOnes.size() > 1) {
                for (int i : same) {
                    left[i] = true;
                    refused++;
                }
                err.println("error: " + String.join(", ", same.stream().map(i -> posts.get(i).bodyFile().toString()).toList())
                        + ": translations of the same version of " + first.type() + " " + first.sourceId() + " of "
                        + first.sourceSite() + described(newest) + ": push cannot tell which to publish; keep one, move"
                        + " the others out of the folder");
                continue;
            }
            MergedPost pushed = posts.get(newestOnes.get(0));
            for (int i : same) {
                if (i == newestOnes.get(0)) continue;
                left[i] = true;
                err.println("warning: " + posts.get(i).bodyFile() + ": left out: an older translation of " + first.type() + " "
                        + first.sourceId() + " of " + first.sourceSite() + described(versions.get(i)) + " than "
                        + pushed.bodyFile() + described(newest) + ", which is pushed (its slug may have changed since);"
                        + " move the older files out of the folder");
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) if (!left[i]) kept.add(i);
        return new Choice(kept, refused);
    }

    private static String described(String version) {
        return version.isEmpty() ? " (no modified_gmt)" : " (made from the version modified " + version + ")";
    }

    /** The source post's {@code modified_gmt} (else {@code modified}) as merge kept it; empty when it has none. */
    private static String version(MergedPost post) {
        try {
            String date = CurrentPosts.modified(JSON.readTree(post.postFile().toFile()));
            return date == null ? "" : date;
        } catch (IOException e) {
            return "";
        }
    }
}
