package net.wpxliff.tm;

/**
 * The rows of a CAT-style analysis, in the order the table prints them. A sentence counts in exactly one:
 * a context match, else a 100% (exact) match, else a repetition (the same source, text and codes, met earlier
 * in the job), else the band of its best similarity score (a 100% match whose codes cannot be mapped scores 99).
 */
enum Band {
    CONTEXT("context"),
    EXACT("100%"),
    REPETITION("repetitions"),
    FUZZY_95_99("95-99%"),
    FUZZY_85_94("85-94%"),
    FUZZY_75_84("75-84%"),
    FUZZY_50_74("50-74%"),
    NO_MATCH("no match");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    /** The row's name as the analysis prints it. */
    public String label() {
        return label;
    }

    /** The band of a best similarity score below a pre-filled match: 95–99, 85–94, 75–84, 50–74, else no match. */
    public static Band ofScore(int score) {
        if (score >= 95) return FUZZY_95_99;
        if (score >= 85) return FUZZY_85_94;
        if (score >= 75) return FUZZY_75_84;
        if (score >= 50) return FUZZY_50_74;
        return NO_MATCH;
    }

    /** A sentence's band from its match and whether its source was already met in the job. */
    public static Band of(MatchResult result, boolean repetition) {
        if (result.kind() == MatchKind.CONTEXT) return CONTEXT;
        if (result.kind() == MatchKind.EXACT) return EXACT;
        if (repetition) return REPETITION;
        return ofScore(result.bestScore());
    }
}
