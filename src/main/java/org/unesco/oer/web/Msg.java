package org.unesco.oer.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages, in English; the other languages are {@code messages/msg_<lang>.properties}
 * (a build error names any key a language lacks). Templates use {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("OER Recommendation reporting")
    String service();

    @Message("Skip to main content")
    String skipLink();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Sign out")
    String signOut();

    @Message("Language")
    String language();

    @Message("My reports")
    String myReports();

    @Message("The national reports on the implementation of the Recommendation that you are designated to prepare.")
    String myReportsIntro();

    @Message("You are not designated for any national report at the moment. The UNESCO Secretariat designates the national focal points of each consultation; contact it if you should be one.")
    String noReports();

    @Message("Consultation")
    String cycleColumn();

    @Message("Status")
    String statusColumn();

    @Message("Deadline")
    String deadlineColumn();

    @Message("Completion")
    String completionColumn();

    @Message("Not started")
    String status_not_started();

    @Message("Draft")
    String status_draft();

    @Message("Submitted")
    String status_submitted();

    @Message("Returned for revision")
    String status_returned();

    @Message("Validated")
    String status_validated();

    @Message("{#if days == 1}1 day left{#else}{days} days left{/if}")
    String daysLeft(long days);

    @Message("Due today")
    String dueToday();

    @Message("{#if days == 1}1 day late{#else}{days} days late{/if}")
    String daysLate(long days);

    @Message("Extended")
    String extended();

    @Message("{date}, {time} ({zone})")
    String deadlineAt(String date, String time, String zone);

    @Message("{#if count == 1}1 comment from the Secretariat{#else}{count} comments from the Secretariat{/if}")
    String openComments(int count);

    @Message("Last receipt: {date}")
    String lastReceipt(String date);

    @Message("Open the report of {state}")
    String openReport(String state);

    @Message("Sections")
    String sections();

    @Message("{percent}% complete")
    String percentComplete(int percent);

    @Message("Question {number}")
    String question(String number);

    @Message("Recommendation: {reference}")
    String paragraph(String reference);

    @Message("(optional)")
    String optional();

    @Message("Save")
    String save();

    @Message("Save and continue")
    String saveAndContinue();

    @Message("Saved")
    String saved();

    @Message("Not saved")
    String notSaved();

    @Message("Saving…")
    String saving();

    @Message("There is a problem")
    String errorSummaryTitle();

    @Message("Check your answers")
    String checkAnswers();

    @Message("Before you can submit")
    String beforeSubmit();

    @Message("The report is complete: you can submit it.")
    String complete();

    @Message("Change")
    String change();

    @Message("Not answered")
    String notAnswered();

    @Message("Submit the report")
    String submit();

    @Message("By submitting, you send this report to UNESCO as the national report of {state}. You can no longer change it unless the Secretariat returns it to you.")
    String submitExplained(String state);

    @Message("Submit the report now")
    String submitNow();

    @Message("Report submitted")
    String receiptTitle();

    @Message("Received on")
    String receivedAt();

    @Message("Receipt number")
    String receiptNumber();

    @Message("SHA-256 fingerprint of the report as submitted")
    String digest();

    @Message("The report was submitted after the deadline. It is accepted and marked as late.")
    String submittedLate();

    @Message("The report was submitted before the deadline.")
    String submittedOnTime();

    @Message("Download the report as an Excel workbook")
    String downloadWorkbook();

    @Message("Back to my reports")
    String backToReports();

    @Message("{who} changed this answer on {when}.")
    String conflictTitle(String who, String when);

    @Message("Their answer")
    String theirAnswer();

    @Message("Your answer")
    String yourAnswer();

    @Message("Keep their answer")
    String keepTheirs();

    @Message("Keep my answer")
    String keepMine();

    @Message("This question is not asked because of an earlier answer. The answer given before is kept, but it will not be submitted.")
    String hiddenKept();

    @Message("Add another")
    String addAnother();

    @Message("Remove")
    String remove();

    @Message("Entry {n}")
    String entry(int n);

    @Message("One web address per line, each starting with https://")
    String urlListHint();

    @Message("You can enter up to {max} characters")
    String characterLimit(int max);

    @Message("Enter a number")
    String enterNumber();

    @Message("Enter a date")
    String enterDate();

    @Message("Select a Member State or Associate Member")
    String selectState();

    @Message("Comment from the Secretariat")
    String secretariatComment();

    @Message("{who} (Secretariat, on the state's behalf)")
    String bySecretariat(String who);

    @Message("The Secretariat returned the report")
    String returnedTitle();

    @Message("The submission window is closed")
    String closed();

    @Message("This report can no longer be changed.")
    String readOnly();

    @Message("Previous section")
    String previous();

    @Message("Next section")
    String next();

    @Message("Page not found")
    String notFoundTitle();

    @Message("You cannot open this page")
    String forbiddenTitle();

    @Message("Something went wrong")
    String errorTitle();

    @Message("Reply")
    String reply();

    @Message("Your reply to the Secretariat")
    String replyLabel();

    @Message("Write your reply before sending it")
    String replyEmpty();

    @Message("{who}, {when}")
    String byWhen(String who, String when);

    @Message("History")
    String history();

    @Message("Every change to this report and to your state's record in this consultation, newest first.")
    String historyIntro();

    @Message("Nothing has happened yet.")
    String historyEmpty();

    @Message("When")
    String historyWhen();

    @Message("Who")
    String historyWho();

    @Message("What")
    String historyWhat();

    @Message("Before")
    String historyBefore();

    @Message("After")
    String historyAfter();

    @Message("Newer changes")
    String newer();

    @Message("Older changes")
    String older();

    @Message("Back to the report")
    String backToReport();

    @Message("What changed since the previous submission")
    String changesTitle();

    @Message("The report has not been submitted twice yet.")
    String changesNone();

    @Message("No answer changed between these submissions.")
    String changesEmpty();

    @Message("Answer changed")
    String action_ANSWER_CHANGED();

    @Message("Comment from the Secretariat")
    String action_COMMENT_ADDED();

    @Message("Reply to a comment")
    String action_COMMENT_REPLIED();

    @Message("National contacts changed")
    String action_CONTACTS_CHANGED();

    @Message("Contact recorded")
    String action_CONTACT_RECORDED();

    @Message("Focal point designation ended")
    String action_DESIGNATION_ENDED();

    @Message("Focal point designated")
    String action_DESIGNATION_STARTED();

    @Message("Extension granted")
    String action_EXTENSION_GRANTED();

    @Message("Region changed")
    String action_REGION_CHANGED();

    @Message("Reminder sent")
    String action_REMINDER_SENT();

    @Message("Report reopened")
    String action_REPORT_REOPENED();

    @Message("Report returned for revision")
    String action_REPORT_RETURNED();

    @Message("Report submitted")
    String action_REPORT_SUBMITTED();

    @Message("Report validated")
    String action_REPORT_VALIDATED();

    @Message("Status changed")
    String action_STATUS_CHANGED();

    @Message("Submission {from} compared with submission {to}.")
    String changesBetween(int from, int to);

    @Message("The deadline is {date}: a report submitted by then is on time.")
    String ruleOnTime(String date);

    @Message("The deadline was {date}. You can still submit: the report is accepted and marked as late.")
    String ruleLate(String date);

    @Message("After {date} no report is accepted any more.")
    String ruleHardClose(String date);

    @Message("The submission window is closed; the deadline was {date}. Contact the Secretariat if your state needs an extension.")
    String ruleClosed(String date);

    @Message("Your state has an extension until {date}.")
    String ruleExtended(String date);

    @Message("Yes")
    String yes();

    @Message("No")
    String no();
}
