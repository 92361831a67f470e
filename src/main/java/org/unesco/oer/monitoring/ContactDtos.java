package org.unesco.oer.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Data transfer records of contacts, reminders and the contact log. */
public final class ContactDtos {

    private ContactDtos() {
    }

    public record Contact(@Size(max = 300) String name, @Email @Size(max = 300) String email, @Size(max = 100) String phone) {
    }

    /** {@code language}: any configured language (oer.languages), checked by the service (a 400 names the supported ones). */
    @Schema(description = "A state's national contacts and the language it is written to (one of oer.languages)", example = """
            {"language":"fr","nationalCommission":{"name":"Commission nationale","email":"natcom@example.org","phone":"+221 33 000 00 00"},
             "permanentDelegation":{"name":"Délégation permanente","email":"dl.senegal@example.org","phone":"+33 1 45 68 00 00"}}""")
    public record StateContacts(@Size(max = 20) String language,
                                @Valid Contact nationalCommission, @Valid Contact permanentDelegation) {
    }

    @Schema(description = "Send reminders of one stage to the states in it (or to the listed ones among them)", example = """
            {"stage":"not_started","states":["KEN","FRA"]}""")
    public record SendReminders(@NotBlank String stage,
                                // 206 Member States and Associate Members; the cap keeps validation work bounded.
                                @Size(max = 250) List<@Pattern(regexp = "^[A-Za-z]{3}$") String> states,
                                @Size(max = 2000) String note) {
    }

    @Schema(description = "A state to chase, with whom to contact at its escalation level")
    public record ReminderTarget(String state, String name, String stage, String status, Long daysLeft,
                                 Instant deadlineEndsAt, String level, List<String> recipients, String language,
                                 int remindersSoFar) {
    }

    public record SentReminder(String state, String level, List<String> recipients, String language, String subject) {
    }

    public record SkippedReminder(String state, String reason) {
    }

    @Schema(description = "What a reminder round did")
    public record ReminderRound(String stage, List<SentReminder> sent, List<SkippedReminder> skipped) {
    }

    @Schema(description = "Record a contact made by hand", example = """
            {"state":"KEN","date":"2027-01-10","channel":"phone","level":"national_commission","note":"Promised by 20 January"}""")
    public record ManualContact(@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$") String state, @NotNull LocalDate date,
                                @NotBlank @Pattern(regexp = "^(email|phone|letter|meeting|other)$") String channel,
                                @NotBlank @Pattern(regexp = "^(focal_point|national_commission|permanent_delegation)$") String level,
                                @NotBlank @Size(max = 5000) String note) {
    }

    @Schema(description = "One entry of a state's contact log")
    public record LogEntry(long id, String state, Instant at, String kind, String channel, String level, String stage,
                           String recipients, String language, String note, String recordedBy) {

        static LogEntry of(ContactLogEntry e) {
            return new LogEntry(e.id, e.stateCode, e.occurredAt, e.kind.toLowerCase(), e.channel.toLowerCase(),
                    e.level.toLowerCase(), e.stage, e.recipients, e.language, e.note, e.recordedBy);
        }
    }
}
