package org.unesco.oer.cycle;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;
import org.unesco.oer.audit.AuditHistory;
import org.unesco.oer.cycle.CycleDtos.CycleEditView;
import org.unesco.oer.cycle.CycleDtos.UpdateCycleRequest;
import org.unesco.oer.platform.IfMatch;
import org.unesco.oer.report.ReportDtos.HistoryPage;
import org.unesco.oer.security.CurrentActor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.cycle.CycleDtos.CycleView;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

@Path("/api/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting cycles", description = "Consultations: circular letter, dates, deadline and questionnaire")
@Authenticated
@Scope(Access.AUTHENTICATED)
public class CycleResource {

    @Inject
    InstantSource clock;
    @Inject
    CycleService service;
    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    Languages languages;
    @Inject
    CurrentActor caller;
    @Inject
    AuditHistory history;

    @GET
    @Operation(summary = "List reporting cycles, newest first")
    public List<CycleView> list(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = languages.resolve(lang, acceptLanguage);
        Instant now = clock.instant();
        return service.list().stream().map(c -> CycleView.of(c, language, languages.supported(), now)).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One reporting cycle", description = "Deadlines are a last day in the cycle's time zone; endsAt is the first late instant")
    public RestResponse<CycleView> get(@PathParam("code") String code, @QueryParam("lang") String lang,
                                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ReportingCycle cycle = service.require(code);
        return RestResponse.ResponseBuilder.ok(CycleView.of(cycle, languages.resolve(lang, acceptLanguage), languages.supported(), clock.instant()))
                .tag(new EntityTag(String.valueOf(cycle.version))).build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.ADMIN)
    @Operation(summary = "Edit a cycle's dates, time zone or titles (admin)",
            description = "Only the members sent change; a reason is required. Requires If-Match with the cycle version edited "
                    + "(the ETag of GET /api/cycles/{code}). The dates keep opening < deadline <= hard close and deadline <= "
                    + "analysis cut-off. Each changed field is audited old -> new with the reason (GET .../history). "
                    + "A change of deadline or time zone that would turn submitted reports from on time to late or back is a "
                    + "409 on-time-flags-would-change listing them, unless acceptOnTimeChanges is true: then their flags are "
                    + "updated and audited in each report's history; the submission receipts stay as they are.")
    @APIResponse(responseCode = "200", description = "Edited (or nothing to change); the new version is in the body and the ETag")
    @APIResponse(responseCode = "400", description = "A member breaks a rule (order of dates, time zone, language), or the reason is missing")
    @APIResponse(responseCode = "409", description = "stale-cycle-version: the cycle changed since the If-Match version (currentVersion); "
            + "on-time-flags-would-change: affectedReports lists the reports whose flag would turn over")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<CycleEditView> edit(@PathParam("code") String code, @Valid @NotNull UpdateCycleRequest request,
                                            @Parameter(description = "The cycle version edited, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CycleService.CycleEdit edit = service.edit(code, request, IfMatch.version(ifMatch), caller.actor());
        CycleView view = CycleView.of(edit.cycle(), Languages.FALLBACK, languages.supported(), clock.instant());
        return RestResponse.ResponseBuilder.ok(new CycleEditView(view, edit.changes(), edit.onTimeChanges()))
                .tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @Path("/{code}/history")
    @Scope(roles = {Roles.ADMIN, Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "The cycle's own audit history, newest first (paged)",
            description = "Edits of dates and titles (CYCLE_CHANGED, one record per field, old -> new, with the reason) and the "
                    + "on-time flags they changed (ON_TIME_FLAGS_CHANGED, listing the reports)")
    public HistoryPage history(@PathParam("code") String code,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return history.forCycle(service.require(code).code, page, size);
    }

    @GET
    @Path("/{code}/questionnaire")
    @Operation(summary = "The cycle's questionnaire in one language",
            description = "Any configured language (oer.languages); another language is a 400 listing the supported ones. "
                    + "Accept-Language is lenient: no supported language in it means English")
    public LocalizedQuestionnaire questionnaire(@PathParam("code") String code,
                                                @Parameter(description = "ISO 639-1 code: ar, zh, en, fr, ru, es") @QueryParam("lang") String lang,
                                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        QuestionnaireCatalog.Published published = catalog.require(service.require(code).questionnaireVersion);
        return LocalizedQuestionnaire.of(published, languages.resolve(lang, acceptLanguage));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.ADMIN)
    @Operation(summary = "Create a reporting cycle (admin)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the cycle", content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull CreateCycleRequest request, @Context UriInfo uri) {
        ReportingCycle cycle = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(cycle.code).build())
                .entity(CycleView.of(cycle, Languages.FALLBACK, languages.supported(), clock.instant())).build();
    }
}
