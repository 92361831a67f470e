package org.unesco.oer.cycle;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadline arithmetic: the deadline day is whole in the deadline's zone, wherever the submitter is. */
class DeadlineTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Deadline FIRST_CONSULTATION = new Deadline(LocalDate.of(2023, 1, 31), PARIS);

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void submissionAt2330OnTheDeadlineDayInTheDeadlinesZoneIsOnTime() {
        assertThat(FIRST_CONSULTATION.isOnTime(at("2023-01-31T23:30", PARIS))).isTrue();
    }

    @Test
    void submissionAt0030TheNextDayInTheDeadlinesZoneIsLate() {
        assertThat(FIRST_CONSULTATION.isOnTime(at("2023-02-01T00:30", PARIS))).isFalse();
        assertThat(FIRST_CONSULTATION.daysLate(at("2023-02-01T00:30", PARIS))).isEqualTo(1);
    }

    @Test
    void theSubmittersOwnZoneDoesNotMoveTheDeadline() {
        // 08:30 on 1 February in Auckland is 20:30 on 31 January in Paris: on time.
        assertThat(FIRST_CONSULTATION.isOnTime(at("2023-02-01T08:30", ZoneId.of("Pacific/Auckland")))).isTrue();
        // 18:30 on 31 January in New York is 00:30 on 1 February in Paris: late.
        assertThat(FIRST_CONSULTATION.isOnTime(at("2023-01-31T18:30", ZoneId.of("America/New_York")))).isFalse();
    }

    @Test
    void theDeadlineEndsAtMidnightInItsZoneExpressedInUtc() {
        assertThat(FIRST_CONSULTATION.endsAt()).isEqualTo(Instant.parse("2023-01-31T23:00:00Z"));
        Deadline nairobi = new Deadline(LocalDate.of(2023, 1, 31), ZoneId.of("Africa/Nairobi"));
        assertThat(nairobi.endsAt()).isEqualTo(Instant.parse("2023-01-31T21:00:00Z"));
    }

    @Test
    void summerTimeIsTakenIntoAccount() {
        Deadline summer = new Deadline(LocalDate.of(2027, 7, 15), PARIS);
        assertThat(summer.endsAt()).isEqualTo(Instant.parse("2027-07-15T22:00:00Z"));
        assertThat(summer.isOnTime(at("2027-07-15T23:59:59", PARIS))).isTrue();
    }

    @Test
    void daysLeftCountsCalendarDaysInTheDeadlinesZone() {
        assertThat(FIRST_CONSULTATION.daysLeft(at("2023-01-31T23:30", PARIS))).isZero();
        assertThat(FIRST_CONSULTATION.daysLeft(at("2023-01-30T00:10", PARIS))).isEqualTo(1);
        // 23:30 UTC on 30 January is already 31 January in Paris.
        assertThat(FIRST_CONSULTATION.daysLeft(Instant.parse("2023-01-30T23:30:00Z"))).isZero();
    }

    @Test
    void anExtensionLaterThanTheCycleDeadlineWins() {
        Deadline extension = new Deadline(LocalDate.of(2023, 2, 28), PARIS);
        assertThat(FIRST_CONSULTATION.laterOf(extension)).isEqualTo(extension);
        assertThat(extension.laterOf(FIRST_CONSULTATION)).isEqualTo(extension);
        assertThat(FIRST_CONSULTATION.laterOf(null)).isEqualTo(FIRST_CONSULTATION);
    }
}
