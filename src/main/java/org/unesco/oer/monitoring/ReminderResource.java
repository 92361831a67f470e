package org.unesco.oer.monitoring;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.monitoring.ContactDtos.ReminderRound;
import org.unesco.oer.monitoring.ContactDtos.ReminderTarget;
import org.unesco.oer.monitoring.ContactDtos.SendReminders;

import java.util.List;

@Path("/api/cycles/{cycle}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts and reminders")
@Authenticated
public class ReminderResource {

    @Inject
    ReminderService reminders;
    @Inject
    CycleService cycles;
    @Inject
    CurrentActor caller;

    @GET
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "States to chase at a stage, with whom to contact at their escalation level",
            description = "stage: not_started, draft_due (draft with at most `days` left), returned, late")
    public List<ReminderTarget> targets(@PathParam("cycle") String cycle, @QueryParam("stage") String stage,
                                        @QueryParam("days") @Min(0) @Max(3660) Integer days) {
        return reminders.targets(cycles.require(cycle), stage, days);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Send the localized reminder to the states of a stage (secretariat)",
            description = "A state already reminded at this stage within the configured interval is skipped")
    public ReminderRound send(@PathParam("cycle") String cycle, @Valid @NotNull SendReminders body) {
        return reminders.send(cycles.require(cycle), body.stage(), body.states(), body.note(),
                caller.actor());
    }
}
