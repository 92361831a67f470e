package org.unesco.oer.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.unesco.oer.platform.AppClock;
import org.unesco.oer.platform.ClockConfig;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The service's clock in tests: the configured one (system time, or {@code oer.clock.start}),
 * which a test may move to a precise instant with {@link #setNow} and must put back with
 * {@link #reset} (tests share one application).
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock implements InstantSource {

    private final InstantSource configured;
    private volatile InstantSource current;

    @Inject
    public TestClock(ClockConfig config) {
        configured = AppClock.of(config.start(), InstantSource.system());
        current = configured;
    }

    @Override
    public Instant instant() {
        return current.instant();
    }

    /** The clock reads {@code now} at once and ticks in real time from there (no two events share an instant). */
    public void setNow(Instant now) {
        current = AppClock.of(Optional.of(now), InstantSource.system());
    }

    /** Back to the configured clock. */
    public void reset() {
        current = configured;
    }
}
