package org.unesco.oer.monitoring;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.monitoring.ContactDtos.LogEntry;
import org.unesco.oer.monitoring.ContactDtos.ManualContact;

import java.util.List;

@Path("/api/cycles/{cycle}/contact-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts and reminders")
@Authenticated
public class ContactLogResource {

    @Inject
    ContactLogService log;
    @Inject
    CycleService cycles;
    @Inject
    CurrentActor caller;

    @GET
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "Reminders sent and contacts recorded, optionally for one state")
    public List<LogEntry> list(@PathParam("cycle") String cycle, @QueryParam("state") String state) {
        return log.list(cycles.require(cycle), state);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Record a contact made by hand (secretariat; audited)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = LogEntry.class)))
    public Response record(@PathParam("cycle") String cycle, @Valid @NotNull ManualContact body) {
        return Response.status(201).entity(log.record(cycles.require(cycle), body,
                caller.actor())).build();
    }
}
