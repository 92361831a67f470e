package org.unesco.oer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unesco.oer.cycle.CycleDtos.DeadlineView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Data transfer records of national reports. */
public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(description = "A national report: status, answers, validation state per question, open comments", example = """
            {"cycle":"oer-2027","state":"KEN","stateName":"Kenya","status":"draft","version":7,"questionnaireVersion":"2022.1",
             "completion":42,"deadline":{"lastDay":"2027-01-31","timeZone":"Europe/Paris","endsAt":"2027-01-31T23:00:00Z"},
             "answers":{"Q06":"yes","Q07":"Shared with the Ministry of Education"},
             "questions":{"Q06":{"state":"answered"},"Q08":{"state":"missing"}},"openComments":[]}""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportView(String cycle, String state, String stateName, ReportStatus status, int version,
                             String questionnaireVersion, Instant startedAt, Instant lastActivityAt, Instant submittedAt,
                             Boolean submittedLate, Instant validatedAt, int submissionCount,
                             DeadlineView deadline, boolean extended, String closedReason, int completion,
                             @Schema(description = "The answers by question code", additionalProperties = AnswerSchemas.Answer.class)
                             Map<String, JsonNode> answers, Map<String, ReportEvaluation.QuestionCheck> questions,
                             List<String> hiddenAnswers, List<CommentView> openComments, String returnReason,
                             ReceiptView lastReceipt) {
    }

    @Schema(description = "A Secretariat comment on one question, shown beside it until the next submission, with the replies to it")
    public record CommentView(long id, String question, String text, String author, Instant at, List<ReplyView> replies) {
    }

    @Schema(description = "A reply to a Secretariat comment")
    public record ReplyView(String text, String author, String role, Instant at) {
    }

    @Schema(description = "A reply to a Secretariat comment", example = """
            {"text":"The policy was adopted in March; the date is now corrected."}""")
    public record ReplyRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 5000) String text) {
    }

    @Schema(description = "Save one answer. `value` is required: an explicit null (or an empty text or list) clears the answer; "
            + "a body without it, or with any other key, is refused", example = """
            {"value":"yes"}""")
    public record AnswerValue(
            // Absent is Java null, an explicit JSON null is a NullNode: only the latter clears (issue 9 §2).
            @Schema(implementation = AnswerSchemas.AnswerOrNull.class, required = true)
            @NotNull(message = "{violation.required.value}") JsonNode value) {
    }

    @Schema(description = "Save several answers at once (all or nothing); null clears an answer", example = """
            {"answers":{"Q06":"yes","Q07":"Circulated to the ministries of education and culture"}}""")
    public record AnswersPatch(@Schema(description = "Values by question code; null clears", additionalProperties = AnswerSchemas.AnswerOrNull.class)
                               @NotNull Map<String, JsonNode> answers) {
    }

    @Schema(description = "The result of a save: the new version (also the ETag) and what changed")
    public record SaveResult(int version, ReportStatus status, List<String> changed) {
    }

    @Schema(description = "What blocks submission, by question")
    public record ValidationView(boolean submittable, int completion, List<org.unesco.oer.platform.Problem.Violation> issues,
                                 List<String> hiddenAnswers, String closedReason) {
    }

    @Schema(description = "Submission receipt: server time and SHA-256 of the submitted content", example = """
            {"number":1,"submittedAt":"2027-01-15T10:12:03.123456Z","digest":"3f0a…","late":false,
             "effectiveDeadline":"2027-01-31T23:00:00Z","submittedBy":"fp-ken","submittedByRole":"focal-point"}""")
    public record ReceiptView(int number,
                              @Schema(description = "When the report counts as submitted: the server time, or the date received for an entry on the state's behalf")
                              Instant submittedAt, String digest, boolean late, Instant effectiveDeadline,
                              String submittedBy, String submittedByRole,
                              @Schema(description = "When it was entered in the system")
                              Instant enteredAt,
                              @Schema(description = "Entered by the Secretariat on the state's behalf")
                              boolean enteredBySecretariat) {

        static ReceiptView of(Submission s) {
            return new ReceiptView(s.number, s.submittedAt, s.digest, s.late, s.effectiveDeadline, s.submittedBy, s.submittedByRole,
                    s.enteredAt, s.onBehalf);
        }
    }

    @Schema(description = "A stored submission with its content and the documents attached to it; digestValid recomputes the SHA-256 now")
    public record SubmissionView(ReceiptView receipt, boolean digestValid,
                                 @Schema(implementation = SubmittedContent.class) JsonNode content, List<DocumentView> documents) {
    }

    @Schema(description = "The content a submission's SHA-256 covers, exactly as digested")
    public record SubmittedContent(String cycle, String state, String questionnaireVersion, String questionnaireChecksum,
                                   int submission, Instant submittedAt, String submittedBy, boolean late,
                                   @Schema(description = "Entries on a state's behalf only: when it was entered") Instant enteredAt,
                                   @Schema(description = "Entries on a state's behalf only: true") Boolean enteredBySecretariat,
                                   @Schema(description = "The answers submitted (hidden ones excluded), by question code",
                                           additionalProperties = AnswerSchemas.Answer.class) Map<String, JsonNode> answers,
                                   @Schema(description = "Questions whose answers were kept but not submitted (hidden by skip logic)")
                                   List<String> excludedHiddenAnswers) {
    }

    @Schema(description = "A document as received (PDF, DOCX, XLSX or ODT), attached to a submission; `href` downloads it unchanged")
    public record DocumentView(long id, int submission, String fileName, String mediaType, int size, String sha256,
                               String attachedBy, Instant attachedAt, String href) {

        static DocumentView of(ReportLocator.ReportContext ctx, int number, SubmissionDocument.Listed d) {
            return new DocumentView(d.id(), number, d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.attachedBy(),
                    d.attachedAt(), "/api/cycles/" + ctx.cycleCode() + "/reports/" + ctx.stateCode() + "/submissions/" + number
                            + "/documents/" + d.id());
        }
    }

    @Schema(description = "One audit record of the report's history")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(long seq, Instant at, String actor, String role, String action, String question,
                               @Schema(description = "For an answer, its value before (an Answer); otherwise what changed") JsonNode oldValue,
                               @Schema(description = "For an answer, its value after (an Answer); otherwise what changed") JsonNode newValue,
                               @Schema(description = "Further facts of the record (any JSON)") JsonNode detail, String hash) {
    }

    public record HistoryPage(int page, int size, long total, List<HistoryEntry> entries) {
    }
}
