package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Problem;

import java.util.Map;

/**
 * The client saved against an old version: someone else changed the report meanwhile. The
 * problem carries the current version and the current values of the answers in conflict.
 */
public class StaleReportVersionException extends DomainException {

    private final int currentVersion;
    private final Map<String, JsonNode> conflicts;

    public StaleReportVersionException(int expected, int currentVersion, Map<String, JsonNode> conflicts) {
        super(409, "stale-version", "The report changed since you loaded it",
                "You sent version " + expected + " but the report is at version " + currentVersion
                        + "; reload, merge and save again");
        this.currentVersion = currentVersion;
        this.conflicts = conflicts;
    }

    @Override
    public Problem toProblem() {
        return super.toProblem().withExtension("currentVersion", currentVersion).withExtension("conflicts", conflicts);
    }
}
