package net.wpxliff.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the tokens of one returned unit share equal pieces: a unit's {@code <source>}, its sentences and (for
 * an untranslated or copied unit) its target mostly repeat the same text, and each read gives a String of its
 * own. On one big post the returned units are the largest part of merge's heap, so equal values (and equal
 * tokens) are kept once. Values are only shared, never changed.
 */
final class SharedTokens {
    private final Map<String, String> values = new HashMap<>();
    private final Map<InlineToken, InlineToken> tokens = new HashMap<>();

    /** The list with each token shared; the list itself when that changes none (the readers share values already). */
    List<InlineToken> share(List<InlineToken> list) {
        List<InlineToken> shared = null;
        for (int i = 0; i < list.size(); i++) {
            InlineToken token = list.get(i), same = share(token);
            if (same != token && shared == null) shared = new ArrayList<>(list.subList(0, i));
            if (shared != null) shared.add(same);
        }
        return shared == null ? list : shared;
    }

    /** The segments with ids and tokens shared; a segment that changes none is kept as it is. */
    List<ReturnedUnit.TargetSegment> shareSegments(List<ReturnedUnit.TargetSegment> segments) {
        List<ReturnedUnit.TargetSegment> shared = new ArrayList<>(segments.size());
        for (ReturnedUnit.TargetSegment s : segments) {
            String mid = s.mid() == null ? null : value(s.mid());
            List<InlineToken> tokens = share(s.tokens());
            shared.add(mid == s.mid() && tokens == s.tokens() ? s : new ReturnedUnit.TargetSegment(mid, tokens, s.line(), s.confirmed()));
        }
        return shared;
    }

    private InlineToken share(InlineToken token) {
        InlineToken same = tokens.putIfAbsent(token, token);
        if (same != null) return same;
        String value = token.value() == null ? null : value(token.value());
        if (value == token.value()) return token;
        InlineToken sharing = new InlineToken(token.kind(), value, token.element(), token.line());
        tokens.put(token, sharing);
        return sharing;
    }

    private String value(String value) {
        String same = values.putIfAbsent(value, value);
        return same == null ? value : same;
    }
}
