package org.unesco.oer.web.chase;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the Secretariat's extension, reminder and focal-point pages, in English; the other
 * languages are {@code messages/chase_<lang>.properties}. Templates use {@code {chase:key}}.
 */
@MessageBundle(value = "chase", locale = "en")
public interface Chase {

    @Message("Extensions")
    String navExtensions();

    @Message("Reminders")
    String navReminders();

    @Message("Focal points")
    String navFocalPoints();

    @Message("There is a problem")
    String errorSummaryTitle();

    @Message("All states")
    String allStates();

    @Message("Choose a state")
    String chooseState();

    @Message("Show one state")
    String filterState();

    @Message("Show")
    String filter();

    @Message("State")
    String state();

    @Message("Status")
    String status();

    @Message("Reason")
    String reason();

    @Message("optional")
    String optional();

    @Message("Granted by")
    String grantedBy();

    @Message("Granted on")
    String grantedAt();

    @Message("deadline {day} ({zone})")
    String cycleDeadline(String day, String zone);

    @Message("{days} days left")
    String daysLeft(Long days);

    @Message("Use at most {max} characters")
    String tooLong(int max);

    @Message("Enter a real date, for example 2027-02-28")
    String dateInvalid();

    @Message("Choose the state")
    String stateMissing();

    @Message("Extensions")
    String extTitle();

    @Message("Grant an extension")
    String extGrantTitle();

    @Message("Choose one or several states; they all get the same new last day for the same reason. If one of them cannot have it, nothing is granted.")
    String extGrantIntro();

    @Message("States")
    String extStates();

    @Message("Select every state that gets the extension.")
    String extStatesHint();

    @Message("Select at least one state")
    String extStatesMissing();

    @Message("New last day")
    String extNewLastDay();

    @Message("A day after the cycle’s deadline, {day}, in its time zone ({zone}).")
    String extNewLastDayHint(String day, String zone);

    @Message("Enter the new last day")
    String extDeadlineMissing();

    @Message("Shown with each extension and kept in the audit trail.")
    String extReasonHint();

    @Message("Enter the reason for the extension")
    String extReasonMissing();

    @Message("Grant the extension")
    String extGrantButton();

    @Message("Extensions granted: {count}")
    String extGranted(int count);

    @Message("Extensions granted")
    String extListTitle();

    @Message("No extension has been granted.")
    String extNone();

    @Message("Extensions of this cycle ({count})")
    String extCaption(int count);

    @Message("Reminders")
    String remTitle();

    @Message("Stages")
    String remStages();

    @Message("Not started")
    String stage_not_started();

    @Message("Draft due soon")
    String stage_draft_due();

    @Message("Returned")
    String stage_returned();

    @Message("Late")
    String stage_late();

    @Message("States whose report has not been started.")
    String stageHint_not_started();

    @Message("States with a draft and few days left before their deadline.")
    String stageHint_draft_due();

    @Message("States whose report was returned for revision.")
    String stageHint_returned();

    @Message("States past their deadline without a submitted report.")
    String stageHint_late();

    @Message("The first reminder goes to the focal points, each further one a level higher: the National Commission, then the Permanent Delegation.")
    String remEscalation();

    @Message("A state gets at most one reminder per stage every {days} days; until then it cannot be chosen.")
    String remThrottleRule(long days);

    @Message("No state is at this stage.")
    String remNone();

    @Message("States to remind")
    String remChoose();

    @Message("States to chase at this stage ({count})")
    String remCaption(int count);

    @Message("Send")
    String remSendColumn();

    @Message("Send the reminder to {name}")
    String remSendTo(String name);

    @Message("Not now")
    String remNotNow();

    @Message("Level")
    String remLevel();

    @Message("Nobody to write to")
    String remNobody();

    @Message("Recipients")
    String remRecipients();

    @Message("Letter")
    String remLetter();

    @Message("Preview the letter to {name}")
    String remPreview(String name);

    @Message("Reminders so far")
    String remSoFar();

    @Message("Recently reminded.")
    String remThrottled();

    @Message("Last reminder for this stage: {last}; the next one can be sent from {next}.")
    String remThrottledDetail(String last, String next);

    @Message("Last reminder for this stage: {at}")
    String remLast(String at);

    @Message("Note added to every letter")
    String remNote();

    @Message("Optional; it is added as written, in every language.")
    String remNoteHint();

    @Message("Send the reminders")
    String remSendButton();

    @Message("Select at least one state to remind")
    String remStatesMissing();

    @Message("Reminders sent ({count}):")
    String remSent(int count);

    @Message("Not sent ({count}), because reminded recently or nobody to write to:")
    String remSkipped(int count);

    @Message("Reminder to {name}")
    String previewTitle(String name);

    @Message("Language of the letter")
    String previewLanguage();

    @Message("Back to the reminders")
    String backToReminders();

    @Message("Focal point")
    String level_focal_point();

    @Message("National Commission")
    String level_national_commission();

    @Message("Permanent Delegation")
    String level_permanent_delegation();

    @Message("E-mail")
    String channel_email();

    @Message("Phone")
    String channel_phone();

    @Message("Letter")
    String channel_letter();

    @Message("Meeting")
    String channel_meeting();

    @Message("Other")
    String channel_other();

    @Message("Contact log")
    String logTitle();

    @Message("Record a contact")
    String logAddTitle();

    @Message("Day of the contact")
    String logDate();

    @Message("Today or earlier, for example 2027-01-10.")
    String logDateHint();

    @Message("Enter the day of the contact")
    String logDateMissing();

    @Message("How")
    String logChannel();

    @Message("Choose how the contact was made")
    String logChannelMissing();

    @Message("Choose whom the contact was with")
    String logLevelMissing();

    @Message("What was said")
    String logNote();

    @Message("Enter what was said")
    String logNoteMissing();

    @Message("Record the contact")
    String logAddButton();

    @Message("The contact has been recorded.")
    String logRecorded();

    @Message("Reminders sent and contacts recorded")
    String logListTitle();

    @Message("Nothing has been recorded yet.")
    String logNone();

    @Message("Contact log, newest first ({count})")
    String logCaption(int count);

    @Message("When")
    String logWhen();

    @Message("What")
    String logKind();

    @Message("Details")
    String logDetails();

    @Message("Recorded by")
    String logBy();

    @Message("Reminder")
    String logReminder();

    @Message("Focal points")
    String desTitle();

    @Message("Designate a focal point")
    String desNew();

    @Message("No focal point has been designated.")
    String desNone();

    @Message("Designations of this cycle, past and current ({count})")
    String desCaption(int count);

    @Message("Person")
    String desPerson();

    @Message("Account")
    String desAccount();

    @Message("Period")
    String desPeriod();

    @Message("Designated by")
    String desDesignatedBy();

    @Message("Actions")
    String desActions();

    @Message("from {at}")
    String desFrom(String at);

    @Message("until {at}")
    String desUntil(String at);

    @Message("Active")
    String desActive();

    @Message("Ended")
    String desInactive();

    @Message("ended by {name}")
    String desEndedBy(String name);

    @Message("End the designation of {name}")
    String desEnd(String name);

    @Message("Hand over from {name}")
    String desHandover(String name);

    @Message("The designation of {name} has ended; their access ended at once.")
    String desEnded(String name);

    @Message("The person")
    String desPersonLegend();

    @Message("Full name")
    String desName();

    @Message("Enter the person’s full name")
    String desNameMissing();

    @Message("E-mail address")
    String desEmail();

    @Message("Their account is created with it, or linked if one already has it.")
    String desEmailHint();

    @Message("Enter the person’s e-mail address")
    String desEmailMissing();

    @Message("Enter an e-mail address like name@example.org")
    String desEmailInvalid();

    @Message("Job title")
    String desJobTitle();

    @Message("Institution")
    String desInstitution();

    @Message("Designated by which letter")
    String desEvidence();

    @Message("For example: Note verbale 2026/114 of 3 October 2026.")
    String desEvidenceHint();

    @Message("Enter the letter that designates the person")
    String desEvidenceMissing();

    @Message("Designate")
    String desButton();

    @Message("This account already has other duties")
    String desConfirmTitle();

    @Message("Link this account anyway")
    String desConfirmLabel();

    @Message("The sign-in service cannot be reached")
    String desUnavailableTitle();

    @Message("Nothing was changed. Try again in a few minutes.")
    String desUnavailableHint();

    @Message("Back to the focal points")
    String backToDesignations();

    @Message("Hand over the focal point of {name}")
    String desHandoverTitle(String name);

    @Message("From {name} ({email}) to the person below, in one step: the designation of {name} ends when the new one starts.")
    String desHandoverFrom(String name, String email);

    @Message("Hand over")
    String desHandoverButton();

    @Message("Focal point designated")
    String desDone();

    @Message("Designation of {name}")
    String desOne(String name);

    @Message("Temporary password, shown only now")
    String desPasswordTitle();

    @Message("Give it to the person by a safe channel. They sign in as {username} and must choose their own password. It is not kept anywhere and cannot be shown again.")
    String desPasswordHint(String username);

    @Message("The person has been sent an e-mail to set their password.")
    String desActionsMail();

    @Message("new account")
    String desAccountCreated();

    @Message("existing account linked")
    String desAccountLinked();

    @Message("Designation letter sent in")
    String desLetter();

    @Message("End the designation of {name}")
    String desEndTitle(String name);

    @Message("{name} will no longer act for {state}: access ends at once.")
    String desEndIntro(String name, String state);

    @Message("End the designation")
    String desEndButton();

    @Message("The account with the e-mail address {email} already holds the role(s) {roles}.")
    String desConfirmRoles(String email, String roles);

    @Message("The account with the e-mail address {email} already acts for {states}.")
    String desConfirmStates(String email, String states);

    @Message("Tick the box and send the form again to link it anyway, or designate another e-mail address.")
    String desConfirmHint();

    @Message("Continue")
    String extContinue();

    @Message("Check the extension before granting it")
    String extCheckTitle();

    @Message("These states get a new last day ({count}). An extension cannot be withdrawn, only replaced by a later one.")
    String extCheckIntro(int count);

    @Message("States and their new last day")
    String extCheckCaption();

    @Message("Change")
    String extChange();

    @Message("Error:")
    String errorPrefix();

}
