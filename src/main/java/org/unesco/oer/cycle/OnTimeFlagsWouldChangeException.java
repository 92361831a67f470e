package org.unesco.oer.cycle;

import org.unesco.oer.cycle.CycleDtos.OnTimeChange;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Problem;

import java.util.List;

/**
 * A change of a cycle's deadline or time zone would turn reports already submitted from on time to
 * late or back (each judged against its state's effective deadline). That is never done silently:
 * the request must say {@code "acceptOnTimeChanges": true}. The problem lists each report affected.
 */
public class OnTimeFlagsWouldChangeException extends DomainException {

    private final List<OnTimeChange> affected;

    OnTimeFlagsWouldChangeException(List<OnTimeChange> affected) {
        super(409, "on-time-flags-would-change", Message.of("detail.on-time-flags-would-change", affected.size(),
                affected.stream().map(OnTimeFlagsWouldChangeException::item).toList()));
        this.affected = List.copyOf(affected);
    }

    private static Message item(OnTimeChange c) {
        return Message.of("detail.on-time-flags-would-change.item", c.state(), timeliness(c.onTimeBefore()), timeliness(c.onTimeAfter()));
    }

    private static Message timeliness(boolean onTime) {
        return Message.of(onTime ? "timeliness.on-time" : "timeliness.late");
    }

    /** The submitted reports whose on-time flag the edit would turn over. */
    public List<OnTimeChange> affectedReports() {
        return affected;
    }

    @Override
    public Problem toProblem(String language) {
        return super.toProblem(language).withExtension("affectedReports", affected);
    }
}
