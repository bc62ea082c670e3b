package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves a memory's translation onto a new source's codes. The memory's source and the new source each have
 * code units (a pair, a standalone code, or an unpaired opening or closing code); units of the same shape and
 * type are mapped one to one, in order, or by their markup when every unit of that shape and type has a
 * distinct markup found on both sides (so two swapped links keep their own translation). Each code of the
 * translation then takes the id, type and markup of the new source's code it maps to.
 *
 * <p>The mapping fails, and the match must not pre-fill a target, when the two sources do not have the same
 * number of units of each shape and type, or when the translation does not hold every code of its own source
 * exactly once (a merge would refuse it).
 */
public final class CodeRenumbering {
    private CodeRenumbering() {
    }

    /** The translation on the new source's codes, or why it cannot be. */
    public record Result(Optional<TmText> target, String problem) {
        public boolean mapped() {
            return target.isPresent();
        }

        static Result failed(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }

    private enum Shape { PAIR, STANDALONE, OPEN_ONLY, CLOSE_ONLY }

    /** A code unit: a pair's two tags, or one tag. */
    private record Unit(Shape shape, String type, TmText.Tag first, TmText.Tag closing) {
        String markup() {
            return closing == null ? first.markup() : first.markup() + "\u0000" + closing.markup();
        }

        String describe() {
            return shape.name().toLowerCase().replace('_', ' ') + " " + (type.isEmpty() ? "code" : type);
        }
    }

    private record Group(Shape shape, String type) {
    }

    public static Result renumber(TmText memorySource, TmText memoryTarget, TmText newSource) {
        // No code anywhere (most sentences): the translation as it is, as the general path below would give it.
        if (!hasTags(memorySource) && !hasTags(memoryTarget) && !hasTags(newSource)) {
            return new Result(Optional.of(memoryTarget), "");
        }
        // The same codes on both sides (kind, id, type and markup, in order; a context match's usual case): each code
        // maps to the one in its place, which the general path below also gives, without its maps and groups.
        List<TmText.Tag> oldTags = memorySource.tags();
        List<TmText.Tag> newTags = newSource.tags();
        if (oldTags.equals(newTags)) return inPlace(memoryTarget, oldTags, newTags);
        List<Unit> old;
        List<Unit> fresh;
        try {
            old = units(memorySource, "the memory's source");
            fresh = units(newSource, "the new source");
        } catch (IllegalArgumentException e) {
            return Result.failed(e.getMessage());
        }
        Map<Group, List<Unit>> oldGroups = groups(old);
        Map<Group, List<Unit>> newGroups = groups(fresh);
        Set<Group> all = new HashSet<>(oldGroups.keySet());
        all.addAll(newGroups.keySet());
        Map<TmText.Tag, TmText.Tag> tagMap = new HashMap<>();
        for (Group group : all.stream().sorted((a, b) -> (a.shape + a.type).compareTo(b.shape + b.type)).toList()) {
            List<Unit> from = oldGroups.getOrDefault(group, List.of());
            List<Unit> to = newGroups.getOrDefault(group, List.of());
            if (from.size() != to.size()) {
                String name = new Unit(group.shape, group.type, null, null).describe();
                return Result.failed("the memory's source has " + from.size() + " " + name + " code(s), the new source "
                        + to.size() + ": they cannot be mapped one to one");
            }
            List<Unit> ordered = byMarkup(from, to);
            for (int i = 0; i < from.size(); i++) {
                Unit a = from.get(i);
                Unit b = ordered.get(i);
                tagMap.put(key(a.first), b.first);
                if (a.closing != null) tagMap.put(key(a.closing), b.closing);
            }
        }
        return rewrite(memoryTarget, memorySource, tagMap);
    }

    /**
     * The translation on a new source whose codes equal its own source's ({@code oldTags}, {@code newTags}): each tag
     * takes the new source's tag in the place of its own source's tag of the same kind and id. Fails as the general
     * path does (a code twice in the source, a code the translation has twice, has but its source lacks, or lacks).
     */
    private static Result inPlace(TmText target, List<TmText.Tag> oldTags, List<TmText.Tag> newTags) {
        int count = oldTags.size();
        for (int i = 1; i < count; i++) {
            if (place(oldTags, i, oldTags.get(i)) < i) {
                return Result.failed("the memory's source has " + describe(oldTags.get(i)) + " twice");
            }
        }
        boolean[] used = new boolean[count];
        List<TmText.Part> parts = target.parts();
        List<TmText.Part> rewritten = new ArrayList<>(parts.size());
        for (TmText.Part part : parts) {
            if (!(part instanceof TmText.Tag tag)) {
                rewritten.add(part);
                continue;
            }
            int at = place(oldTags, count, tag);
            if (at == count) {
                return Result.failed("the memory's translation has " + describe(tag) + ", which its source lacks");
            }
            if (used[at]) return Result.failed("the memory's translation has " + describe(tag) + " twice");
            used[at] = true;
            rewritten.add(newTags.get(at));
        }
        for (int i = 0; i < count; i++) {
            if (!used[i]) return Result.failed("the memory's translation lacks " + describe(oldTags.get(i)) + " of its source");
        }
        return new Result(Optional.of(new TmText(rewritten)), "");
    }

    /** The first place before {@code end} of a tag with the kind and id of {@code tag}, else {@code end}. */
    private static int place(List<TmText.Tag> tags, int end, TmText.Tag tag) {
        for (int i = 0; i < end; i++) {
            TmText.Tag t = tags.get(i);
            if (t.kind() == tag.kind() && t.id() == tag.id()) return i;
        }
        return end;
    }

    private static boolean hasTags(TmText text) {
        for (TmText.Part part : text.parts()) if (part instanceof TmText.Tag) return true;
        return false;
    }

    /** The new units in the order of the old ones: by markup when it tells them apart on both sides, else as they come. */
    private static List<Unit> byMarkup(List<Unit> from, List<Unit> to) {
        Map<String, Unit> newByMarkup = new HashMap<>();
        Set<String> oldMarkups = new HashSet<>();
        for (Unit unit : to) {
            if (newByMarkup.put(unit.markup(), unit) != null) return to;
        }
        for (Unit unit : from) {
            if (!oldMarkups.add(unit.markup()) || !newByMarkup.containsKey(unit.markup())) return to;
        }
        List<Unit> ordered = new ArrayList<>();
        for (Unit unit : from) ordered.add(newByMarkup.get(unit.markup()));
        return ordered;
    }

    /** The translation's tags replaced through the map; each code of its source must appear exactly once. */
    private static Result rewrite(TmText target, TmText memorySource, Map<TmText.Tag, TmText.Tag> tagMap) {
        Set<TmText.Tag> used = new HashSet<>();
        List<TmText.Part> parts = new ArrayList<>();
        for (TmText.Part part : target.parts()) {
            if (part instanceof TmText.Tag tag) {
                TmText.Tag mapped = tagMap.get(key(tag));
                if (mapped == null) {
                    return Result.failed("the memory's translation has " + describe(tag) + ", which its source lacks");
                }
                if (!used.add(key(tag))) {
                    return Result.failed("the memory's translation has " + describe(tag) + " twice");
                }
                parts.add(mapped);
            } else {
                parts.add(part);
            }
        }
        for (TmText.Tag tag : memorySource.tags()) {
            if (!used.contains(key(tag))) {
                return Result.failed("the memory's translation lacks " + describe(tag) + " of its source");
            }
        }
        return new Result(Optional.of(new TmText(parts)), "");
    }

    /** A tag as the map knows it: kind and id (its type and markup come from the source). */
    private static TmText.Tag key(TmText.Tag tag) {
        return new TmText.Tag(tag.kind(), tag.id(), "", "");
    }

    private static String describe(TmText.Tag tag) {
        return tag.kind().name().toLowerCase() + " code " + tag.id() + (tag.type().isEmpty() ? "" : " (" + tag.type() + ")");
    }

    private static Map<Group, List<Unit>> groups(List<Unit> units) {
        Map<Group, List<Unit>> groups = new LinkedHashMap<>();
        for (Unit unit : units) groups.computeIfAbsent(new Group(unit.shape, unit.type), g -> new ArrayList<>()).add(unit);
        return groups;
    }

    /** A sentence's code units in the order they start; an id used twice for the same kind is an error. */
    private static List<Unit> units(TmText sentence, String what) {
        List<Unit> units = new ArrayList<>();
        Map<Integer, Integer> openUnitById = new HashMap<>();
        Set<TmText.Tag> seen = new HashSet<>();
        for (TmText.Tag tag : sentence.tags()) {
            if (!seen.add(key(tag))) {
                throw new IllegalArgumentException(what + " has " + describe(tag) + " twice");
            }
            switch (tag.kind()) {
                case STANDALONE -> units.add(new Unit(Shape.STANDALONE, tag.type(), tag, null));
                case OPEN -> {
                    openUnitById.put(tag.id(), units.size());
                    units.add(new Unit(Shape.OPEN_ONLY, tag.type(), tag, null));
                }
                case CLOSE -> {
                    Integer at = openUnitById.remove(tag.id());
                    if (at == null) {
                        units.add(new Unit(Shape.CLOSE_ONLY, tag.type(), tag, null));
                    } else {
                        Unit open = units.get(at);
                        units.set(at, new Unit(Shape.PAIR, open.type, open.first, tag));
                    }
                }
            }
        }
        return units;
    }
}
