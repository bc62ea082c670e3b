package net.wpxliff.tm;

/**
 * How alike two source sentences are, from 0 to 100, the way a CAT tool scores a fuzzy match, codes included.
 *
 * <p>Each sentence is cut into tokens ({@link SimilarityTokens}): a word or number weighs 4, a punctuation mark or
 * symbol 2, an inline code 1 (a code is named by its kind and type, {@code OPEN bold}, {@code STANDALONE lb}: its
 * id and markup do not count). Whitespace only separates tokens. D is the weighted edit distance between the two
 * token sequences: inserting or deleting a token costs its weight; replacing a token by a different one costs the
 * larger of the two weights, by the same word in another case 1; swapping two neighbouring tokens costs the larger
 * of their weights. W is the total weight of a sentence. Then
 *
 * <pre>
 *   score = 100                                    if both sentences are identical once whitespace runs are
 *                                                  collapsed and trimmed, codes compared by kind, type and place
 *   score = min(99, max(0, floor(100 × (max(W₁, W₂) − D) / max(W₁, W₂))))   otherwise
 * </pre>
 *
 * So one word changed in a sentence of ten words and a full stop scores floor(100 × 38 / 42) = 90; a missing bold
 * pair there floor(100 × 42 / 44) = 95; a word in another case floor(100 × 41 / 42) = 97; two neighbouring words
 * swapped 90, like one word changed. Only identical text with identical codes reaches 100.
 */
public final class Similarity {
    private Similarity() {
    }

    /** The score of two sentences, 0 to 100 (symmetric). */
    public static int score(TmText a, TmText b) {
        if (canonical(a).equals(canonical(b))) return 100;
        Vocabulary vocabulary = new Vocabulary();
        TokenSequence first = vocabulary.intern(SimilarityTokens.of(a));
        TokenSequence second = vocabulary.intern(SimilarityTokens.of(b));
        return fuzzyScore(first, second);
    }

    /** The formula's second line, for two sentences already known not to be identical. */
    static int fuzzyScore(TokenSequence a, TokenSequence b) {
        return fromDistance(TokenSequence.distance(a, b), Math.max(a.totalWeight(), b.totalWeight()));
    }

    static int fromDistance(int distance, int maxWeight) {
        if (maxWeight == 0) return 99;
        long kept = Math.max(0, maxWeight - distance);
        return (int) Math.min(99, 100 * kept / maxWeight);
    }

    /**
     * The key under which identical sentences meet: the text with whitespace runs collapsed to one space and
     * trimmed, each code written as a control character, its kind and type (never found in XML text).
     */
    public static String canonical(TmText sentence) {
        // Char by char into an array of the thread's (no StringBuilder: every lookup and candidate passes here, most
        // of them in a fresh JVM's first seconds). No whitespace lies outside the BMP, so surrogates are copied as
        // they are, as appending their code point would.
        char[] key = KEY.get();
        int length = 0;
        boolean space = false;
        for (TmText.Part part : sentence.parts()) {
            if (part instanceof TmText.Plain plain) {
                String text = plain.text();
                int n = text.length();
                if (key.length < length + n + 1) key = grown(key, length + n + 1);
                for (int i = 0; i < n; i++) {
                    char c = text.charAt(i);
                    if (c <= ' ' || c >= '\u0080' ? SimilarityTokens.isSpace(c) : false) {
                        space = true;
                        continue;
                    }
                    if (space && length > 0) key[length++] = ' ';
                    space = false;
                    key[length++] = c;
                }
            } else if (part instanceof TmText.Tag tag) {
                String type = tag.type();
                if (key.length < length + type.length() + 4) key = grown(key, length + type.length() + 4);
                if (space && length > 0) key[length++] = ' ';
                space = false;
                // SimilarityTokens.codeName, written in place
                key[length++] = '\u0001';
                key[length++] = tag.kind().name().charAt(0);
                type.getChars(0, type.length(), key, length);
                length += type.length();
                key[length++] = '\u0002';
            }
        }
        return new String(key, 0, length);
    }

    private static final ThreadLocal<char[]> KEY = ThreadLocal.withInitial(() -> new char[256]);

    private static char[] grown(char[] key, int needed) {
        char[] larger = java.util.Arrays.copyOf(key, Math.max(needed, key.length * 2));
        if (larger.length <= 1 << 16) KEY.set(larger); // a longer one is not kept
        return larger;
    }
}
