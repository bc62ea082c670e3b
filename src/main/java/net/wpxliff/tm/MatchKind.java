package net.wpxliff.tm;

/**
 * What a memory offers for a new sentence. CONTEXT and EXACT pre-fill the target; FUZZY is only offered
 * (alt-trans, translation candidates); NONE offers nothing.
 */
public enum MatchKind {
    /** Same source (text and codes), same post, same unit key, same neighbouring sentences. */
    CONTEXT,
    /** Same source elsewhere. */
    EXACT,
    /** A similar source (score at least {@link Matcher#FUZZY_MINIMUM}), or an identical one whose codes do not map. */
    FUZZY,
    NONE;

    public boolean prefills() {
        return this == CONTEXT || this == EXACT;
    }
}
