package org.unesco.oer.registry;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.registry.MemberStateDtos.MemberStateView;
import org.unesco.oer.registry.MemberStateDtos.RegionChangeRequest;
import org.unesco.oer.registry.MemberStateDtos.RegionChangeView;
import org.unesco.oer.registry.MemberStateDtos.RegionView;
import org.unesco.oer.registry.MemberStateDtos.TermsView;

import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member states", description = "The registry of Member States, Associate Members and regions")
@Authenticated
@Scope(Access.AUTHENTICATED)
public class MemberStateResource {

    @Inject
    MemberStateService service;
    @Inject
    CurrentUser user;
    @Inject
    Languages languages;
    @Inject
    RegistryTerms terms;

    @GET
    @Path("/member-states")
    @Operation(summary = "List Member States and Associate Members", description = "Ordered by ISO code; names in the requested language")
    public List<MemberStateView> list(
            @Parameter(description = "Region code: AFR, ARB, APA, EUR or LAC") @QueryParam("region") String region,
            @Parameter(description = "member or associate") @QueryParam("status") String status,
            @Parameter(description = "A configured language (oer.languages): ar, zh, en, fr, ru, es") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return service.list(region, status, languages.resolve(lang, acceptLanguage));
    }

    @GET
    @Path("/member-states/{code}")
    @Operation(summary = "One state by its ISO 3166-1 alpha-3 code")
    public MemberStateView get(@PathParam("code") String code, @QueryParam("lang") String lang,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return service.get(code, languages.resolve(lang, acceptLanguage));
    }

    @GET
    @Path("/regions")
    @Operation(summary = "UNESCO regions with their number of Member States and Associate Members")
    public List<RegionView> regions(@QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return service.regions(languages.resolve(lang, acceptLanguage));
    }

    @GET
    @Path("/terms")
    @Operation(summary = "The registry's words in one language: membership, report statuses, timing words")
    public TermsView terms(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = languages.resolve(lang, acceptLanguage);
        return new TermsView(language, languages.supported(), terms.group("membership", language),
                terms.group("report_status", language), terms.group("timeliness", language));
    }

    @PUT
    @Path("/member-states/{code}/region")
    @Scope(roles = Roles.ADMIN)
    @Operation(summary = "Move a state to another region (admin)", description = "Recorded with who, when, old and new region; moving a state to its current region changes nothing")
    public MemberStateView changeRegion(@PathParam("code") String code, @Valid @NotNull RegionChangeRequest request) {
        return service.changeRegion(code, request.region(), request.reason(), user.username(), Roles.ADMIN);
    }

    @GET
    @Path("/member-states/{code}/region-changes")
    @Scope(roles = {Roles.ADMIN, Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "Region changes recorded for a state")
    public List<RegionChangeView> regionChanges(@PathParam("code") String code) {
        return service.regionChanges(code);
    }
}
