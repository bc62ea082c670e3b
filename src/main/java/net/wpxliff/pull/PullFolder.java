package net.wpxliff.pull;

import net.wpxliff.output.AtomicFiles;
import net.wpxliff.output.OutputNames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder pull writes: one {@code <slug>.json} per post, the post's exact bytes. Names are the decoded slug
 * made safe ({@link OutputNames}); a slug another post type already took gets the type ({@code about-page});
 * a file that holds another post, or no post, is never overwritten (the next name is used). A post whose file
 * holds the same post with the same {@code modified_gmt} in the same form is not written again. A post whose slug
 * changed on the site moves to its new name: the folder's other files holding it (by type and id) are removed once
 * it is written, or export would translate both and push the older over the newer ({@link Planned#replaces}).
 */
public final class PullFolder implements AutoCloseable {
    /** Past the limit export reads, so never worth reading back. */
    private static final long MAX_EXISTING_BYTES = 64L * 1024 * 1024;

    public enum State { NEW, CHANGED, UNCHANGED }

    /**
     * Where one post goes and whether it must be written.
     *
     * @param replaces the folder's other files holding the same post (its slug changed since they were pulled), to
     *                 remove once it is written
     */
    public record Planned(PulledPost post, Path path, State state, List<Path> replaces) {
        public Planned {
            replaces = List.copyOf(replaces);
        }

        public Planned(PulledPost post, Path path, State state) {
            this(post, path, state, List.of());
        }
    }

    private final Path dir;
    /**
     * What each existing file holds (its bytes dropped), read once: a pull plans several times (the list, then with
     * the whole posts) and writes nothing in between.
     */
    private final Map<Path, Optional<PulledPost>> readBefore = new HashMap<>();
    /**
     * What the folder's post files hold (the head of each {@code .json}: id and type), by name, read once: at the first
     * plan, before anything is written; what a pull writes there after holds a post it lists, or the same post again.
     */
    private Map<Path, PulledPost> heads;
    private final PostSpill spill;

    public PullFolder(Path dir) {
        this.dir = dir;
        this.spill = new PostSpill(dir);
    }

    /** The whole post with its bytes kept on disk until {@link #write} ({@link PostSpill}). */
    PulledPost keep(PulledPost post) throws IOException {
        return spill.keep(post);
    }

    /** Removes the posts kept on disk (after {@link #write}, or when the pull gives up). */
    @Override
    public void close() {
        spill.close();
    }

    /** Names every post (in the order given) and compares it with what the folder holds; writes nothing. */
    public List<Planned> plan(List<PulledPost> posts) throws IOException {
        OutputNames names = new OutputNames(dir, List.of());
        Map<String, String> typeByName = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (PulledPost post : posts) {
            String slug = decodeSlug(post.slug());
            String base = slug.isBlank() ? (post.type().isEmpty() ? "post" : post.type()) + "-" + post.id() : slug;
            String key = base.toLowerCase(Locale.ROOT);
            String owner = typeByName.putIfAbsent(key, post.type());
            if (owner != null && !owner.equals(post.type()) && !post.type().isEmpty()) base = base + "-" + post.type();
            for (int tries = 0; ; tries++) {
                Path path = names.choose(base, ".json").path();
                PulledPost existing = existing(path);
                boolean free = !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
                boolean samePost = existing != null && existing.id() == post.id() && existing.type().equals(post.type());
                if (free || samePost) {
                    State state = free ? State.NEW : post.unchangedFrom(existing) ? State.UNCHANGED : State.CHANGED;
                    List<Path> others = heads().entrySet().stream().filter(e -> !e.getKey().equals(path)
                            && e.getValue().id() == post.id() && e.getValue().type().equals(post.type())).map(Map.Entry::getKey).toList();
                    planned.add(new Planned(post, path, state, others));
                    break;
                }
                if (tries > 1000) throw new IOException("no free file name for " + base + " in " + dir);
            }
        }
        return planned;
    }

    /**
     * Writes every new and changed post at once: all of them, or (on a failure) none; then removes the files the
     * written posts replace (an older name of the same post).
     */
    public void write(List<Planned> planned) throws IOException {
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (Planned p : planned) {
            if (p.state() == State.UNCHANGED) continue;
            if (p.post().listed()) throw new IllegalStateException("post " + p.post().id() + " is only listed, not whole");
            files.put(p.path(), p.post()::writeTo);
        }
        if (!files.isEmpty()) AtomicFiles.writeAllStreamed(files);
        for (Planned p : planned) {
            for (Path old : p.replaces()) Files.deleteIfExists(old);
        }
    }

    /** The folder's post files ({@code .json}, not hidden, not links) by name, each with its head (id and type). */
    private Map<Path, PulledPost> heads() throws IOException {
        if (heads != null) return heads;
        Map<Path, PulledPost> found = new LinkedHashMap<>();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(dir)) {
                files = listed.sorted().filter(file -> {
                    String name = file.getFileName().toString();
                    return name.endsWith(".json") && !name.startsWith(".") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
                }).toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    PulledPost head = PostArray.head(in);
                    if (head != null) found.put(file, head);
                }
            }
        }
        heads = found;
        return found;
    }

    /**
     * The folder's post files (by the head of each {@code .json}, not read through) whose post is of one of these
     * types but not among these ids: posts the site no longer lists, when the listing was the whole of those types.
     * Sorted by name.
     */
    public List<Path> notListed(Set<Long> listed, Set<String> types) throws IOException {
        List<Path> stale = new ArrayList<>();
        heads().forEach((file, head) -> {
            // (a file this pull replaced is gone: its post moved to its new name)
            if (types.contains(head.type()) && !listed.contains(head.id()) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                stale.add(file);
            }
        });
        return stale;
    }

    /** The post in an existing regular file, or null (no file, a link, too large, not a post). */
    private PulledPost existing(Path path) throws IOException {
        Optional<PulledPost> known = readBefore.get(path);
        if (known == null) {
            PulledPost post = null;
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) <= MAX_EXISTING_BYTES) {
                PulledPost read = PostArray.readFile(Files.readAllBytes(path));
                // only what the comparison needs is kept, not the file's bytes
                if (read != null) {
                    post = new PulledPost(read.id(), read.type(), read.slug(), read.modifiedGmt(), read.raw(), new byte[0],
                            read.embedded());
                }
            }
            known = Optional.ofNullable(post);
            readBefore.put(path, known);
        }
        return known.orElse(null);
    }

    /** WordPress keeps non-ASCII slugs percent-encoded ({@code %ed%85%8c…}); the file name gets the letters. */
    public static String decodeSlug(String slug) {
        if (slug.indexOf('%') < 0) return slug;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < slug.length(); ) {
            if (slug.charAt(i) == '%' && i + 2 < slug.length() && hex(slug.charAt(i + 1)) >= 0 && hex(slug.charAt(i + 2)) >= 0) {
                bytes.write(hex(slug.charAt(i + 1)) * 16 + hex(slug.charAt(i + 2)));
                i += 3;
            } else {
                int c = slug.codePointAt(i);
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return slug; // not UTF-8 once decoded: keep it as served (SafeFileName still cleans it)
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
