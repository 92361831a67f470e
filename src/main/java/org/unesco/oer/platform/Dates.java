package org.unesco.oer.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The range of dates the service accepts anywhere (bodies, answers, query parameters): 1900-01-01
 * to 2100-12-31, written YYYY-MM-DD. PostgreSQL cannot hold every java.time date, and none outside
 * this range makes sense for a reporting cycle.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String RULE = "must be a date YYYY-MM-DD between " + EARLIEST + " and " + LATEST + " (date)";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.ofHours(14)).toInstant();
    private static final Instant LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();

    private Dates() {
    }

    /** The date written YYYY-MM-DD within the range, or null. */
    public static LocalDate parse(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return inRange(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A moment written as an instant ({@code 2027-01-31T23:00:00Z}) or a day ({@code 2027-01-31}:
     * the end of that day in {@code zone}); a 400 naming {@code field} otherwise.
     */
    public static Instant instantOrDayEnd(String field, String text, ZoneId zone) {
        Message rule = Message.of("violation.date.instant", EARLIEST, LATEST);
        if (text.length() == 10) {
            LocalDate day = parse(text);
            if (day == null) {
                throw new InvalidRequestException(field, "date", rule);
            }
            return day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
        }
        try {
            Instant instant = Instant.parse(text);
            if (!inRange(instant)) {
                throw new InvalidRequestException(field, "date", rule);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "date", rule);
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** An instant on one of the range's days, in any time zone. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
    }
}
