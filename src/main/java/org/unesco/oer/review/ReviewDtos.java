package org.unesco.oer.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unesco.oer.report.AnswerSchemas;

import java.time.Instant;
import java.util.List;

/** Data transfer records of reviews. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    @Schema(description = "Return a report for revision: a reason is required; comments point at questions", example = """
            {"reason":"Please complete area (iii) and add links to the policy",
             "comments":[{"question":"A2_OER_POLICY","text":"Which ministry adopted it? Please add the link."}]}""")
    public record ReturnRequest(@NotBlank @Size(max = 5000) String reason,
                                @Size(max = 500) List<@Valid QuestionComment> comments) {
    }

    public record QuestionComment(@NotBlank String question, @NotBlank @Size(max = 5000) String text) {
    }

    @Schema(description = "Reopen a validated report: a reason is required", example = """
            {"reason":"The date of the policy was found to be wrong"}""")
    public record ReasonRequest(@NotBlank @Size(max = 5000) String reason) {
    }

    @Schema(description = "Validate a report; the note is optional", example = """
            {"note":"Checked against the ministry's publication"}""")
    public record ValidateRequest(@Size(max = 5000) String note) {
    }

    @Schema(description = "The outcome of a review decision")
    public record DecisionView(String cycle, String state, String status, int version, String decision, String reason,
                               String decidedBy, Instant decidedAt, int comments) {
    }

    @Schema(description = "What changed between two submissions, question by question")
    public record ChangesView(int from, int to, List<QuestionChange> changes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionChange(String question, String label, String change,
                                 @Schema(implementation = AnswerSchemas.Answer.class) JsonNode before,
                                 @Schema(implementation = AnswerSchemas.Answer.class) JsonNode after) {
    }

    /** A comment with its replies; {@code resolvedAt} is when a later submission closed it (null while open). */
    public record CommentThread(org.unesco.oer.report.ReportDtos.CommentView comment, Instant resolvedAt) {
    }
}
