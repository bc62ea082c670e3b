package net.wpxliff.tm;

import net.wpxliff.output.AtomicFiles;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * A built {@link Matcher} cached on disk beside the memory ({@code m.tmx.idx}), so that a later export reads a few
 * large arrays instead of parsing the TMX and indexing it again. The file names what it was built from: the source
 * and target language and, for each memory file in order, its {@link MemoryFileStamp} (name, size, times, identity,
 * and a checksum of the content when the file had just changed); it is used only when all of them still describe
 * the files, so an edited memory is read again, without reading an unchanged one. The cache is untrusted input like
 * the TMX itself: every length is checked against what is left of the file, every number against the array it
 * points into, every text's encoding, and a CRC-32C over the whole file; anything wrong and it is ignored (and
 * rebuilt), never an error. (CRC-32C rather than SHA-256 because a fresh JVM hashes 45 MB with SHA-256 in about half
 * a second of CPU, CRC-32C in a few milliseconds. It guards against accidents, not an attacker: one who can write
 * the memory or its index controls its translations anyway.) It is written atomically; when it cannot be written (a
 * read-only folder), export simply goes on without it.
 */
public final class MemoryIndexFile {
    private static final byte[] MAGIC = "wpxliff-tm-index\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 5;

    /**
     * What a cached index must have been built from. Its {@code equals} and {@code hashCode} are written out, as are
     * {@link MemoryFileStamp}'s: a record's generated ones are bootstrapped through method handles, and in a fresh JVM
     * that spins about fifty classes and heats the JIT for one comparison per run.
     */
    public record Key(String sourceLanguage, String targetLanguage, List<MemoryFileStamp> sources) {
        public Key {
            sources = List.copyOf(sources);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sourceLanguage, key.sourceLanguage)
                    && Objects.equals(targetLanguage, key.targetLanguage) && sources.equals(key.sources);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(sourceLanguage) * 31 + Objects.hashCode(targetLanguage)) * 31 + sources.hashCode();
        }
    }

    private MemoryIndexFile() {
    }

    /** Where the index of these memory files is cached: beside the first, with {@code .idx} added to its name. */
    public static Path pathFor(List<Path> memories) {
        Path first = memories.get(0);
        return first.resolveSibling(first.getFileName() + ".idx");
    }

    /** The key of the memory files as they are now (see {@link MemoryFileStamp}: most files are not read). */
    public static Key key(List<Path> memories, String sourceLanguage, String targetLanguage) throws IOException {
        List<MemoryFileStamp> sources = new java.util.ArrayList<>();
        for (Path file : memories) sources.add(MemoryFileStamp.of(file));
        return new Key(sourceLanguage, targetLanguage, sources);
    }

    /**
     * The matcher cached at {@code path} for these memory files, whose key ({@link #key}) is {@code key} now; null
     * when there is none, it is stale or it is damaged.
     */
    public static Matcher read(Path path, Key key, List<Path> memories) {
        if (memories.size() != key.sources().size()) throw new IllegalArgumentException("a key per memory file");
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return null;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < MAGIC.length + 8 || size > Integer.MAX_VALUE) return null;
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CRC32C crc = new CRC32C();
            crc.update(mapped.slice(0, (int) size - 8));
            if (mapped.getLong((int) size - 8) != crc.getValue()) return null;
            Input in = new Input(mapped.slice(0, (int) size - 8));
            return matcher(in, key, memories);
        } catch (IOException | RuntimeException e) {
            return null; // damaged or unreadable: rebuilt from the TMX
        }
    }

    /** Caches the matcher at {@code path} (atomically); false when it could not be written. */
    public static boolean write(Path path, Key key, Matcher matcher) {
        try {
            AtomicFiles.write(path, out -> write(out, key, matcher.state()));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void write(OutputStream target, Key key, MatcherState s) throws IOException {
        CRC32C crc = new CRC32C();
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                new java.util.zip.CheckedOutputStream(target, crc), 1 << 16));
        out.write(MAGIC);
        out.writeInt(VERSION);
        string(out, key.sourceLanguage());
        string(out, key.targetLanguage());
        out.writeInt(key.sources().size());
        for (MemoryFileStamp source : key.sources()) {
            string(out, source.name());
            out.writeLong(source.size());
            out.writeLong(source.modified());
            out.writeLong(source.changed());
            string(out, source.identity());
            out.writeLong(source.checksum());
        }
        EntryStore store = s.store();
        chars(out, copy(store.texts));
        ints(out, store.textStart);
        ints(out, store.canonicalOrder);
        ints(out, store.source);
        ints(out, store.target);
        strings(out, store.strings);
        for (int[] column : new int[][] {store.sourceLanguage, store.targetLanguage, store.postId, store.unitKey,
                store.previousHash, store.nextHash, store.created, store.origin, store.split}) {
            ints(out, column);
        }
        Vocabulary v = s.vocabulary();
        chars(out, v.exactTexts().chars()); // as strings() writes them
        ints(out, v.exactTexts().ends());
        ints(out, v.lowerOfExact());
        ints(out, v.weightOfExact());
        chars(out, v.lowerTexts().chars());
        ints(out, v.lowerTexts().ends());
        ints(out, v.weightOfLower());
        out.writeBoolean(v.lowerKeepsWeight());
        ints(out, s.tokenStart());
        ints(out, s.tokens());
        longs(out, s.createdMillis());
        longs(out, s.sourceHashes());
        ints(out, s.sourceStart());
        ints(out, s.sourceMembers());
        longs(out, s.rankKeys());
        ints(out, s.wordStart());
        ints(out, s.wordRanks());
        ints(out, s.sortedWeights());
        ints(out, s.fuzzyStart());
        ints(out, s.fuzzyPostings());
        ints(out, s.fuzzyAnyWords());
        out.flush();
        long checksum = crc.getValue();
        new DataOutputStream(target).writeLong(checksum); // after the checksummed part, not itself checksummed
        target.flush();
    }

    /** Reads and checks everything; throws (caught by {@link #read}) at the first thing out of place. */
    private static Matcher matcher(Input in, Key key, List<Path> memories) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.buffer.get(magic);
        check(Arrays.equals(magic, MAGIC) && in.buffer.getInt() == VERSION);
        check(in.string().equals(key.sourceLanguage()) && in.string().equals(key.targetLanguage()));
        int files = in.buffer.getInt();
        check(files == key.sources().size());
        for (int i = 0; i < files; i++) {
            MemoryFileStamp built = new MemoryFileStamp(in.string(), in.buffer.getLong(), in.buffer.getLong(),
                    in.buffer.getLong(), in.string(), in.buffer.getLong());
            check(built.describes(memories.get(i), key.sources().get(i)));
        }
        CharBuffer texts = in.charView(); // not copied: a run decodes only the texts it returns
        int[] textStart = in.ints();
        int textCount = textStart.length - 1;
        check(textCount >= 0 && textStart[0] == 0 && textStart[textCount] == texts.limit());
        for (int t = 0; t < textCount; t++) check(TextCodec.valid(texts, textStart[t], textStart[t + 1]));
        int[] canonicalOrder = in.ints(); // only orders and tells apart texts: any value in range is harmless
        check(canonicalOrder.length == textCount);
        within(canonicalOrder, 0, textCount);
        int[] source = in.ints();
        int n = source.length;
        int[] target = in.ints();
        check(target.length == n);
        within(source, 0, textCount);
        within(target, 0, textCount);
        String[] strings = in.strings();
        int[][] columns = new int[9][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = in.ints();
            check(columns[c].length == n);
            within(columns[c], EntryStore.NONE, strings.length);
        }
        EntryStore store = new EntryStore(texts, textStart, canonicalOrder, source, target, strings, columns[0],
                columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7], columns[8]);
        StringNumbers exact = StringNumbers.of(in.chars(), in.ints()); // no String per token: see StringNumbers
        int[] lowerOfExact = in.ints();
        int[] weightOfExact = in.ints();
        StringNumbers lower = StringNumbers.of(in.chars(), in.ints());
        int[] weightOfLower = in.ints();
        boolean lowerKeepsWeight = in.buffer.get() != 0;
        check(lowerOfExact.length == exact.size() && weightOfExact.length == exact.size()
                && weightOfLower.length == lower.size());
        within(lowerOfExact, 0, lower.size());
        within(weightOfExact, 1, SimilarityTokens.WORD + 1);
        within(weightOfLower, 0, SimilarityTokens.WORD + 1);
        Vocabulary vocabulary = new Vocabulary(exact, lowerOfExact, weightOfExact, lower, weightOfLower, lowerKeepsWeight);
        int[] tokenStart = in.ints();
        int[] tokens = in.ints();
        starts(tokenStart, n, tokens.length);
        within(tokens, 0, exact.size());
        long[] createdMillis = in.longs();
        check(createdMillis.length == n);
        long[] sourceHashes = in.longs();
        int[] sourceStart = in.ints();
        int[] sourceMembers = in.ints();
        check(sourceMembers.length == n);
        starts(sourceStart, sourceHashes.length, n);
        within(sourceMembers, 0, n);
        long[] rankKeys = in.longs(); // distinct: checked as the matcher numbers them
        int[] wordStart = in.ints();
        int[] wordRanks = in.ints();
        starts(wordStart, n, wordRanks.length);
        within(wordRanks, 0, rankKeys.length);
        int[] sortedWeights = in.ints();
        check(sortedWeights.length == n);
        for (int id = 0; id < n; id++) {
            check(sortedWeights[id] == vocabulary.weightOf(tokens, tokenStart[id], tokenStart[id + 1]));
            check(id == 0 || sortedWeights[id - 1] <= sortedWeights[id]);
        }
        int[] fuzzyStart = in.ints();
        int[] fuzzyPostings = in.ints();
        int[] fuzzyAnyWords = in.ints();
        starts(fuzzyStart, rankKeys.length, fuzzyPostings.length);
        within(fuzzyPostings, 0, n);
        within(fuzzyAnyWords, 0, n);
        check(!in.buffer.hasRemaining());
        return new Matcher(new MatcherState(store, vocabulary, tokenStart, tokens, createdMillis, sourceHashes,
                sourceStart, sourceMembers, rankKeys, wordStart, wordRanks, sortedWeights, fuzzyStart, fuzzyPostings,
                fuzzyAnyWords));
    }

    /** A damaged or foreign index: {@link #read} ignores it. */
    private static final class Damaged extends RuntimeException {
        Damaged() {
            super(null, null, false, false);
        }
    }

    private static void check(boolean ok) {
        if (!ok) throw new Damaged();
    }

    /** Every value in [from, to). */
    private static void within(int[] values, int from, int to) {
        for (int v : values) if (v < from || v >= to) throw new Damaged();
    }

    /** Offsets of {@code count} ranges into an array of {@code length}: count + 1 of them, from 0 to length, ascending. */
    private static void starts(int[] starts, int count, int length) {
        check(starts.length == count + 1 && starts[0] == 0 && starts[count] == length);
        for (int i = 0; i < count; i++) check(starts[i] <= starts[i + 1]);
    }

    /** Reads arrays, each length checked against what is left before anything is allocated. */
    private static final class Input {
        final ByteBuffer buffer;

        Input(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        /** The next column's bytes (its length checked against what is left), and the position moved past them. */
        private ByteBuffer column(int bytesEach) {
            int n = buffer.getInt();
            check(n >= 0 && (long) n * bytesEach <= buffer.remaining());
            ByteBuffer column = buffer.slice(buffer.position(), n * bytesEach); // big-endian, as written
            buffer.position(buffer.position() + n * bytesEach);
            return column;
        }

        int[] ints() {
            IntBuffer column = column(4).asIntBuffer();
            int[] values = new int[column.remaining()];
            column.get(values);
            return values;
        }

        long[] longs() {
            LongBuffer column = column(8).asLongBuffer();
            long[] values = new long[column.remaining()];
            column.get(values);
            return values;
        }

        /** The next char column, read in place (a read-only view of the buffer). */
        CharBuffer charView() {
            return column(2).asCharBuffer().asReadOnlyBuffer();
        }

        char[] chars() {
            CharBuffer column = column(2).asCharBuffer();
            char[] values = new char[column.remaining()];
            column.get(values);
            return values;
        }

        String string() {
            return new String(chars());
        }

        String[] strings() {
            char[] all = chars();
            int[] ends = ints();
            String[] values = new String[ends.length];
            int from = 0;
            for (int i = 0; i < ends.length; i++) {
                check(ends[i] >= from && ends[i] <= all.length);
                values[i] = new String(all, from, ends[i] - from);
                from = ends[i];
            }
            check(from == all.length);
            return values;
        }
    }

    /** The chars: the array itself when the buffer wraps a whole one (a memory just built), else a copy. */
    private static char[] copy(CharBuffer chars) {
        if (chars.hasArray() && chars.arrayOffset() == 0 && chars.limit() == chars.array().length) return chars.array();
        char[] all = new char[chars.limit()];
        chars.get(0, all);
        return all;
    }

    private static void chars(DataOutputStream out, char[] values) throws IOException {
        column(out, values.length, 2, (chunk, at, n) -> chunk.asCharBuffer().put(values, at, n));
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        column(out, values.length, 4, (chunk, at, n) -> chunk.asIntBuffer().put(values, at, n));
    }

    private static void longs(DataOutputStream out, long[] values) throws IOException {
        column(out, values.length, 8, (chunk, at, n) -> chunk.asLongBuffer().put(values, at, n));
    }

    /** Copies elements [at, at + n) of a primitive array into the start of {@code chunk}, big-endian. */
    private interface ChunkFill {
        void put(ByteBuffer chunk, int at, int n);
    }

    /** Writes a column: its length, then its elements in chunks of 64 KiB (the layout {@link Input} reads). */
    private static void column(DataOutputStream out, int length, int bytesEach, ChunkFill fill) throws IOException {
        out.writeInt(length);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        for (int at = 0; at < length; ) {
            int n = Math.min(length - at, chunk.capacity() / bytesEach);
            chunk.clear();
            fill.put(chunk, at, n);
            out.write(chunk.array(), 0, bytesEach * n);
            at += n;
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        chars(out, s.toCharArray());
    }

    private static void strings(DataOutputStream out, String[] values) throws IOException {
        StringBuilder all = new StringBuilder();
        int[] ends = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            all.append(values[i]);
            ends[i] = all.length();
        }
        char[] chars = new char[all.length()];
        all.getChars(0, chars.length, chars, 0);
        chars(out, chars);
        ints(out, ends);
    }
}
