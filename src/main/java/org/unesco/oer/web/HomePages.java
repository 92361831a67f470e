package org.unesco.oer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.identity.DesignationService;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Scope;

import java.net.URI;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The start of the pages: "/" and "My reports", the reports the signed-in user is designated for. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Scope(Access.AUTHENTICATED)
public class HomePages {

    @Inject
    Page page;
    @Inject
    CurrentUser user;
    @Inject
    DesignationService designations;
    @Inject
    ReportService reports;
    @Inject
    CycleService cycles;
    @Inject
    InstantSource clock;

    /** One report on "My reports", with the deadline in the deadline's own time zone. */
    public record MyReport(ReportingCycle cycle, String cycleTitle, String stateName, ReportView report, long daysLeft) {

        public long daysLate() {
            return -daysLeft;
        }

        public String statusKey() {
            return "status_" + report.status().code();
        }

        public String path() {
            return "/reports/" + cycle.code + "/" + report.state();
        }
    }

    @CheckedTemplate(basePath = "web", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance myReports(List<MyReport> reports);
    }

    @GET
    public Response start() {
        return Response.seeOther(URI.create("/reports")).build();
    }

    @GET
    @Path("reports")
    public Response myReports() {
        List<MyReport> mine = designations.activeFor(user.subject(), user.username()).stream().map(d -> {
            ReportingCycle cycle = cycles.require(d.cycleCode);
            ReportView report = reports.view(d.cycleCode, d.stateCode, page.lang());
            LocalDate today = clock.instant().atZone(cycle.zone()).toLocalDate();
            long days = report.deadline() == null ? 0 : ChronoUnit.DAYS.between(today, report.deadline().lastDay());
            return new MyReport(cycle, cycle.title(page.lang()), reportsStateName(report, d.stateCode), report, days);
        }).toList();
        return page.ok(Templates.myReports(mine));
    }

    @Inject
    ReportPageModel model;

    private String reportsStateName(ReportView report, String code) {
        return model.stateName(code, page.lang());
    }
}
