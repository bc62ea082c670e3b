package net.wpxliff.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Random strings that match an SRX rule's pattern: abbreviations, initials, numbered items, the very shapes
 * the rules were written for, so a fuzz text can put them next to each other. Supports what the default
 * rules use (literals, escapes, classes, groups with alternatives, {@code ? * + {m,n}}, {@code \\b});
 * every character class is sampled from a pool of characters of many kinds and scripts, filtered by the
 * class itself. Returns null for what it cannot read; callers check the sample against the pattern.
 */
final class RuleSampler {
    /** Characters a class may be sampled from: Latin with accents, other scripts, digits, spaces, punctuation. */
    static final String POOL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "éèàçñüöäßÉÀÇÑÜÖÄøØåÅæÆłŁšŠčČžŽăĂțȚ"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯіїєґІЇЄҐ"
            + "αβγδεΑΒΓΔΕ" + "אבג" + "ابت" + "日本語中文한국어" + "ⅠⅡⅢ"
            + " \t\n\u00A0\u2009\u3000"
            + ".,;:!?…'\"«»‘’“”‹›()[]{}<>-–—/\\@#%&*+=_|~^$©®¹²³°" + "。、！？「」『』（）";

    /** Compiled atoms and rules, shared: sampling compiles each once. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, int[]> CHOICES = new ConcurrentHashMap<>();
    private final Random random;

    RuleSampler(Random random) {
        this.random = random;
    }

    /** A string the regex matches (checked), or null. */
    String sample(String regex) {
        StringBuilder out = new StringBuilder();
        try {
            if (sequence(regex, 0, out) != regex.length()) return null;
        } catch (RuntimeException e) {
            return null;
        }
        String s = out.toString();
        return compiled(regex).matcher(s).matches() ? s : null;
    }

    /** Samples a sequence of alternatives starting at i; returns the index after it (at ')' or the end). */
    private int sequence(String re, int i, StringBuilder out) {
        List<Integer> bars = new ArrayList<>();
        int end = scanAlternatives(re, i, bars);
        int choice = random.nextInt(bars.size() + 1);
        int from = choice == 0 ? i : bars.get(choice - 1) + 1;
        int to = choice == bars.size() ? end : bars.get(choice);
        int p = from;
        while (p < to) p = atomWithQuantifier(re, p, out);
        return end;
    }

    /** Index of the end of the current group level, collecting the top-level '|' positions. */
    private static int scanAlternatives(String re, int i, List<Integer> bars) {
        int depth = 0;
        for (int p = i; p < re.length(); p++) {
            char c = re.charAt(p);
            if (c == '\\') {
                p++;
            } else if (c == '[') {
                p = classEnd(re, p) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) return p;
                depth--;
            } else if (c == '|' && depth == 0) {
                bars.add(p);
            }
        }
        return re.length();
    }

    private int atomWithQuantifier(String re, int i, StringBuilder out) {
        int atomEnd;
        String atom = null;
        boolean group = false;
        char c = re.charAt(i);
        if (c == '(') {
            group = true;
            int close = matchingParen(re, i);
            atomEnd = close + 1;
        } else if (c == '[') {
            atomEnd = classEnd(re, i);
            atom = re.substring(i, atomEnd);
        } else if (c == '\\') {
            char d = re.charAt(i + 1);
            atomEnd = i + 2;
            if ((d == 'p' || d == 'P') && re.charAt(i + 2) == '{') atomEnd = re.indexOf('}', i) + 1;
            if (d == 'u') atomEnd = i + 6;
            if (d == 'b' || d == 'B') return atomEnd; // zero-width: the check afterwards decides
            atom = re.substring(i, atomEnd);
        } else if (c == '^' || c == '$') {
            return i + 1;
        } else {
            atomEnd = i + 1;
            atom = c == '.' ? "." : Pattern.quote(String.valueOf(c));
        }
        int min = 1, max = 1, next = atomEnd;
        if (next < re.length()) {
            char q = re.charAt(next);
            if (q == '?') { min = 0; next++; }
            else if (q == '*') { min = 0; max = 3; next++; }
            else if (q == '+') { max = 3; next++; }
            else if (q == '{') {
                int close = re.indexOf('}', next);
                String[] bounds = re.substring(next + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 2 : Integer.parseInt(bounds[1]);
                next = close + 1;
            }
            if (next < re.length() && (re.charAt(next) == '?' || re.charAt(next) == '+') && re.charAt(next - 1) != '(') next++;
        }
        int count = min + (max > min ? random.nextInt(max - min + 1) : 0);
        for (int k = 0; k < count; k++) {
            if (group) {
                int bodyStart = re.startsWith("(?:", i) ? i + 3 : i + 1;
                if (re.charAt(bodyStart) == '?') throw new IllegalArgumentException("lookaround");
                sequence(re, bodyStart, out);
            } else {
                out.appendCodePoint(sampleChar(atom));
            }
        }
        return next;
    }

    private int sampleChar(String atom) {
        int[] choices = CHOICES.computeIfAbsent(atom, RuleSampler::choices);
        if (choices.length == 0) throw new IllegalArgumentException("no character for " + atom);
        return choices[random.nextInt(choices.length)];
    }

    /** The pool's characters the atom matches, or else the first few in U+0001..U+2FFF. */
    private static int[] choices(String atom) {
        Pattern p = compiled(atom);
        int[] inPool = POOL.codePoints().distinct().filter(c -> p.matcher(new String(Character.toChars(c))).matches()).toArray();
        if (inPool.length > 0) return inPool;
        return java.util.stream.IntStream.range(1, 0x3000).filter(c -> p.matcher(String.valueOf((char) c)).matches()).limit(8).toArray();
    }

    private static Pattern compiled(String regex) {
        return COMPILED.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.UNICODE_CHARACTER_CLASS));
    }

    private static int matchingParen(String re, int open) {
        int depth = 0;
        for (int p = open; p < re.length(); p++) {
            char c = re.charAt(p);
            if (c == '\\') p++;
            else if (c == '[') p = classEnd(re, p) - 1;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return p;
        }
        throw new IllegalArgumentException("unbalanced");
    }

    private static int classEnd(String re, int open) {
        int depth = 0;
        for (int p = open; p < re.length(); p++) {
            char c = re.charAt(p);
            if (c == '\\') p++;
            else if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return p + 1;
        }
        throw new IllegalArgumentException("unclosed class");
    }
}
