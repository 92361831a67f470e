package org.unesco.oer.cycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A last day in a time zone. The day is included whole: a submission is on time until midnight
 * that ends the day in the deadline's zone, wherever the submitter is.
 */
public record Deadline(LocalDate lastDay, ZoneId zone) {

    /** The first instant that is late. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isOnTime(Instant at) {
        return at.isBefore(endsAt());
    }

    /** Whole calendar days, in the deadline's zone, from {@code now} to the last day (0 on the day itself). */
    public long daysLeft(Instant now) {
        return ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), lastDay);
    }

    /** Whole calendar days late, in the deadline's zone (1 on the day after the last day); 0 if on time. */
    public long daysLate(Instant at) {
        return isOnTime(at) ? 0 : ChronoUnit.DAYS.between(lastDay, at.atZone(zone).toLocalDate());
    }

    public ZonedDateTime endsAtInZone() {
        return endsAt().atZone(zone);
    }

    /** The later of two deadlines (a state's extension never shortens the cycle's deadline). */
    public Deadline laterOf(Deadline other) {
        if (other == null) {
            return this;
        }
        return Duration.between(endsAt(), other.endsAt()).isNegative() ? this : other;
    }
}
