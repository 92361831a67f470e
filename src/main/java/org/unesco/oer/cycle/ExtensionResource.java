package org.unesco.oer.cycle;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Path("/api/cycles/{cycle}/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extensions", description = "Later deadlines granted to individual states")
@Authenticated
public class ExtensionResource {

    @Inject
    CycleService cycles;
    @Inject
    ExtensionService extensions;
    @Inject
    CurrentActor caller;

    @Schema(description = "Grant a state a later deadline (a last day in the cycle's time zone)", example = """
            {"state":"KEN","deadline":"2027-02-28","reason":"National validation meeting postponed"}""")
    public record GrantRequest(@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$", message = "{violation.pattern.alpha3}") String state,
                               @NotNull LocalDate deadline,
                               @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Several states' later deadlines for one reason (at most 250 states, each once)", example = """
            {"extensions":[{"state":"MOZ","deadline":"2027-02-28"},{"state":"MWI","deadline":"2027-03-15"}],
             "reason":"Cyclone Freddy: schools and ministries closed"}""")
    public record BulkGrantRequest(@NotNull @Size(min = 1, max = 250) List<@NotNull @Valid StateDeadline> extensions,
                                   @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "One state's later deadline, a last day in the cycle's time zone")
    public record StateDeadline(@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$", message = "{violation.pattern.alpha3}") String state,
                                @NotNull LocalDate deadline) {
    }

    @Schema(description = "An extension granted to a state")
    public record ExtensionView(long id, String state, LocalDate deadline, String timeZone, Instant endsAt,
                                String reason, String grantedBy, Instant grantedAt) {

        static ExtensionView of(Extension e, ReportingCycle c) {
            return new ExtensionView(e.id, e.stateCode, e.deadlineDate, c.timeZone,
                    new Deadline(e.deadlineDate, c.zone()).endsAt(), e.reason, e.grantedBy, e.grantedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Grant an extension (secretariat)", description = "The state's effective deadline becomes the later of the cycle deadline and this one; audited")
    @APIResponse(responseCode = "201", description = "Granted", content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    public Response grant(@PathParam("cycle") String cycle, @Valid @NotNull GrantRequest request) {
        ReportingCycle c = cycles.require(cycle);
        Extension e = extensions.grant(c, request.state().toUpperCase(), request.deadline(), request.reason(),
                caller.actor());
        return Response.status(201).entity(ExtensionView.of(e, c)).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Grant extensions to several states at once (secretariat)",
            description = "One reason for all; each state's date follows the single grant's rules (a known state, after the cycle "
                    + "deadline) and a state appears once. All or nothing: one invalid entry is a 400 naming every invalid "
                    + "entry (extensions[i].state, extensions[i].deadline) and nothing is granted. Each state is audited on its own.")
    @APIResponse(responseCode = "201", description = "The extensions granted, in the order asked")
    @APIResponse(responseCode = "400", description = "An entry is invalid; nothing was granted")
    public Response grantAll(@PathParam("cycle") String cycle, @Valid @NotNull BulkGrantRequest request) {
        ReportingCycle c = cycles.require(cycle);
        List<ExtensionService.Grant> grants = request.extensions().stream()
                .map(e -> new ExtensionService.Grant(e.state().toUpperCase(Locale.ROOT), e.deadline())).toList();
        List<ExtensionView> granted = extensions.grantAll(c, grants, request.reason(), caller.actor()).stream()
                .map(e -> ExtensionView.of(e, c)).toList();
        return Response.status(201).entity(granted).build();
    }

    @GET
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "Extensions of a cycle, optionally of one state")
    public List<ExtensionView> list(@PathParam("cycle") String cycle, @QueryParam("state") String state) {
        ReportingCycle c = cycles.require(cycle);
        List<Extension> list = state == null || state.isBlank() ? Extension.forCycle(c.code)
                : Extension.forState(c.code, state.toUpperCase());
        return list.stream().map(e -> ExtensionView.of(e, c)).toList();
    }
}
