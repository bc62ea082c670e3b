package net.wpxliff.merge;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.HtmlSpace;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.unit.VisibleText;
import net.wpxliff.xliff.InlineToken;
import net.wpxliff.xliff.ReturnedUnit;
import net.wpxliff.xliff.Untrusted;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one returned unit against the unit re-extracted from the embedded source and builds the
 * translated {@link Fragment}. Fail-closed: every code of the source must appear in the target exactly
 * once, with the same role (opening, closing, standalone), properly nested; no code may be added. The
 * order may change. Codes in the result are the source's own, so their markup comes from the source.
 */
final class TargetResolver {
    private final boolean allowMissing;
    private TextUnit canonicalFor;
    private List<String> canonical;
    private TextUnit tokensFor;
    private List<InlineToken> sourceTokens;
    /** Set by {@link #assemble}: a sentence had no translation and kept its source (--allow-missing). */
    private boolean sentencesMissing;
    /** Set by {@link #assemble}: the marks of sentences with text whose translation is their source, in source order. */
    private List<String> sentencesAsSource = List.of();

    TargetResolver(boolean allowMissing) {
        this.allowMissing = allowMissing;
    }

    /**
     * Outcome for one unit: the target to use (null on error), whether the source was kept for lack of a
     * translation, whether the target is the source itself (then merge copies the source bytes), and the source's
     * sentence marks ({@code mid}) a target marked by sentence left out (merged into another's, or lost).
     */
    record Resolved(Fragment target, boolean missing, boolean unchanged, List<String> marksLeftOut,
                    List<String> sentencesAsSource) {
        Resolved(Fragment target, boolean missing, boolean unchanged) {
            this(target, missing, unchanged, List.of(), List.of());
        }
    }

    Resolved resolve(TextUnit unit, ReturnedUnit returned, List<Problem> problems) {
        int line = returned == null ? -1 : returned.line();
        if (returned != null) checkSource(unit, returned, problems);
        if (returned == null || !returned.hasTarget()) {
            if (allowMissing) return new Resolved(unit.source(), true, true);
            problems.add(new Problem(unit.id(), line, (returned == null ? "unit is missing from the file" : "no translation (missing or empty <target>)")
                    + "; translate it, or merge with --allow-missing to keep the source text"));
            return new Resolved(null, false, false);
        }
        int before = problems.size();
        List<InlineToken> tokens = assemble(unit, returned, problems);
        if (problems.size() > before) return new Resolved(null, false, false);
        int targetLine = returned.target().isEmpty() ? line : returned.target().get(0).line();
        refuseControls(unit, tokens, targetLine, problems);
        Fragment target = build(unit, tokens, targetLine, problems);
        if (problems.size() > before) return new Resolved(null, false, false);
        boolean unchanged = UnitContent.sameContent(tokens, sourceTokens(unit))
                || UnitContent.canonical(tokens, unit.preserveSpace()).equals(canonicalSource(unit));
        return new Resolved(target, sentencesMissing, unchanged, marksLeftOut(returned),
                unchanged ? List.of() : sentencesAsSource);
    }

    private void checkSource(TextUnit unit, ReturnedUnit returned, List<Problem> problems) {
        if (returned.source() == null && returned.sourceSegments() == null) {
            problems.add(new Problem(unit.id(), returned.line(), "the unit has no <source>; it must keep the source it was exported with"));
            return;
        }
        boolean sourceDiffers = returned.source() != null && differs(unit, returned.source());
        // a <source> kept as its sentences' tokens is their content: its canonical form is theirs
        boolean segmentsDiffer = returned.sourceIsSentences() ? sourceDiffers : returned.sourceSegments() != null
                && differs(unit, flatten(returned.sourceSegments()));
        if (sourceDiffers || segmentsDiffer) {
            problems.add(new Problem(unit.id(), returned.line(), "the " + (sourceDiffers ? "<source>" : "segmented source")
                    + " differs from the source this file was exported with (edited, re-segmented, or from another"
                    + " version of the post): expected \"" + unit.source() + "\"; export the post again and"
                    + " re-translate with your translation memory"));
        }
    }

    /** Whether returned content differs from the unit's source in canonical form (exactly equal content does not). */
    private boolean differs(TextUnit unit, List<InlineToken> returned) {
        return !UnitContent.sameContent(returned, sourceTokens(unit))
                && !canonicalSource(unit).equals(UnitContent.canonical(returned, unit.preserveSpace()));
    }

    /** The unit's source as tokens, computed once per unit. */
    private List<InlineToken> sourceTokens(TextUnit unit) {
        if (tokensFor != unit) {
            tokensFor = unit;
            sourceTokens = UnitContent.tokens(unit.source());
        }
        return sourceTokens;
    }

    /** The unit's source in canonical form, computed once per unit (when the content is not simply equal). */
    private List<String> canonicalSource(TextUnit unit) {
        if (canonicalFor != unit) {
            canonicalFor = unit;
            canonical = UnitContent.canonical(sourceTokens(unit), unit.preserveSpace());
        }
        return canonical;
    }

    private static List<InlineToken> flatten(List<ReturnedUnit.TargetSegment> segments) {
        List<InlineToken> all = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : segments) all.addAll(s.tokens());
        return all;
    }

    /**
     * The target as one token list. A target segmented like the file's source is joined, in its own order, with the
     * source's own text between sentences (and, with --allow-missing, an empty sentence takes its source);
     * any other shape (unsegmented, sentences merged or split by the translator) is taken as it is. A target whose
     * sentences all carry the source's marks ({@code mid}) may leave some out (sentences the translator merged into
     * another's: taken as it is, and the marks left out are noted, since the text may as well be lost), but never
     * holds one twice or one the source lacks (text gained or duplicated: a problem).
     */
    private List<InlineToken> assemble(TextUnit unit, ReturnedUnit returned, List<Problem> problems) {
        sentencesMissing = false;
        sentencesAsSource = List.of();
        List<ReturnedUnit.TargetSegment> segments = returned.target();
        Map<String, ReturnedUnit.TargetSegment> byMid = new HashMap<>();
        for (ReturnedUnit.TargetSegment s : segments) if (s.mid() != null) byMid.put(s.mid(), s);
        List<ReturnedUnit.TargetSegment> source = returned.sourceSegments();
        List<String> sourceMids = new ArrayList<>();
        if (source != null) for (ReturnedUnit.TargetSegment s : source) if (s.mid() != null) sourceMids.add(s.mid());
        boolean sameSegmentation = source != null && segments.stream().allMatch(s -> s.mid() != null)
                && byMid.size() == segments.size() && new HashSet<>(sourceMids).equals(byMid.keySet())
                && sourceMids.size() == byMid.size();
        // the marked sentences are checked also when text or codes lie outside the marks (QA: a duplicated sentence then
        // passed unseen)
        if (!sameSegmentation && !sourceMids.isEmpty() && segments.stream().anyMatch(s -> s.mid() != null)) {
            int before = problems.size();
            Set<String> marks = new HashSet<>(sourceMids);
            Set<String> seen = new HashSet<>();
            for (ReturnedUnit.TargetSegment s : segments) {
                if (s.mid() == null) continue;
                if (!marks.contains(s.mid())) {
                    problems.add(new Problem(unit.id(), s.line(), "the target has a sentence " + Untrusted.shown(s.mid()) + ", which the"
                            + " source does not have (its sentences: " + String.join(", ", sourceMids.stream().map(Untrusted::shown).toList())
                            + "): put its text in the sentence it translates, and remove that <mrk mid=\""
                            + Untrusted.shown(s.mid()) + "\">"));
                } else if (!seen.add(s.mid())) {
                    problems.add(new Problem(unit.id(), s.line(), "sentence " + Untrusted.shown(s.mid()) + " is translated twice: keep one"));
                }
            }
            if (problems.size() > before) return flatten(segments);
        }

        List<InlineToken> tokens = new ArrayList<>();
        if (!sameSegmentation) {
            for (ReturnedUnit.TargetSegment s : segments) {
                if (!tokens.isEmpty()) tokens.add(InlineToken.text(" ", s.line()));
                tokens.addAll(s.tokens());
            }
            return tokens;
        }
        // The text between sentences is the file's own, which checkSource compared with the source. The sentences come
        // in the target's order: a translator who put the second sentence first meant it so (as Okapi merges).
        Map<String, ReturnedUnit.TargetSegment> sourceByMid = new HashMap<>();
        for (ReturnedUnit.TargetSegment piece : source) if (piece.mid() != null) sourceByMid.put(piece.mid(), piece);
        int next = 0;
        for (ReturnedUnit.TargetSegment piece : source) {
            if (piece.mid() == null) {
                tokens.addAll(piece.tokens());
                continue;
            }
            ReturnedUnit.TargetSegment found = segments.get(next++);
            if (isBlank(found.tokens()) && !allowMissing && translatesOthers(segments, found)) {
                // a sentence the translator merged into another's, its mark left empty (as Trados and memoQ leave it
                // when segments are joined): taken as a mark left out, warned about (QA: refused, while the same
                // target without the empty mark only warned)
                continue;
            }
            if (isBlank(found.tokens())) {
                if (!allowMissing) {
                    problems.add(new Problem(unit.id(), found.line(), "sentence " + Untrusted.shown(found.mid()) + " has no translation;"
                            + " translate it, or merge with --allow-missing to keep its source text"));
                }
                sentencesMissing = true;
                tokens.addAll(sourceByMid.get(found.mid()).tokens());
            } else {
                tokens.addAll(found.tokens());
                ReturnedUnit.TargetSegment own = sourceByMid.get(found.mid());
                if (!found.confirmed() && sameText(found.tokens(), own.tokens(), unit.preserveSpace())) {
                    // still the English (a CAT tool's copied source the memory filled only around): said, not refused;
                    // one the file marks as settled was kept so on purpose
                    if (sentencesAsSource.isEmpty()) sentencesAsSource = new ArrayList<>();
                    sentencesAsSource.add(found.mid());
                }
            }
        }
        if (sentencesAsSource.size() > 1) sentencesAsSource.sort(java.util.Comparator.comparingInt(sourceMids::indexOf));
        return tokens;
    }

    /** Whether a sentence's translation is its source sentence (same content), which has text a translator translates. */
    private static boolean sameText(List<InlineToken> translated, List<InlineToken> source, boolean preserveSpace) {
        if (!UnitContent.sameContent(translated, source)) {
            // nearly every translated sentence: its words differ, told without building the canonical forms (a canonical
            // form only collapses white space, so equal forms have equal text once white space is left out)
            if (!textWithoutSpace(translated).equals(textWithoutSpace(source))) return false;
            if (!UnitContent.canonical(translated, preserveSpace).equals(UnitContent.canonical(source, preserveSpace))) {
                return false;
            }
        }
        StringBuilder text = new StringBuilder();
        for (InlineToken token : source) if (token.kind() == InlineToken.Kind.TEXT) text.append(token.value());
        return UntranslatedUnits.hasText(text.toString());
    }

    private static String textWithoutSpace(List<InlineToken> tokens) {
        StringBuilder text = new StringBuilder();
        for (InlineToken token : tokens) {
            if (token.kind() != InlineToken.Kind.TEXT) continue;
            String value = token.value();
            for (int i = 0; i < value.length(); i++) if (!Character.isWhitespace(value.charAt(i))) text.append(value.charAt(i));
        }
        return text.toString();
    }

    /** Whether another sentence of the target than {@code sentence} has a translation. */
    private static boolean translatesOthers(List<ReturnedUnit.TargetSegment> segments, ReturnedUnit.TargetSegment sentence) {
        for (ReturnedUnit.TargetSegment s : segments) if (s != sentence && !isBlank(s.tokens())) return true;
        return false;
    }

    /**
     * Whether a target marked by sentence gives every sentence of the source once, but in another order (merged in its
     * own order: {@link #assemble}).
     */
    static boolean reordered(ReturnedUnit returned) {
        List<String> targetMids = targetMarks(returned);
        if (targetMids == null) return false;
        List<String> sourceMids = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : returned.sourceSegments()) if (s.mid() != null) sourceMids.add(s.mid());
        return !targetMids.equals(sourceMids) && targetMids.size() == sourceMids.size()
                && new HashSet<>(targetMids).equals(new HashSet<>(sourceMids));
    }

    /**
     * The source's sentence marks ({@code mid}, in order) that a target whose sentences all carry marks leaves out
     * (sentences the translator merged into another's, or lost); empty for any other target.
     */
    static List<String> marksLeftOut(ReturnedUnit returned) {
        if (returned.sourceSegments() == null || returned.target() == null) return List.of();
        // a target partly marked counts too: its text outside the marks may hold them, or not (QA: unseen before)
        List<String> targetMids = new ArrayList<>();
        boolean translated = false;
        for (ReturnedUnit.TargetSegment s : returned.target()) translated |= !isBlank(s.tokens());
        for (ReturnedUnit.TargetSegment s : returned.target()) {
            // an empty mark beside translated ones is a sentence merged into another's, as a mark left out
            if (s.mid() != null && (!translated || !isBlank(s.tokens()))) targetMids.add(s.mid());
        }
        if (targetMids.isEmpty()) return List.of();
        Set<String> marks = new HashSet<>(targetMids);
        List<String> leftOut = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : returned.sourceSegments()) {
            if (s.mid() != null && !marks.contains(s.mid())) leftOut.add(s.mid());
        }
        return leftOut;
    }

    /**
     * The sentence marks of a target marked by sentence, in its order; null when the file segments no source, has no
     * target, or a piece of the target carries no mark.
     */
    private static List<String> targetMarks(ReturnedUnit returned) {
        if (returned.sourceSegments() == null || returned.target() == null) return null;
        List<String> marks = new ArrayList<>();
        for (ReturnedUnit.TargetSegment s : returned.target()) {
            if (s.mid() == null) return null;
            marks.add(s.mid());
        }
        return marks;
    }

    /**
     * A DEL or C1 control character (U+007F to U+009F: U+009B starts a terminal escape as ESC does) in a translation
     * whose source has none: XML allows them, so the parser does not refuse them as it does C0 controls, but no text
     * needs one, and the page, the post JSON and the terminal would carry it (QA: {@code <cp hex="9B"/>} and
     * {@code &#x9B;} passed).
     */
    private void refuseControls(TextUnit unit, List<InlineToken> tokens, int line, List<Problem> problems) {
        for (InlineToken token : tokens) {
            if (token.kind() != InlineToken.Kind.TEXT) continue;
            String text = token.value();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x7F || c > 0x9F || unit.source().plainText().indexOf(c) >= 0) continue;
                problems.add(new Problem(unit.id(), line, String.format("the translation holds the control character"
                        + " U+%04X, which no text needs (a terminal escape?): remove it from the target", (int) c)));
                return;
            }
        }
    }

    private static boolean isBlank(List<InlineToken> tokens) {
        return tokens.stream().allMatch(t -> t.kind() == InlineToken.Kind.TEXT && VisibleText.isBlank(t.value()));
    }

    /** Maps tokens to the source's codes, checking each code appears once, in its role, properly nested. */
    private static Fragment build(TextUnit unit, List<InlineToken> tokens, int unitLine, List<Problem> problems) {
        if (textOnly(unit.source()) && textOnly(tokens)) { // most units: nothing to map or check
            List<Part> parts = new ArrayList<>(tokens.size());
            for (InlineToken token : tokens) parts.add(new Text(token.value()));
            Fragment target = Fragment.of(parts);
            return unit.preserveSpace() ? target : collapseSpace(target);
        }
        Map<String, Code> opening = new HashMap<>(), closing = new HashMap<>(), standalone = new HashMap<>();
        for (Code c : unit.source().codes()) {
            String id = Integer.toString(c.id());
            switch (c.kind()) {
                case OPENING -> opening.put(id, c);
                case CLOSING -> closing.put(id, c);
                case STANDALONE -> standalone.put(id, c);
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        Map<String, InlineToken> opened = new HashMap<>(); // to name an open code as the file writes it
        List<Part> parts = new ArrayList<>();
        for (InlineToken token : tokens) {
            if (token.kind() == InlineToken.Kind.TEXT) {
                parts.add(new Text(token.value()));
                continue;
            }
            String id = token.value();
            Map<String, Code> role = switch (token.kind()) {
                case OPEN -> opening;
                case CLOSE -> closing;
                default -> standalone;
            };
            Code code = id == null ? null : role.get(id);
            if (code == null) {
                problems.add(new Problem(unit.id(), token.line(), unknownCode(token, opening, closing, standalone)));
                continue;
            }
            if (!seen.add(token.kind() + ":" + id)) {
                problems.add(new Problem(unit.id(), token.line(), "code " + token.describe()
                        + " appears more than once; each code of the source must appear exactly once"));
                continue;
            }
            if (token.kind() == InlineToken.Kind.OPEN) {
                open.push(id);
                opened.put(id, token);
            } else if (token.kind() == InlineToken.Kind.CLOSE) {
                if (open.isEmpty() || !open.peek().equals(id)) {
                    problems.add(new Problem(unit.id(), token.line(), "code " + token.describe() + " is mis-nested"
                            + (open.isEmpty() ? " (closed before it is opened)" : " (" + opened.get(open.peek()).describe()
                            + " must close first)")
                            + "; keep paired codes properly nested"));
                    open.remove(id);
                    continue;
                }
                open.pop();
            }
            parts.add(code);
        }
        for (Code c : unit.source().codes()) {
            if (seen.contains(key(c))) continue;
            boolean wholePairMissing = c.kind() != Code.Kind.STANDALONE
                    && !seen.contains((c.kind() == Code.Kind.OPENING ? "CLOSE:" : "OPEN:") + c.id());
            if (c.kind() == Code.Kind.CLOSING && wholePairMissing) continue; // reported with its opening half
            String what = wholePairMissing ? "the paired code <g id=\"" + c.id() + "\">…</g> (" + c.type() + ")" : "code " + describe(c);
            problems.add(new Problem(unit.id(), unitLine, "the target lacks " + what
                    + "; every code of the source must appear in the target once (its order may change)"));
        }
        Fragment target = Fragment.of(parts);
        return unit.preserveSpace() ? target : collapseSpace(target);
    }

    private static boolean textOnly(Fragment fragment) {
        for (Part part : fragment.parts()) if (part instanceof Code) return false;
        return true;
    }

    private static boolean textOnly(List<InlineToken> tokens) {
        for (InlineToken token : tokens) if (token.kind() != InlineToken.Kind.TEXT) return false;
        return true;
    }

    /** HTML text: whitespace runs (also across the pieces a tool wrote) as one space, none at the ends. */
    private static Fragment collapseSpace(Fragment fragment) {
        List<Part> parts = new ArrayList<>(fragment.parts().size());
        for (Part part : fragment.parts()) {
            parts.add(part instanceof Text t ? new Text(HtmlSpace.collapse(t.value())) : part);
        }
        if (!parts.isEmpty() && parts.get(0) instanceof Text first) parts.set(0, new Text(first.value().stripLeading()));
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof Text end) parts.set(last, new Text(end.value().stripTrailing()));
        return Fragment.of(parts);
    }

    private static String key(Code c) {
        return switch (c.kind()) {
            case OPENING -> "OPEN:" + c.id();
            case CLOSING -> "CLOSE:" + c.id();
            case STANDALONE -> "STANDALONE:" + c.id();
        };
    }

    private static String unknownCode(InlineToken token, Map<String, Code> opening, Map<String, Code> closing,
                                      Map<String, Code> standalone) {
        String id = token.value();
        boolean known = opening.containsKey(id) || closing.containsKey(id) || standalone.containsKey(id);
        if (!known) {
            return "code " + token.describe() + " is not in the source (added or renumbered code);"
                    + " remove it: a translation cannot add markup";
        }
        String role = standalone.containsKey(id) ? "a standalone code (<x id=\"" + id + "\"/>)" : "a paired code (<g id=\"" + id + "\">)";
        return "code " + token.describe() + " has the wrong role: in the source, id " + id + " is " + role;
    }

    private static String describe(Code c) {
        return switch (c.kind()) {
            case OPENING -> "<g id=\"" + c.id() + "\"> (start of " + c.type() + ")";
            case CLOSING -> "</g> of id " + c.id() + " (end of " + c.type() + ")";
            case STANDALONE -> "<x id=\"" + c.id() + "\"/> (" + c.type() + ")";
        };
    }
}
