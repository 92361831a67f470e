package org.unesco.oer.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.unesco.oer.identity.DesignationDtos.DesignationRequest;
import org.unesco.oer.identity.DesignationDtos.DesignationView;
import org.unesco.oer.identity.DesignationDtos.HandoverRequest;
import org.unesco.oer.security.Actor;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;

import java.util.List;

@Path("/api/cycles/{cycle}/designations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Designations", description = "Focal-point designations and their Keycloak accounts")
@Authenticated
public class DesignationResource {

    @Inject
    FocalPointDesignations designations;
    @Inject
    CurrentActor caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Designate a focal point (secretariat)",
            description = "Creates the Keycloak account (or links the one with this e-mail), grants the focal-point role and the country attribute; "
                    + "sends Keycloak's required-actions e-mail if the realm can send mail, otherwise returns a one-time temporary password")
    @APIResponse(responseCode = "201", description = "Designated", content = @Content(schema = @Schema(implementation = DesignationView.class)))
    @APIResponse(responseCode = "409", description = "The existing account with this e-mail holds a privileged role or acts for another state;"
            + " send linkPrivilegedOrOtherStateAccount: true to link it anyway")
    @APIResponse(responseCode = "503", description = "Keycloak unreachable; nothing was left behind")
    public Response designate(@PathParam("cycle") String cycle, @Valid @NotNull DesignationRequest body) {
        DesignationView view = designations.designate(cycle, body.state(), body.person(), body.evidence(), body.linkConfirmed(), actor());
        return Response.status(201).entity(view).header("Cache-Control", "no-store").build();
    }

    @GET
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "Designations of a cycle, optionally of one state, past and current")
    public List<DesignationView> list(@PathParam("cycle") String cycle, @QueryParam("state") String state) {
        return designations.list(cycle, state);
    }

    @DELETE
    @Path("/{id}")
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "End a designation (secretariat)", description = "Access ends at once; the role is removed when the person has no other active designation")
    public DesignationView end(@PathParam("cycle") String cycle, @PathParam("id") long id,
                               @QueryParam("reason") @Size(max = 1000) String reason) {
        return designations.end(cycle, id, reason, actor());
    }

    @POST
    @Path("/{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Hand over to another person in one audited operation (secretariat)")
    @APIResponse(responseCode = "201", description = "The new designation", content = @Content(schema = @Schema(implementation = DesignationView.class)))
    public Response handover(@PathParam("cycle") String cycle, @PathParam("id") long id, @Valid @NotNull HandoverRequest body) {
        DesignationView view = designations.handover(cycle, id, body.person(), body.evidence(), body.reason(), body.linkConfirmed(), actor());
        return Response.status(201).entity(view).header("Cache-Control", "no-store").build();
    }

    private Actor actor() {
        return caller.actor();
    }
}
