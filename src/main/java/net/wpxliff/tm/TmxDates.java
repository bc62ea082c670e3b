package net.wpxliff.tm;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Dates as TMX writes them ({@code 20261130T175000Z}, UTC) and as {@link TmEntry} holds them (ISO, {@code 2026-11-30T17:50:00Z}). */
final class TmxDates {
    private static final DateTimeFormatter TMX = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TmxDates() {
    }

    /**
     * The latest date a memory's entry may carry and be believed: a day after this run's clock. A later one is another
     * clock's or a damaged file's, and ranked as no date (the oldest): otherwise it would win its place over every
     * translation merged after it ({@link MatchRanking}, {@link ExportLeverage#wholeMatch}).
     */
    static final Instant LATEST_BELIEVABLE = Instant.now().plus(java.time.Duration.ofDays(1));

    static String tmx(Instant instant) {
        return TMX.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** ISO to TMX; a value that is neither is kept as it is (never invented). */
    static String toTmx(String iso) {
        if (iso == null || iso.isEmpty()) return null;
        try {
            return tmx(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return valid(iso) ? iso : null;
        }
    }

    /** TMX to ISO; null for none or a date TMX does not allow. */
    static String toIso(String tmx) {
        if (tmx == null || !valid(tmx)) return null;
        return iso(Instant.from(TMX.parse(tmx)));
    }

    static boolean valid(String tmx) {
        try {
            TMX.parse(tmx);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
