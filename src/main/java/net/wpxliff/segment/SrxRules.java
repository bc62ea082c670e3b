package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the sentence splitter takes from an SRX document: the language maps, each rule set's rules and the
 * two header options it honours (cascade, ICU4J break rules). Okapi's {@code defaultSegmentation.srx} is
 * 320 KB of XML whose parsing (DOM, XPath, ~600 classes) cost a fresh JVM about 0.35 s of CPU, so the build
 * compiles it into a small binary resource ({@link #COMPILED}, written by {@link SrxRulesCompiler}) that is read
 * here once per process. The resource indexes its rule sets by byte offset, and a set is decoded on first use: a run
 * for one language decodes the one or two sets its language maps to, not all 108 KB. Immutable to its users and
 * shared by every thread (its {@link Rule}s are never changed; decoding is synchronized).
 */
public final class SrxRules {
    /** The compiled default rules, on the class path beside this class (made in the build's process-classes). */
    static final String COMPILED = "okapi-default-rules.bin";
    private static final int MAGIC = 0x57505853; // "WPXS"
    /** 2: rule sets indexed by offset (1 had them inline only). */
    private static final int VERSION = 2;

    /** A language map: a language code matching {@code pattern} takes the rule set {@code ruleName}. */
    public record LanguageMapping(String pattern, String ruleName) {
    }

    private final boolean cascade;
    private final boolean useIcu;
    private final List<LanguageMapping> maps;
    /** Every rule set's name, in document order. */
    private final List<String> setNames;
    /** The rule sets decoded so far (all of them when made from a document); guarded by {@code this}. */
    private final Map<String, List<Rule>> ruleSets;
    /** The compiled form the sets not decoded yet are read from, and where each set's bytes start and end. */
    private final byte[] encoded;
    private final Map<String, int[]> encodedSets;

    private SrxRules(boolean cascade, boolean useIcu, List<LanguageMapping> maps, List<String> setNames,
                     Map<String, List<Rule>> ruleSets, byte[] encoded, Map<String, int[]> encodedSets) {
        this.cascade = cascade;
        this.useIcu = useIcu;
        this.maps = List.copyOf(maps);
        this.setNames = List.copyOf(setNames);
        this.ruleSets = ruleSets;
        this.encoded = encoded;
        this.encodedSets = encodedSets;
    }

    /** Okapi's default rules: the compiled resource, read once per process. */
    public static SrxRules okapiDefault() {
        return Default.RULES;
    }

    /** Holder: the resource is read on first use, once, whichever thread asks first. */
    private static final class Default {
        static final SrxRules RULES = load();

        private static SrxRules load() {
            try (InputStream in = SrxRules.class.getResourceAsStream(COMPILED)) {
                // Not built (classes compiled without Maven's process-classes step): parse Okapi's SRX file instead.
                return in == null ? of(okapiDocument()) : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the compiled sentence rules " + COMPILED
                        + " (rebuild with mvn package): " + e.getMessage(), e);
            }
        }
    }

    /** Okapi's {@code defaultSegmentation.srx}, parsed by Okapi (slow: only the build and tests need it). */
    public static SRXDocument okapiDocument() {
        SRXDocument srx = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            if (in == null) throw new IllegalStateException("Okapi's defaultSegmentation.srx is not on the classpath");
            srx.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return srx;
    }

    /** The parts of an SRX document the splitter uses, every language map and rule set (inactive rules too). */
    public static SrxRules of(SRXDocument srx) {
        List<LanguageMapping> maps = new ArrayList<>();
        Map<String, List<Rule>> sets = new LinkedHashMap<>();
        for (LanguageMap map : srx.getAllLanguagesMaps()) {
            maps.add(new LanguageMapping(map.getPattern(), map.getRuleName()));
            sets.computeIfAbsent(map.getRuleName(), name -> copies(srx.getLanguageRules(name)));
        }
        return new SrxRules(srx.cascade(), srx.useIcu4JBreakRules(), maps, new ArrayList<>(sets.keySet()), sets,
                new byte[0], Map.of());
    }

    private static List<Rule> copies(List<Rule> rules) {
        List<Rule> out = new ArrayList<>();
        if (rules != null) {
            for (Rule r : rules) {
                out.add(rule(r.getBefore(), r.getAfter(), r.isBreak(), r.isActive(), r.getComment()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The active rules the document applies to a language (BCP 47 code such as {@code en}), in order: those of
     * the first map whose pattern matches the code, then, when the document cascades, those of every later
     * matching map (Okapi's {@code SRXDocument.compileLanguageRules}).
     */
    public List<Rule> rulesFor(String language) {
        List<Rule> rules = new ArrayList<>();
        for (LanguageMapping map : maps) {
            if (!Pattern.compile(map.pattern()).matcher(language).matches()) continue;
            for (Rule rule : ruleSet(map.ruleName())) if (rule.isActive()) rules.add(rule);
            if (!cascade) break;
        }
        return rules;
    }

    public boolean useIcu() {
        return useIcu;
    }

    public boolean cascade() {
        return cascade;
    }

    public List<LanguageMapping> mappings() {
        return maps;
    }

    /** The rules of one rule set, in document order (inactive ones too), or an empty list. */
    public synchronized List<Rule> ruleSet(String name) {
        List<Rule> rules = ruleSets.get(name);
        if (rules == null) {
            int[] range = encodedSets.get(name);
            if (range == null) return List.of();
            try {
                rules = readRules(new DataInputStream(new ByteArrayInputStream(encoded, range[0], range[1])));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule set " + name + " of the compiled sentence rules "
                        + COMPILED + " (rebuild with mvn package): " + e.getMessage(), e);
            }
            ruleSets.put(name, rules);
        }
        return rules;
    }

    /** The names of the rule sets decoded so far (for tests: a run decodes only what its language maps to). */
    synchronized List<String> decodedSetNames() {
        return List.copyOf(ruleSets.keySet());
    }

    /** Writes the binary form {@link #read} reads (the same rules always give the same bytes). */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeBoolean(cascade);
        data.writeBoolean(useIcu);
        data.writeInt(maps.size());
        for (LanguageMapping map : maps) {
            data.writeUTF(map.pattern());
            data.writeUTF(map.ruleName());
        }
        // the sets, each encoded apart so that the index can say where it lies in the body after it
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream bodyData = new DataOutputStream(body);
        data.writeInt(setNames.size());
        for (String name : setNames) {
            int start = body.size();
            List<Rule> rules = ruleSet(name);
            bodyData.writeInt(rules.size());
            for (Rule rule : rules) {
                bodyData.writeBoolean(rule.isBreak());
                bodyData.writeBoolean(rule.isActive());
                writeNullable(bodyData, rule.getBefore());
                writeNullable(bodyData, rule.getAfter());
                writeNullable(bodyData, rule.getComment());
            }
            bodyData.flush();
            data.writeUTF(name);
            data.writeInt(start);
            data.writeInt(body.size() - start);
        }
        body.writeTo(data);
        data.flush();
    }

    /** Reads what {@link #write} wrote: the maps and the index at once, a rule set when it is first asked for. */
    public static SrxRules read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        ByteArrayInputStream buffer = new ByteArrayInputStream(bytes);
        DataInputStream data = new DataInputStream(buffer);
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not compiled sentence rules of this version");
        }
        boolean cascade = data.readBoolean();
        boolean useIcu = data.readBoolean();
        int mapCount = data.readInt();
        List<LanguageMapping> maps = new ArrayList<>(mapCount);
        for (int i = 0; i < mapCount; i++) maps.add(new LanguageMapping(data.readUTF(), data.readUTF()));
        int setCount = data.readInt();
        List<String> names = new ArrayList<>(setCount);
        Map<String, int[]> ranges = new HashMap<>();
        for (int i = 0; i < setCount; i++) {
            String name = data.readUTF();
            names.add(name);
            ranges.put(name, new int[]{data.readInt(), data.readInt()});
        }
        int bodyStart = bytes.length - buffer.available();
        for (int[] range : ranges.values()) {
            range[0] += bodyStart;
            if (range[0] < bodyStart || range[1] < 0 || range[0] + range[1] > bytes.length) {
                throw new IOException("compiled sentence rules: a rule set's offset lies outside the file");
            }
        }
        return new SrxRules(cascade, useIcu, maps, names, new HashMap<>(), bytes, ranges);
    }

    private static List<Rule> readRules(DataInputStream data) throws IOException {
        int ruleCount = data.readInt();
        List<Rule> rules = new ArrayList<>(ruleCount);
        for (int r = 0; r < ruleCount; r++) {
            boolean isBreak = data.readBoolean();
            boolean active = data.readBoolean();
            rules.add(rule(readNullable(data), readNullable(data), isBreak, active, readNullable(data)));
        }
        return List.copyOf(rules);
    }

    private static Rule rule(String before, String after, boolean isBreak, boolean active, String comment) {
        Rule rule = new Rule(before, after, isBreak);
        rule.setActive(active);
        rule.setComment(comment);
        return rule;
    }

    private static void writeNullable(DataOutputStream data, String s) throws IOException {
        data.writeBoolean(s != null);
        if (s != null) data.writeUTF(s); // modified UTF-8, at most 65,535 bytes: far above any SRX pattern
    }

    private static String readNullable(DataInputStream data) throws IOException {
        return data.readBoolean() ? data.readUTF() : null;
    }
}
