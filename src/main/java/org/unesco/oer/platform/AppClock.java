package org.unesco.oer.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The one source of "now" for domain time: deadlines, phases, stored timestamps, receipts. Inject
 * {@link InstantSource}; domain code never reads the system clock itself.
 */
@Singleton
public class AppClock {

    private static final Logger LOG = Logger.getLogger(AppClock.class);

    @Produces
    @Singleton
    InstantSource clock(ClockConfig config) {
        config.start().ifPresent(start -> LOG.warnf("The clock is shifted: it started at %s (oer.clock.start), not at the system time", start));
        return of(config.start(), InstantSource.system());
    }

    /** {@code base} itself, or a clock that reads {@code start} now and ticks with {@code base} from there. */
    public static InstantSource of(Optional<Instant> start, InstantSource base) {
        return start.map(s -> InstantSource.offset(base, Duration.between(base.instant(), s))).orElse(base);
    }
}
