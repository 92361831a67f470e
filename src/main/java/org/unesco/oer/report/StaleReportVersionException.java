package org.unesco.oer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Problem;

import java.time.Instant;
import java.util.Map;

/**
 * The client acted on a version that no longer holds: a save wrote questions that someone else
 * changed since that version, or a submit was made on a version other than the current one. The
 * problem carries the current version and, for a save, each question in conflict with its current
 * value and who changed it when.
 */
public class StaleReportVersionException extends DomainException {

    /** A question changed since the client's version: its value now (null if cleared), by whom, when. */
    public record Conflict(@JsonInclude(JsonInclude.Include.ALWAYS) JsonNode value, int version, String changedBy,
                           Instant changedAt) {
    }

    private final int currentVersion;
    private final Map<String, Conflict> conflicts;

    private StaleReportVersionException(int currentVersion, Map<String, Conflict> conflicts, Message detail) {
        super(409, "stale-version", detail);
        this.currentVersion = currentVersion;
        this.conflicts = conflicts;
    }

    /** A save on an older version wrote questions that were changed since. */
    public static StaleReportVersionException answersChanged(int expected, int currentVersion, Map<String, Conflict> conflicts) {
        return new StaleReportVersionException(currentVersion, conflicts,
                Message.of("detail.stale-version.answers", expected, String.join(", ", conflicts.keySet()), currentVersion));
    }

    /**
     * The client's version is not the report's current one, and here the whole report counts;
     * {@code action} says what to do: "save" (reload and save again) or "submit" (reload and check).
     */
    public static StaleReportVersionException reportChanged(int expected, int currentVersion, String action) {
        return new StaleReportVersionException(currentVersion, null,
                Message.of("detail.stale-version.report." + action, expected, currentVersion));
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The questions changed since the client's version; null when the whole report counts. */
    public Map<String, Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public Problem toProblem(String language) {
        Problem problem = super.toProblem(language).withExtension("currentVersion", currentVersion);
        return conflicts == null ? problem : problem.withExtension("conflicts", conflicts);
    }
}
