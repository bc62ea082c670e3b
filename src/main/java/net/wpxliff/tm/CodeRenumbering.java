package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a memory's translation onto a new source's codes. The memory's source and the new source each have
 * code units (a pair, a standalone code, or an unpaired opening or closing code); units of the same shape and
 * type are mapped one to one, in order, or, between sources whose words differ, by their markup when every unit of
 * that shape and type has a distinct markup found on both sides (so two links that moved with their words keep their
 * own translation). Between identical sources ({@link #renumberInPlace}: the same words, with codes of the same kinds
 * and types in the same places) they map in order only: a code wraps the same words in both, whatever its markup now
 * says (an editor who swapped two links' targets wants the Korean words to take the new targets). Each code of the
 * translation then takes the id, type and markup of the new source's code it maps to.
 *
 * <p>The mapping fails, and the match must not pre-fill a target, when the two sources do not have the same
 * number of units of each shape and type, when the translation does not hold every code of its own source
 * exactly once (a merge would refuse it), or when a translation's code has another type or markup than its source's
 * code of the same kind and number (the memory's numbers disagree).
 *
 * <p>Export asks this of every identical or close memory sentence, so it works on small arrays and lists (a sentence
 * holds few codes) rather than maps and sets.
 */
final class CodeRenumbering {
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

    /** A code unit: a pair's two tags, or one tag (closing null), as places in its sentence's tags. */
    private record Unit(Shape shape, String type, int first, int closing) {
        boolean sameGroup(Unit other) {
            return shape == other.shape && type.equals(other.type);
        }

        /** Order of groups (shape name, then type), as the messages name the first that does not map. */
        int compareGroup(Unit other) {
            int c = shape.name().compareTo(other.shape.name());
            return c != 0 ? c : type.compareTo(other.type);
        }

        String describe() {
            return shape.name().toLowerCase().replace('_', ' ') + " " + (type.isEmpty() ? "code" : type);
        }

        boolean sameMarkup(List<TmText.Tag> tags, Unit other, List<TmText.Tag> otherTags) {
            return tags.get(first).markup().equals(otherTags.get(other.first).markup())
                    && (closing < 0 || tags.get(closing).markup().equals(otherTags.get(other.closing).markup()));
        }
    }

    public static Result renumber(TmText memorySource, TmText memoryTarget, TmText newSource) {
        return renumber(memorySource, memoryTarget, newSource, false);
    }

    /**
     * As {@link #renumber}, for sources identical in canonical form ({@link Similarity#canonical}: the same words and
     * the same kinds and types of codes in the same places): codes map by place only, never by markup.
     */
    public static Result renumberInPlace(TmText memorySource, TmText memoryTarget, TmText newSource) {
        return renumber(memorySource, memoryTarget, newSource, true);
    }

    private static Result renumber(TmText memorySource, TmText memoryTarget, TmText newSource, boolean inPlace) {
        // No code anywhere (most sentences): the translation as it is, as the general path below would give it.
        if (!hasTags(memorySource) && !hasTags(memoryTarget) && !hasTags(newSource)) {
            return new Result(Optional.of(memoryTarget), "");
        }
        List<TmText.Tag> oldTags = memorySource.tags();
        List<TmText.Tag> newTags = newSource.tags();
        boolean same = oldTags.equals(newTags);
        String twice = repeated(oldTags, "the memory's source");
        if (twice == null && !same) twice = repeated(newTags, "the new source"); // (the same list: the same answer)
        if (twice != null) return Result.failed(twice);
        // The same codes on both sides (kind, id, type and markup, in order; a context match's usual case): each code
        // maps to the one in its place, which the mapping below also gives.
        if (same) return rewrite(memoryTarget, oldTags, newTags);
        List<Unit> old = units(oldTags);
        List<Unit> fresh = units(newTags);
        // The first group (in the order of compareGroup) whose unit counts differ fails the mapping.
        Unit unmapped = null;
        int oldCount = 0;
        int newCount = 0;
        for (List<Unit> side : List.of(old, fresh)) {
            for (Unit unit : side) {
                int inOld = count(old, unit);
                int inNew = count(fresh, unit);
                if (inOld != inNew && (unmapped == null || unit.compareGroup(unmapped) < 0)) {
                    unmapped = unit;
                    oldCount = inOld;
                    newCount = inNew;
                }
            }
        }
        if (unmapped != null) {
            return Result.failed("the memory's source has " + oldCount + " " + unmapped.describe() + " code(s), the new source "
                    + newCount + ": they cannot be mapped one to one");
        }
        // Each group's units in order, or by markup when it tells them apart (see byMarkup).
        TmText.Tag[] mapped = new TmText.Tag[oldTags.size()];
        for (int u = 0; u < old.size(); u++) {
            Unit unit = old.get(u);
            if (firstOfGroup(old, u) != u) continue; // its group is done
            List<Unit> from = members(old, unit);
            List<Unit> to = inPlace ? members(fresh, unit) : byMarkup(from, oldTags, members(fresh, unit), newTags);
            for (int i = 0; i < from.size(); i++) {
                mapped[from.get(i).first] = newTags.get(to.get(i).first);
                if (from.get(i).closing >= 0) mapped[from.get(i).closing] = newTags.get(to.get(i).closing);
            }
        }
        return rewrite(memoryTarget, oldTags, List.of(mapped));
    }

    private static boolean hasTags(TmText text) {
        for (TmText.Part part : text.parts()) if (part instanceof TmText.Tag) return true;
        return false;
    }

    /** Why a sentence's codes cannot be mapped: the first code whose kind and id came before; null when none did. */
    private static String repeated(List<TmText.Tag> tags, String what) {
        for (int i = 1; i < tags.size(); i++) {
            if (place(tags, i, tags.get(i)) < i) return what + " has " + describe(tags.get(i)) + " twice";
        }
        return null;
    }

    /**
     * The translation with each tag replaced by the code its source's tag of the same kind and id maps to
     * ({@code mapped}, by place in {@code sourceTags}); each code of its source must appear exactly once.
     */
    private static Result rewrite(TmText target, List<TmText.Tag> sourceTags, List<TmText.Tag> mapped) {
        int count = sourceTags.size();
        boolean[] used = new boolean[count];
        List<TmText.Part> parts = target.parts();
        List<TmText.Part> rewritten = new ArrayList<>(parts.size());
        for (TmText.Part part : parts) {
            if (!(part instanceof TmText.Tag tag)) {
                rewritten.add(part);
                continue;
            }
            int at = place(sourceTags, count, tag);
            if (at == count) {
                return Result.failed("the memory's translation has " + describe(tag) + ", which its source lacks");
            }
            if (used[at]) return Result.failed("the memory's translation has " + describe(tag) + " twice");
            if (!sameCode(tag, sourceTags.get(at))) {
                return Result.failed("the memory's translation has " + describe(tag) + " where its source has "
                        + describe(sourceTags.get(at)) + ": the memory's codes do not agree");
            }
            used[at] = true;
            rewritten.add(mapped.get(at));
        }
        for (int i = 0; i < count; i++) {
            if (!used[i]) return Result.failed("the memory's translation lacks " + describe(sourceTags.get(i)) + " of its source");
        }
        return new Result(Optional.of(new TmText(rewritten)), "");
    }

    /**
     * Whether a translation's tag stands for the same code as its source's tag of that kind and id: the same type and
     * markup, where both sides give them. A memory whose numbers disagree (written by a tool, or a wpxliff before 2026-12,
     * that numbered a translation's tags by place, so reordered codes swapped markup) would put a link on the wrong
     * words: such a match is offered, never pre-filled.
     */
    private static boolean sameCode(TmText.Tag translated, TmText.Tag source) {
        return (translated.type().isEmpty() || source.type().isEmpty() || translated.type().equals(source.type()))
                && (translated.markup().isEmpty() || source.markup().isEmpty() || translated.markup().equals(source.markup()));
    }

    /** The first place before {@code end} of a tag with the kind and id of {@code tag} (its type and markup aside), else {@code end}. */
    private static int place(List<TmText.Tag> tags, int end, TmText.Tag tag) {
        for (int i = 0; i < end; i++) {
            TmText.Tag t = tags.get(i);
            if (t.kind() == tag.kind() && t.id() == tag.id()) return i;
        }
        return end;
    }

    private static String describe(TmText.Tag tag) {
        return tag.kind().name().toLowerCase() + " code " + tag.id() + (tag.type().isEmpty() ? "" : " (" + tag.type() + ")");
    }

    /**
     * The new units of a group in the order of the old ones: by markup when it tells them apart (every new unit's
     * markup distinct, every old unit's too and found among the new), else as they come.
     */
    private static List<Unit> byMarkup(List<Unit> from, List<TmText.Tag> oldTags, List<Unit> to, List<TmText.Tag> newTags) {
        for (int i = 0; i < to.size(); i++) {
            for (int j = 0; j < i; j++) if (to.get(i).sameMarkup(newTags, to.get(j), newTags)) return to;
        }
        List<Unit> ordered = new ArrayList<>(from.size());
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < i; j++) if (from.get(i).sameMarkup(oldTags, from.get(j), oldTags)) return to;
            Unit match = null;
            for (Unit candidate : to) {
                if (from.get(i).sameMarkup(oldTags, candidate, newTags)) match = candidate;
            }
            if (match == null) return to;
            ordered.add(match);
        }
        return ordered;
    }

    private static int count(List<Unit> units, Unit group) {
        int count = 0;
        for (Unit unit : units) if (unit.sameGroup(group)) count++;
        return count;
    }

    private static int firstOfGroup(List<Unit> units, int at) {
        for (int i = 0; i < at; i++) if (units.get(i).sameGroup(units.get(at))) return i;
        return at;
    }

    private static List<Unit> members(List<Unit> units, Unit group) {
        List<Unit> members = new ArrayList<>();
        for (Unit unit : units) if (unit.sameGroup(group)) members.add(unit);
        return members;
    }

    /** A sentence's code units in the order they start (its tags have no kind and id twice: see {@link #repeated}). */
    private static List<Unit> units(List<TmText.Tag> tags) {
        List<Unit> units = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            TmText.Tag tag = tags.get(i);
            switch (tag.kind()) {
                case STANDALONE -> units.add(new Unit(Shape.STANDALONE, tag.type(), i, -1));
                case OPEN -> units.add(new Unit(Shape.OPEN_ONLY, tag.type(), i, -1));
                case CLOSE -> {
                    int open = -1; // the opening of this id, still unpaired
                    for (int u = 0; u < units.size() && open < 0; u++) {
                        Unit unit = units.get(u);
                        if (unit.shape == Shape.OPEN_ONLY && tags.get(unit.first).id() == tag.id()) open = u;
                    }
                    if (open < 0) {
                        units.add(new Unit(Shape.CLOSE_ONLY, tag.type(), i, -1));
                    } else {
                        Unit opening = units.get(open);
                        units.set(open, new Unit(Shape.PAIR, opening.type, opening.first, i));
                    }
                }
            }
        }
        return units;
    }
}
