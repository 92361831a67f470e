package org.unesco.oer.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "oer.reminders")
public interface ReminderConfig {

    /** No state gets the same reminder (same stage) twice within this interval. */
    @WithDefault("P7D")
    Duration minInterval();

    /** "draft_due" means a draft with at most this many days left. */
    @WithDefault("14")
    int draftDaysLeft();
}
