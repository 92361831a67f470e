package org.unesco.oer.monitoring;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.platform.Dates;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.registry.MembershipStatus;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

@Path("/api/cycles/{cycle}")
@Tag(name = "Monitoring", description = "Status board and reporting rates for the Secretariat")
@Authenticated
@Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
public class MonitoringResource {

    @Inject
    InstantSource clock;
    @Inject
    CycleService cycles;
    @Inject
    StatusBoardService board;
    @Inject
    MonitoringService monitoring;
    @Inject
    WorkMetrics metrics;

    @Schema(description = "A page of the status board")
    public record BoardPage(String cycle, Instant asOf, int total, int page, int size, List<BoardRow> rows) {
    }

    @GET
    @Path("/reports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status board: one row per Member State and Associate Member",
            description = "Filters: region, status (comma list), late, membership; sort: comma list of fields, '-' for descending")
    public BoardPage board(@PathParam("cycle") String cycle,
                           @QueryParam("region") String region, @QueryParam("status") String status,
                           @Parameter(description = "true or false") @QueryParam("late") String late,
                           @QueryParam("membership") String membership,
                           @Parameter(description = "e.g. -daysLate,name") @QueryParam("sort") String sort,
                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                           @QueryParam("size") @DefaultValue("250") @Min(1) @Max(1000) int size) {
        ReportingCycle c = cycles.require(cycle);
        Instant now = clock.instant();
        List<BoardRow> rows = BoardQuery.parse(region, status, late, membership, sort).apply(board.rows(c, now));
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new BoardPage(c.code, now, rows.size(), page, size, rows.subList(from, (int) Math.min(rows.size(), (long) from + size)));
    }

    @GET
    @Path("/reports")
    @Produces(BoardCsv.MEDIA_TYPE)
    @Operation(summary = "The status board as CSV (UTF-8 with BOM), all filtered rows")
    @APIResponse(responseCode = "200", description = "The board: JSON by default, CSV with `Accept: text/csv`", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardPage.class)),
            @Content(mediaType = BoardCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response boardCsv(@PathParam("cycle") String cycle,
                             @QueryParam("region") String region, @QueryParam("status") String status,
                             @QueryParam("late") String late, @QueryParam("membership") String membership,
                             @QueryParam("sort") String sort) {
        ReportingCycle c = cycles.require(cycle);
        List<BoardRow> rows = BoardQuery.parse(region, status, late, membership, sort).apply(board.rows(c, clock.instant()));
        StreamingOutput body = out -> metrics.export("csv", out, o -> {
            BoardCsv.write(rows, o);
            return null;
        });
        return Response.ok(body, BoardCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"status-board-" + c.code + ".csv\"").build();
    }

    @GET
    @Path("/monitoring")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reporting rates per region and overall at a moment, with the daily curve of submissions",
            description = "Computed from the audit trail. asOf: an instant (2027-01-31T23:00:00Z) or a day (end of that day in the cycle's zone); default now")
    public ReportingRates rates(@PathParam("cycle") String cycle, @QueryParam("asOf") String asOf,
                                @Parameter(description = "member (default), associate or all") @QueryParam("membership") @DefaultValue("member") String membership) {
        ReportingCycle c = cycles.require(cycle);
        MembershipStatus member = "all".equals(membership) ? null : MembershipStatus.fromCode(membership)
                .orElseThrow(() -> new InvalidRequestException("membership", "one-of", "member, associate, all"));
        return monitoring.rates(c, moment(asOf, c, clock.instant()), member);
    }

    static Instant moment(String asOf, ReportingCycle cycle, Instant now) {
        if (asOf == null || asOf.isBlank()) {
            return now;
        }
        return Dates.instantOrDayEnd("asOf", asOf, cycle.zone());
    }
}
