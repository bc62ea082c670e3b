package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into the tokens the similarity score compares: words (letters, digits and marks, with an
 * apostrophe or hyphen between letters and a point or comma between digits kept inside: {@code don't},
 * {@code e-mail}, {@code 38,210}, {@code 1.5}), single ideographs, single punctuation marks or symbols, and one
 * token per inline code named by its kind and type. Whitespace only separates tokens.
 */
final class SimilarityTokens {
    /** Weights of the token classes; they are the edit costs (see {@link Similarity}). */
    static final int WORD = 4;
    static final int PUNCTUATION = 2;
    static final int CODE = 1;
    static final int CASE_ONLY = 1;

    /** One token: its exact text, its lower-case form, its weight. */
    record Token(String text, String lower, int weight) {
    }

    private SimilarityTokens() {
    }

    static List<Token> of(TmText sentence) {
        List<Token> tokens = new ArrayList<>();
        for (TmText.Part part : sentence.parts()) {
            if (part instanceof TmText.Plain plain) {
                words(plain.text(), tokens);
            } else if (part instanceof TmText.Tag tag) {
                String name = codeName(tag);
                tokens.add(new Token(name, name, CODE));
            }
        }
        return tokens;
    }

    /** A code as a token and in the canonical key: a control character no XML text can hold, kind, type. */
    static String codeName(TmText.Tag tag) {
        return "\u0001" + tag.kind().name().charAt(0) + tag.type() + "\u0002";
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void words(String text, List<Token> tokens) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isSpace(c)) {
                i += Character.charCount(c);
            } else if (Character.isIdeographic(c)) {
                int end = i + Character.charCount(c);
                add(text.substring(i, end), WORD, tokens);
                i = end;
            } else if (isWordChar(c)) {
                int end = wordEnd(text, i);
                add(text.substring(i, end), WORD, tokens);
                i = end;
            } else {
                int end = i + Character.charCount(c);
                add(text.substring(i, end), PUNCTUATION, tokens);
                i = end;
            }
        }
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        int previous = -1;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isWordChar(c) && !Character.isIdeographic(c)) {
                previous = c;
                i += Character.charCount(c);
                continue;
            }
            int next = i + 1 < text.length() ? text.codePointAt(i + 1) : -1;
            boolean joinsLetters = (c == '\'' || c == '\u2019' || c == '-') && isWordChar(next)
                    && !Character.isIdeographic(next);
            boolean joinsDigits = (c == '.' || c == ',') && Character.isDigit(previous) && next >= 0
                    && Character.isDigit(next);
            if (!joinsLetters && !joinsDigits) break;
            i += 1;
        }
        return i;
    }

    private static boolean isWordChar(int c) {
        if (c < 0) return false;
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static void add(String text, int weight, List<Token> tokens) {
        tokens.add(new Token(text, text.toLowerCase(Locale.ROOT), weight));
    }
}
