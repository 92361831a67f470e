package org.unesco.oer.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.report.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One state on the status board. {@code submittedAt} and {@code onTime} describe the first
 * submission (the one that counts for timeliness); {@code lastSubmittedAt} the latest.
 */
@Schema(description = "One state's position in a cycle")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoardRow(String state, String name, String region, MembershipStatus membership, ReportStatus status,
                       Instant lastActivity, Instant submittedAt, Instant lastSubmittedAt, LocalDate deadline,
                       Instant deadlineEndsAt, boolean extended, Long daysLeft, Long daysLate, Boolean onTime,
                       boolean late, int completion, List<String> focalPoints) {
}
