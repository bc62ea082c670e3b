package net.wpxliff.merge;

import net.wpxliff.xliff.InlineToken;
import net.wpxliff.xliff.ReturnedUnit;
import net.wpxliff.xliff.Untrusted;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a unit's codes its translation puts inside another paired code than the source does, said with the codes
 * as the file writes them ({@code <g id="2">}, {@code <pc id="2">}, {@code <bpt id="2">}, {@code <x id="5"/>}): the
 * translator finds those in the CAT tool, not the page's HTML elements the tree check compares (QA: "element
 * {@code <strong>} is nested differently" named no code).
 */
final class CodeNesting {
    private CodeNesting() {
    }

    /**
     * The codes the target nests otherwise than the file's source, as a phrase ({@code <g id="2"> is inside
     * <g id="1">, which it is not in the source}), or null when every code keeps its enclosing pair.
     */
    static String differences(ReturnedUnit unit) {
        if (unit.target() == null) return null;
        List<InlineToken> target = new ArrayList<>();
        for (ReturnedUnit.TargetSegment segment : unit.target()) target.addAll(segment.tokens());
        Map<String, InlineToken> inSource = enclosing(unit.source());
        Map<String, InlineToken> inTarget = enclosing(target);
        Map<String, InlineToken> codes = codes(target);
        List<String> said = new ArrayList<>();
        for (Map.Entry<String, InlineToken> e : inTarget.entrySet()) {
            if (!inSource.containsKey(e.getKey())) continue; // a code the source lacks is another problem, told before
            InlineToken was = inSource.get(e.getKey());
            InlineToken now = e.getValue();
            if (id(was).equals(id(now))) continue;
            String code = name(codes.get(e.getKey()));
            said.add(now == null ? code + " is outside " + name(was) + ", which it is inside in the source"
                    : was == null ? code + " is inside " + name(now) + ", which it is not in the source"
                    : code + " is inside " + name(now) + ", where the source has it inside " + name(was));
        }
        return said.isEmpty() ? null : String.join("; ", said);
    }

    /** Each opening and standalone code (by kind and id) to the opening code of the pair around it, or to null. */
    private static Map<String, InlineToken> enclosing(List<InlineToken> tokens) {
        Map<String, InlineToken> around = new LinkedHashMap<>();
        Deque<InlineToken> open = new ArrayDeque<>();
        for (InlineToken token : tokens) {
            switch (token.kind()) {
                case OPEN -> {
                    around.putIfAbsent(key(token), open.peek());
                    open.push(token);
                }
                case STANDALONE -> around.putIfAbsent(key(token), open.peek());
                case CLOSE -> open.removeIf(t -> String.valueOf(t.value()).equals(token.value()));
                default -> { }
            }
        }
        return around;
    }

    private static Map<String, InlineToken> codes(List<InlineToken> tokens) {
        Map<String, InlineToken> codes = new LinkedHashMap<>();
        for (InlineToken token : tokens) if (token.kind() != InlineToken.Kind.TEXT) codes.putIfAbsent(key(token), token);
        return codes;
    }

    private static String key(InlineToken token) {
        return token.kind() + ":" + token.value();
    }

    private static String id(InlineToken token) {
        return token == null ? "" : String.valueOf(token.value());
    }

    /** The code as the file writes it: {@code <g id="2">}, {@code <x id="5"/>}. */
    private static String name(InlineToken token) {
        return "<" + token.element() + " id=\"" + Untrusted.shown(token.value()) + "\""
                + (token.kind() == InlineToken.Kind.STANDALONE ? "/>" : ">");
    }
}
