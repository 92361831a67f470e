package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.audit.AuditHistory;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.Actor;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Scope;
import org.unesco.oer.security.StateAccess;
import org.unesco.oer.platform.IfMatch;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Messages;
import org.unesco.oer.report.ReportDtos.AnswerValue;
import org.unesco.oer.report.ReportDtos.AnswersPatch;
import org.unesco.oer.report.ReportDtos.HistoryPage;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportDtos.SaveResult;
import org.unesco.oer.report.ReportDtos.SubmissionView;
import org.unesco.oer.report.ReportDtos.ValidationView;
import org.unesco.oer.review.ReviewDtos.ChangesView;
import org.unesco.oer.review.ReviewDtos.DecisionView;
import org.unesco.oer.review.ReviewDtos.ReasonRequest;
import org.unesco.oer.review.ReviewDtos.ReturnRequest;
import org.unesco.oer.review.ReviewDtos.ValidateRequest;
import org.unesco.oer.review.ReviewService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A state's national report in a cycle: answers, validation, submission, review and history.
 * Each method declares who may call it ({@link Scope}); it is decided before the call, on every call.
 */
@Path("/api/cycles/{cycle}/reports/{state}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National reports", description = "Fill, validate, submit and review a state's report")
@Authenticated
public class ReportResource {

    @Inject
    CurrentActor caller;
    @Inject
    ReportService reports;
    @Inject
    SubmissionService submissions;
    @Inject
    ReviewService reviews;
    @Inject
    AuditHistory history;
    @Inject
    ReportLocator locator;

    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @PathParam("cycle")
    String cycle;
    @PathParam("state")
    String state;

    @Scope(Access.STATE_READ)
    @GET
    @Operation(summary = "The report: status, answers, version (ETag), deadline, completion, validation per question, open comments")
    @APIResponse(responseCode = "200", description = "The report; its version is also the ETag",
            headers = @Header(name = HttpHeaders.ETAG, description = "The report version, e.g. \"7\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response get() {
        ReportView view = reports.view(cycle, state, Messages.language(uri, headers));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @Scope(Access.STATE_WRITE)
    @PUT
    @Path("/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer", description = "Requires If-Match with the report version the client edited. "
            + "An older version is merged: the save succeeds unless this question changed since that version.")
    @APIResponse(responseCode = "200", description = "Saved (or unchanged); the report's new version is in the body and the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SaveResult.class)))
    @APIResponse(responseCode = "400", description = "The value breaks the question's rules, or If-Match is not a version")
    @APIResponse(responseCode = "404", description = "No such report or question")
    @APIResponse(responseCode = "409", description = "Conflict: the question changed since the If-Match version (`conflicts` names it "
            + "with its current value, `changedBy` and `changedAt`; `currentVersion` is the report's), "
            + "the If-Match version is newer than the report, or the report is locked")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response saveOne(@PathParam("question") String question, @Valid @NotNull AnswerValue body,
                            @Parameter(description = "The report version edited, e.g. \"7\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor actor = caller.actor();
        Map<String, JsonNode> values = new HashMap<>();
        values.put(question, body.value());
        return saved(reports.save(cycle, state, values, version(ifMatch), actor));
    }

    @Scope(Access.STATE_WRITE)
    @PATCH
    @Path("/answers")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Save several answers at once (all or nothing)", description = "Requires If-Match with the report version "
            + "the client edited; null clears an answer. An older version is merged: the save succeeds unless one of "
            + "the questions written changed since that version, and then nothing is saved.")
    @APIResponse(responseCode = "200", description = "Saved (or unchanged); the report's new version is in the body and the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SaveResult.class)))
    @APIResponse(responseCode = "400", description = "A value breaks its question's rules, or If-Match is not a version")
    @APIResponse(responseCode = "409", description = "Conflict: questions written changed since the If-Match version (`conflicts` "
            + "names each with its current value, `changedBy` and `changedAt`; `currentVersion` is the report's), "
            + "the If-Match version is newer than the report, or the report is locked")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response saveMany(@Valid @NotNull AnswersPatch body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor actor = caller.actor();
        if (body.answers().isEmpty()) {
            throw new InvalidRequestException("answers", "min-items", Message.of("violation.min-items.answers"));
        }
        return saved(reports.save(cycle, state, body.answers(), version(ifMatch), actor));
    }

    @Scope(Access.STATE_READ)
    @GET
    @Path("/validation")
    @Operation(summary = "Everything that blocks submission, by question")
    public ValidationView validation() {
        return reports.validation(cycle, state, Messages.language(uri, headers));
    }

    @Scope(Access.STATE_WRITE)
    @POST
    @Path("/submit")
    @Operation(summary = "Submit the report", description = "Requires If-Match with the report version the submitter has in front of "
            + "them; it must be the current version (the whole report counts), so the receipt's digest covers what they saw. "
            + "Only a complete, valid report; late after the effective deadline; refused after the hard close without a running extension. Returns the receipt. "
            + "The Secretariat entering a report received outside the system (e-mail, paper) gives `receivedAt`: that moment counts "
            + "for the window, the on-time flag, the analysis cut-off and the curve; the receipt also records when it was entered.")
    @APIResponse(responseCode = "200", description = "Receipt: server time and SHA-256 of the submitted content")
    @APIResponse(responseCode = "400", description = "If-Match is not a version")
    @APIResponse(responseCode = "409", description = "The report changed since the If-Match version (`currentVersion`), "
            + "the submission window is closed, or the report cannot be submitted in its status")
    @APIResponse(responseCode = "422", description = "Incomplete or invalid, with the questions to fix")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public ReceiptView submit(@Parameter(description = "The report version submitted, e.g. \"7\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Parameter(description = "Secretariat only, for a report received outside the system: when it was received, "
                                      + "an instant or a day (the end of that day in the cycle's zone, or now if that day is today); between the "
                                      + "cycle's opening and now, and not after the hard close unless the state's extension was running then",
                                      example = "2023-01-28") @QueryParam("receivedAt") String receivedAt) {
        Actor actor = caller.actor();
        return submissions.submit(cycle, state, version(ifMatch), receivedAt == null || receivedAt.isBlank() ? null : receivedAt, actor);
    }

    @Scope(Access.STATE_READ)
    @GET
    @Path("/submissions")
    @Operation(summary = "Receipts of every submission of this report")
    public List<ReceiptView> receipts() {
        return submissions.receipts(cycle, state);
    }

    @Scope(Access.STATE_READ)
    @GET
    @Path("/submissions/{number}")
    @Operation(summary = "One submission's content, with its digest checked again")
    public SubmissionView submission(@PathParam("number") int number) {
        return submissions.submission(cycle, state, number);
    }

    @Scope(Access.STATE_DECIDE)
    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return for revision (secretariat)", description = "A reason is required; comments on questions are shown beside them")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "409", description = "The report is not submitted (`transition-not-allowed`)")
    public DecisionView returnForRevision(@Valid @NotNull ReturnRequest body) {
        Actor actor = caller.actor();
        return reviews.returnReport(cycle, state, body.reason(), body.comments(), actor);
    }

    @Scope(Access.STATE_DECIDE)
    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a submitted report (secretariat)")
    @APIResponse(responseCode = "200", description = "Validated")
    @APIResponse(responseCode = "409", description = "The report is not submitted (`transition-not-allowed`)")
    public DecisionView validate(@Valid ValidateRequest body) {
        Actor actor = caller.actor();
        return reviews.validate(cycle, state, body == null ? null : body.note(), actor);
    }

    @Scope(Access.STATE_DECIDE)
    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a validated report (secretariat)", description = "A reason is required; the report goes back to the focal point as returned")
    @APIResponse(responseCode = "200", description = "Reopened: the report is returned")
    @APIResponse(responseCode = "409", description = "The report is not validated (`transition-not-allowed`)")
    public DecisionView reopen(@Valid @NotNull ReasonRequest body) {
        Actor actor = caller.actor();
        return reviews.reopen(cycle, state, body.reason(), actor);
    }

    @Scope(Access.STATE_WRITE)
    @POST
    @Path("/comments/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to a Secretariat comment", description = "The state's team answers a comment of a returned report; "
            + "comments close with the next submission")
    @APIResponse(responseCode = "200", description = "The reply as stored")
    @APIResponse(responseCode = "404", description = "No such comment on this report")
    @APIResponse(responseCode = "409", description = "The comment is closed (the report was submitted again)")
    public ReportDtos.ReplyView reply(@PathParam("id") long id, @Valid @NotNull ReportDtos.ReplyRequest body) {
        return reviews.reply(cycle, state, id, body.text(), caller.actor());
    }

    @Scope(Access.STATE_READ)
    @GET
    @Path("/changes")
    @Operation(summary = "What changed between two submissions, question by question", description = "Default: the latest submission against the previous one")
    public ChangesView changes(@QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        return reviews.changes(cycle, state, from, to);
    }

    @Scope(Access.STATE_READ)
    @GET
    @Path("/history")
    @Operation(summary = "The report's audit history, newest first (paged)")
    public HistoryPage history(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        locator.context(cycle, state); // a cycle or state that does not exist is a 404 here too, not an empty page
        return history.forReport(cycle, StateAccess.normalize(state), page, size);
    }

    private static Response saved(SaveResult result) {
        return Response.ok(result).tag(new EntityTag(String.valueOf(result.version()))).build();
    }

    /** Accepts 7, "7" and W/"7". */
    static Integer version(String ifMatch) {
        return IfMatch.version(ifMatch);
    }
}
