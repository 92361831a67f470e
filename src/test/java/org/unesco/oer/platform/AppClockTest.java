package org.unesco.oer.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** oer.clock.start: the clock reads the configured instant at start-up, then runs at the base clock's pace. */
class AppClockTest {

    private static final Instant WALL = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant START = Instant.parse("2031-06-01T00:00:00Z");

    /** A base clock the test moves by hand. */
    private static final class HandClock implements InstantSource {
        final AtomicReference<Instant> now = new AtomicReference<>(WALL);

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void withoutAStartTheServiceClockIsTheBaseClockItself() {
        HandClock base = new HandClock();
        assertThat(AppClock.of(Optional.empty(), base)).isSameAs(base);
    }

    @Test
    void aConfiguredStartIsWhatTheClockReadsAtStartUp() {
        assertThat(AppClock.of(Optional.of(START), new HandClock()).instant()).isEqualTo(START);
    }

    @Test
    void aShiftedClockRunsForwardWithTheBaseClock() {
        HandClock base = new HandClock();
        InstantSource clock = AppClock.of(Optional.of(START), base);
        base.now.set(WALL.plus(Duration.ofHours(3).plusMillis(250)));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(3).plusMillis(250)));
    }

    @Test
    void aStartInThePastWorksToo() {
        Instant past = Instant.parse("2022-06-01T08:00:00Z");
        HandClock base = new HandClock();
        InstantSource clock = AppClock.of(Optional.of(past), base);
        base.now.set(WALL.plusSeconds(60));
        assertThat(clock.instant()).isEqualTo(past.plusSeconds(60));
    }
}
