package org.unesco.oer.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reporting rates of a cycle at a moment, per region and overall, and the submission curve. */
@Schema(description = "Reporting rates per region and overall, with the daily curve of cumulative submissions")
public record ReportingRates(String cycle, Instant asOf, String membership, List<Rate> regions, Rate overall,
                             List<DailyCount> daily) {

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
