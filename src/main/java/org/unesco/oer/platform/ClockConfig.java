package org.unesco.oer.platform;

import io.smallrye.config.ConfigMapping;

import java.time.Instant;
import java.util.Optional;

/** The service's clock. Unset: the system clock. */
@ConfigMapping(prefix = "oer.clock")
public interface ClockConfig {

    /**
     * {@code oer.clock.start=2031-06-01T00:00:00Z}: at start-up the clock reads this instant and runs
     * forward in real time from there (rehearsing a future cycle, running the tests in another year).
     */
    Optional<Instant> start();
}
