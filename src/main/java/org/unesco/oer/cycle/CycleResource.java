package org.unesco.oer.cycle;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
    public CycleView get(@PathParam("code") String code, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CycleView.of(service.require(code), languages.resolve(lang, acceptLanguage), languages.supported(), clock.instant());
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
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull CreateCycleRequest request, @Context UriInfo uri) {
        ReportingCycle cycle = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(cycle.code).build())
                .entity(CycleView.of(cycle, Languages.FALLBACK, languages.supported(), clock.instant())).build();
    }
}
