package org.unesco.oer.web.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the Secretariat's state, review and proxy-entry pages, in English; the other
 * languages are {@code messages/rev_<lang>.properties}. Templates use {@code {rev:key}}; the
 * words shared with the focal points' pages stay in {@code msg}.
 */
@MessageBundle(value = "rev", locale = "en")
public interface Rev {

    @Message("National report for {cycle}")
    String stateIntro(String cycle);

    @Message("Summary")
    String summaryTitle();

    @Message("Timeliness")
    String timeliness();

    @Message("First submitted on time")
    String firstOnTime();

    @Message("First submitted late")
    String firstLate();

    @Message("Not submitted yet")
    String notSubmittedYet();

    @Message("Last activity")
    String lastActivity();

    @Message("What you can do")
    String actionsTitle();

    @Message("Review the report")
    String reviewLink();

    @Message("Enter or correct answers on the state's behalf")
    String enterOnBehalf();

    @Message("The report, section by section")
    String reportTitle();

    @Message("Submissions and receipts")
    String submissionsTitle();

    @Message("The report has not been submitted yet.")
    String noSubmissions();

    @Message("Receipt")
    String colNumber();

    @Message("Received")
    String colReceived();

    @Message("Entered")
    String colEntered();

    @Message("By")
    String colBy();

    @Message("SHA-256")
    String colDigest();

    @Message("Digest check")
    String colCheck();

    @Message("Matches the content")
    String digestValid();

    @Message("Does not match the content")
    String digestInvalid();

    @Message("Entered by the Secretariat on the state's behalf")
    String enteredBySecretariat();

    @Message("Submitted by the focal point")
    String enteredByFocalPoint();

    @Message("On time")
    String onTime();

    @Message("Late")
    String late();

    @Message("Documents as received")
    String documentsTitle();

    @Message("No document is attached to a submission.")
    String noDocuments();

    @Message("File")
    String colFile();

    @Message("Submission")
    String colSubmission();

    @Message("Size")
    String colSize();

    @Message("Attached")
    String colAttached();

    @Message("{kb} KB")
    String sizeKb(long kb);

    @Message("Focal points")
    String designationsTitle();

    @Message("No focal point is designated for this consultation.")
    String noDesignations();

    @Message("Name")
    String colName();

    @Message("E-mail")
    String colEmail();

    @Message("Telephone")
    String colPhone();

    @Message("Account")
    String colAccount();

    @Message("From")
    String colFrom();

    @Message("Until")
    String colUntil();

    @Message("Designated by")
    String colDesignatedBy();

    @Message("Current")
    String current();

    @Message("Ended: {reason}")
    String endedReason(String reason);

    @Message("National contacts")
    String contactsTitle();

    @Message("Language the state is written to")
    String writtenIn();

    @Message("Contact")
    String colContact();

    @Message("Not recorded")
    String notRecorded();

    @Message("Contact log")
    String contactLogTitle();

    @Message("No contact is recorded yet.")
    String noContacts();

    @Message("Date")
    String colDate();

    @Message("Kind")
    String colKind();

    @Message("Channel")
    String colChannel();

    @Message("With")
    String colLevel();

    @Message("Note")
    String colNote();

    @Message("Recorded by")
    String colRecordedBy();

    @Message("Reminder")
    String kind_reminder();

    @Message("Recorded by hand")
    String kind_manual();

    @Message("E-mail")
    String channel_email();

    @Message("Telephone")
    String channel_phone();

    @Message("Letter")
    String channel_letter();

    @Message("Meeting")
    String channel_meeting();

    @Message("Other")
    String channel_other();

    @Message("Focal point")
    String level_focal_point();

    @Message("National Commission")
    String level_national_commission();

    @Message("Permanent Delegation")
    String level_permanent_delegation();

    @Message("Document attached")
    String action_DOCUMENT_ATTACHED();

    @Message("On-time flag changed")
    String action_ON_TIME_FLAG_CHANGED();

    @Message("Other change")
    String action_other();

    @Message("The report was returned to the focal point.")
    String doneReturned();

    @Message("The report was validated.")
    String doneValidated();

    @Message("The report was reopened: it is returned to the focal point.")
    String doneReopened();

    @Message("The report was submitted on the state's behalf: receipt {number}.")
    String doneSubmitted(int number);

    @Message("Done")
    String doneTitle();

    @Message("Review")
    String reviewTitle();

    @Message("There is nothing to decide now: the Secretariat decides on a report once it is submitted.")
    String nothingToDecide();

    @Message("What changed in submission {to} since submission {from}")
    String changesSince(int from, int to);

    @Message("Question")
    String colQuestion();

    @Message("Submission {number}")
    String colSubmissionNumber(int number);

    @Message("Changed since the previous submission")
    String changedMark();

    @Message("Comment on question {number} (optional)")
    String commentLabel(String number);

    @Message("Comments and replies")
    String threadTitle();

    @Message("Open")
    String threadOpen();

    @Message("Closed by a later submission")
    String threadClosed();

    @Message("Return for revision")
    String returnTitle();

    @Message("Write a comment beside each question the focal point should revise, and the reason below: the focal point sees both on their pages.")
    String returnHint();

    @Message("Why is the report returned?")
    String reasonLabel();

    @Message("The focal point sees it at the top of every page of the report.")
    String reasonHint();

    @Message("Return the report")
    String returnButton();

    @Message("Validate")
    String validateTitle();

    @Message("Note (optional)")
    String noteLabel();

    @Message("Validate the report")
    String validateButton();

    @Message("Reopen")
    String reopenTitle();

    @Message("A validated report goes back to the focal point as returned, with your reason.")
    String reopenHint();

    @Message("Why is the report reopened?")
    String reopenReasonLabel();

    @Message("Reopen the report")
    String reopenButton();

    @Message("Enter the reason the report is returned")
    String errReasonMissing();

    @Message("Enter the reason the report is reopened")
    String errReopenReasonMissing();

    @Message("Enter at most {max} characters")
    String errTooLong(int max);

    @Message("Back to the state's page")
    String backToState();

    @Message("You are entering this report on the state's behalf as the Secretariat: every change is recorded as entered by the Secretariat.")
    String proxyBanner();

    @Message("Continue to submit on the state's behalf")
    String proxyContinue();

    @Message("Submit on the state's behalf")
    String proxySubmitTitle();

    @Message("Give the day the report reached UNESCO: it decides whether the report is on time.")
    String proxySubmitIntro();

    @Message("Date the report was received")
    String receivedLabel();

    @Message("The day it reached UNESCO, in the consultation's time zone ({zone}); today if it arrived today.")
    String receivedHint(String zone);

    @Message("The report as received (optional)")
    String documentLabel();

    @Message("PDF, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT), at most {mb} MB.")
    String documentHint(long mb);

    @Message("Enter the date the report was received")
    String errReceivedMissing();

    @Message("Enter a real date, for example 2027-01-28")
    String errReceivedInvalid();

    @Message("The report cannot be submitted yet: check the answers first.")
    String notSubmittable();
}
