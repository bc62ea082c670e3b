package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parser's error in plain words: what is wrong and where, never the parser's own names (its features and
 * settings, {@code StreamReadConstraints.getMaxNestingDepth()}, mean nothing to whoever has to fix the file).
 */
public final class JsonErrors {
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A location the parser writes into its message ({@code [Source: REDACTED …; line: 1, column: 7]}). */
    private static final Pattern LOCATION = Pattern.compile("\\[Source: .*?line: (\\d+), column: (\\d+)]");
    /** What the parser adds about its own settings: {@code : enable `JsonReadFeature.…` to allow}, {@code (… Feature …)}. */
    private static final Pattern LIBRARY = Pattern.compile(":? *enable `[^`]*` to allow| *\\([^()]*Feature[^()]*\\)");

    private JsonErrors() {
    }

    /** Where the error is: its own location, else (a limit, which comes without one) where the parser stopped. */
    static String where(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The member a duplicate-member error names, or null when the error is another. */
    static String duplicateMember(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field ")) return null;
        Matcher name = QUOTED.matcher(message);
        return name.find() ? name.group(1) : "";
    }

    /** What is wrong, in words ({@code nested more than 200 levels deep}). */
    public static String what(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String limit = limit(message);
            if (message.contains("nesting depth")) {
                return "objects and arrays nested more than " + limit + " levels deep, where a WordPress post has a few";
            }
            if (message.contains("Number value length")) return "a number of more than " + limit + " digits";
            if (message.contains("String value length")) return "a string of more than " + limit + " characters";
            if (message.contains("Name length")) return "a member name of more than " + limit + " characters";
            return "more than the reader's limit of " + limit;
        }
        if (message.startsWith("Non-standard token ")) {
            return quoted(message) + " is not a JSON value (JSON has no NaN or Infinity): write a number or null";
        }
        if (message.contains("maybe a (non-standard) comment?")) return "a comment, which JSON does not allow: remove it";
        if (message.contains("CTRL-CHAR") && message.contains("string value")) {
            return "a control character inside a string, which JSON allows only as an escape (\\n, \\t, \\u0001)";
        }
        if (message.contains("plus signs")) return "a number with a plus sign, which JSON does not allow: remove the +";
        Matcher located = LOCATION.matcher(LIBRARY.matcher(message).replaceAll(""));
        return located.replaceAll("line $1, column $2");
    }

    private static String limit(String message) {
        Matcher m = LIMIT.matcher(message);
        return m.find() ? m.group(1) : "?";
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : "the value";
    }
}
