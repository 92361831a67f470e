package org.unesco.oer.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the administrators' pages, in English; the other languages are
 * {@code messages/adm_<lang>.properties}. Templates use {@code {adm:key}}.
 */
@MessageBundle(value = "adm", locale = "en")
public interface AdmMsg {

    @Message("Cycles")
    String navCycles();

    @Message("Regions")
    String navRegions();

    @Message("Questionnaires")
    String navQuestionnaires();

    @Message("There is a problem")
    String errorSummaryTitle();

    @Message("Enter a value")
    String required();

    @Message("Enter a date as year-month-day, for example 2027-01-31")
    String dateFormat();

    @Message("Lower-case letters, digits and hyphens, 2 to 32 characters, for example oer-2031")
    String codePattern();

    @Message("Give the reason for the change: it is recorded with it")
    String reasonRequired();

    @Message("The reason is too long")
    String reasonTooLong();

    @Message("Someone changed this cycle since you opened it: open it again to see the current values")
    String staleCycle();

    @Message("{count} submitted {#if count == 1}report{#else}reports{/if} would change between on time and late: check them below and confirm")
    String onTimeWouldChange(int count);

    @Message("Reporting cycles")
    String cyclesTitle();

    @Message("Create a cycle")
    String createCycle();

    @Message("Cycle {code} created.")
    String cycleCreated(String code);

    @Message("Cycle {code} saved.")
    String cycleChanged(String code);

    @Message("Code")
    String codeColumn();

    @Message("Title")
    String titleColumn();

    @Message("Opens")
    String opensColumn();

    @Message("Deadline")
    String deadlineColumn();

    @Message("Time zone")
    String zoneColumn();

    @Message("Hard close")
    String hardCloseColumn();

    @Message("Analysis cut-off")
    String cutoffColumn();

    @Message("Questionnaire")
    String questionnaireColumn();

    @Message("Version")
    String versionColumn();

    @Message("Edit {code}")
    String editCycle(String code);

    @Message("Edit the cycle {code}")
    String editCycleTitle(String code);

    @Message("Code of the cycle")
    String codeLabel();

    @Message("Titles")
    String titlesLegend();

    @Message("Title in {language}")
    String titleIn(String language);

    @Message("Circular letter (optional)")
    String circularLetterLabel();

    @Message("Dispatch date (optional)")
    String dispatchLabel();

    @Message("Opening date")
    String opensLabel();

    @Message("Deadline (last day included)")
    String deadlineLabel();

    @Message("Hard close (optional)")
    String hardCloseLabel();

    @Message("Analysis cut-off (optional)")
    String cutoffLabel();

    @Message("Dates as year-month-day, last days in the cycle's time zone.")
    String datesHint();

    @Message("Time zone of the deadline")
    String zoneLabel();

    @Message("An IANA time zone, for example Europe/Paris or UTC.")
    String zoneHint();

    @Message("Questionnaire version")
    String questionnaireLabel();

    @Message("Reason for the change")
    String reasonLabel();

    @Message("Recorded in the cycle's history with each change, for example the circular letter that extends the consultation.")
    String reasonHint();

    @Message("Save the cycle")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Reports whose on-time flag would change")
    String affectedTitle();

    @Message("Member State")
    String stateColumn();

    @Message("Submitted")
    String submittedColumn();

    @Message("Deadline before")
    String deadlineBeforeColumn();

    @Message("Deadline after")
    String deadlineAfterColumn();

    @Message("Before")
    String beforeColumn();

    @Message("After")
    String afterColumn();

    @Message("on time")
    String onTime();

    @Message("late")
    String late();

    @Message("I confirm: change the on-time flags of these reports (their receipts stay as they were given)")
    String acceptOnTimeChanges();

    @Message("Member States by region")
    String regionsTitle();

    @Message("{members} Member States, {associates} Associate Members")
    String regionCounts(long members, long associates);

    @Message("Membership")
    String membershipColumn();

    @Message("Move {name}")
    String moveState(String name);

    @Message("Region of {name}")
    String stateTitle(String name);

    @Message("Current region: {region}")
    String currentRegion(String region);

    @Message("The region has been changed and the change recorded.")
    String moved();

    @Message("New region")
    String newRegionLabel();

    @Message("Reason for the move")
    String moveReasonLabel();

    @Message("Move the state")
    String move();

    @Message("Region changes recorded")
    String historyTitle();

    @Message("No region change has been recorded for this state.")
    String noHistory();

    @Message("When")
    String whenColumn();

    @Message("From")
    String fromColumn();

    @Message("To")
    String toColumn();

    @Message("Reason")
    String reasonColumn();

    @Message("By")
    String byColumn();

    @Message("All regions")
    String backToRegions();

    @Message("Questionnaire versions")
    String questionnairesTitle();

    @Message("Checksum (SHA-256)")
    String checksumColumn();

    @Message("Published")
    String publishedColumn();

    @Message("Languages")
    String languagesColumn();

    @Message("Translations")
    String translationsColumn();

    @Message("Open version {version}")
    String openVersion(String version);

    @Message("Questionnaire {version}")
    String questionnaireTitle(String version);

    @Message("Show the texts in")
    String showIn();

    @Message("Show")
    String show();

    @Message("Language")
    String languageColumn();

    @Message("Source file")
    String sourceColumn();

    @Message("Number")
    String numberColumn();

    @Message("Question")
    String questionColumn();

    @Message("Type")
    String typeColumn();

    @Message("Required")
    String requiredColumn();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Sections of the questionnaire")
    String sectionsNav();

    @Message("Action")
    String actionsColumn();

    @Message("All versions")
    String backToQuestionnaires();
}
