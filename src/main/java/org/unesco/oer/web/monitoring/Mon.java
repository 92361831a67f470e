package org.unesco.oer.web.monitoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the monitoring pages (status board, response overview), in English; the other
 * languages are {@code messages/mon_<lang>.properties}. Templates use {@code {mon:key}}.
 */
@MessageBundle(value = "mon", locale = "en")
public interface Mon {

    @Message("Status board")
    String boardNav();

    @Message("Response")
    String responseNav();

    @Message("Status board")
    String boardTitle();

    @Message("Where every Member State and Associate Member stands in {cycle}.")
    String boardIntro(String cycle);

    @Message("Days left and days late are counted in the deadline's time zone ({zone}).")
    String zoneNote(String zone);

    @Message("Consultation")
    String cycleLabel();

    @Message("Show")
    String showCycle();

    @Message("Filter the board")
    String filtersTitle();

    @Message("Name")
    String searchLabel();

    @Message("In any of the six languages, or the ISO code")
    String searchHint();

    @Message("Region")
    String regionLabel();

    @Message("Status")
    String statusLabel();

    @Message("Timeliness")
    String lateLabel();

    @Message("Late only")
    String lateOnly();

    @Message("Not late")
    String notLate();

    @Message("Extension")
    String extendedLabel();

    @Message("With an extension")
    String extendedOnly();

    @Message("Without an extension")
    String notExtended();

    @Message("Membership")
    String membershipLabel();

    @Message("All")
    String any();

    @Message("Apply filters")
    String apply();

    @Message("Clear filters")
    String clear();

    @Message("Download as CSV (all rows matching the filters)")
    String downloadCsv();

    @Message("{#if total == 1}1 state matches{#else}{total} states match{/if}")
    String matches(int total);

    @Message("Status board of {cycle}: {total} states, page {page} of {pages}")
    String boardCaption(String cycle, int total, int page, int pages);

    @Message("State")
    String stateColumn();

    @Message("Region")
    String regionColumn();

    @Message("Membership")
    String membershipColumn();

    @Message("Status")
    String statusColumn();

    @Message("Deadline")
    String deadlineColumn();

    @Message("Days left or late")
    String daysColumn();

    @Message("Completion")
    String completionColumn();

    @Message("Focal points")
    String focalPointsColumn();

    @Message("Last activity")
    String lastActivityColumn();

    @Message("sort ascending")
    String sortAscending();

    @Message("sort descending")
    String sortDescending();

    @Message("Submitted on time")
    String submittedOnTime();

    @Message("{#if days == 1}Submitted 1 day late{#else}Submitted {days} days late{/if}")
    String submittedLate(long days);

    @Message("None designated")
    String noFocalPoint();

    @Message("Never")
    String never();

    @Message("{percent} %")
    String percent(String percent);

    @Message("No state matches these filters.")
    String noMatch();

    @Message("Pages of the board")
    String pagination();

    @Message("Previous page")
    String previous();

    @Message("Next page")
    String next();

    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Message("There is a problem")
    String errorSummaryTitle();

    @Message("Response overview")
    String overviewTitle();

    @Message("Reporting rates of {cycle}, per region and overall.")
    String overviewIntro(String cycle);

    @Message("Counted up to the cut-off {cutoff}: submissions dated later do not count.")
    String cutoffNote(String cutoff);

    @Message("Options")
    String overviewOptions();

    @Message("Members counted")
    String membershipCounted();

    @Message("Member States")
    String membersOnly();

    @Message("Associate Members")
    String associatesOnly();

    @Message("Member States and Associate Members")
    String membersAndAssociates();

    @Message("As of (date)")
    String asOfLabel();

    @Message("Leave it empty for today. The numbers are those at the end of that day, in the deadline's time zone.")
    String asOfHint();

    @Message("Update")
    String update();

    @Message("Reporting rate per region")
    String ratesTitle();

    @Message("Reporting rate per region, {membership}")
    String ratesCaption(String membership);

    @Message("Expected")
    String expectedColumn();

    @Message("Started")
    String startedColumn();

    @Message("Submitted")
    String submittedColumn();

    @Message("Validated")
    String validatedColumn();

    @Message("On time")
    String onTimeColumn();

    @Message("Late")
    String lateColumn();

    @Message("Response rate")
    String rateColumn();

    @Message("All regions")
    String allRegions();

    @Message("Bar chart: response rate per region")
    String ratesChartTitle();

    @Message("Share of expected states that have submitted, per region and overall, in percent. The numbers are in the table.")
    String ratesChartDesc();

    @Message("Submissions over time")
    String curveTitle();

    @Message("Line chart: cumulative submissions per day")
    String curveChartTitle();

    @Message("Cumulative number of states that have submitted, day by day from {from} to {to}; {count} by the last day. The deadline and the extended deadlines are marked with vertical lines. The numbers are in the table.")
    String curveChartDesc(String from, String to, int count);

    @Message("Cumulative submissions per day")
    String curveCaption();

    @Message("Day")
    String dayColumn();

    @Message("Submitted that day")
    String thatDayColumn();

    @Message("Cumulative")
    String cumulativeColumn();

    @Message("Marks")
    String marksColumn();

    @Message("Deadline")
    String deadlineMark();

    @Message("{#if count == 1}Extended deadline (1 state){#else}Extended deadline ({count} states){/if}")
    String extensionMark(int count);

    @Message("Extensions")
    String extensionsLegend();

    @Message("The cycle has not opened by this date: there is no curve yet.")
    String noCurve();

    @Message("Show the daily numbers")
    String showDaily();
}
