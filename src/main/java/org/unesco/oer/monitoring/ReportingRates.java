package org.unesco.oer.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reporting rates of a cycle at a moment, per region and overall, and the submission curve. */
@Schema(description = "Reporting rates per region and overall, with the daily curve of cumulative submissions. "
        + "Totals and curve count the same first submissions: those dated by `cutoff` (the analysis cut-off, or `asOf` if "
        + "earlier; received dates for reports entered on a state's behalf) and in the system at `asOf`; the curve's last "
        + "cumulative is `overall.submitted`")
public record ReportingRates(String cycle, Instant asOf,
                             @Schema(description = "The cut-off used: submissions dated after it do not count") Instant cutoff,
                             @Schema(description = "The cut-off's day in the cycle's zone (the last day of the curve)") LocalDate cutoffDay,
                             String membership, List<Rate> regions, Rate overall, List<DailyCount> daily) {

    /**
     * {@code submitted}: states that have submitted at least once; {@code onTime}/{@code late}:
     * by their first submission; {@code responseRate}: submitted / expected, in percent.
     */
    public record Rate(String region, int expected, int started, int submitted, int validated, int onTime, int late,
                       double responseRate) {
    }

    public record DailyCount(LocalDate day, int submittedThatDay, int cumulative) {
    }
}
