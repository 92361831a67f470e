package org.unesco.oer.web.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.identity.Designation;
import org.unesco.oer.identity.DesignationService;
import org.unesco.oer.monitoring.ContactDtos.LogEntry;
import org.unesco.oer.monitoring.ContactDtos.StateContacts;
import org.unesco.oer.monitoring.ContactLogService;
import org.unesco.oer.monitoring.ContactService;
import org.unesco.oer.report.DocumentService;
import org.unesco.oer.report.ReportDtos.DocumentView;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.SubmissionService;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.Page;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A state's page for the Secretariat (analysts read it too): the report read-only, its
 * submissions with their receipts and re-checked digests, the documents as received, the focal
 * points, the national contacts, the contact log and the history.
 */
@Path("/secretariat/{cycle}/states/{state}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class StatePages {

    @Inject
    Page page;
    @Inject
    StatePageSupport support;
    @Inject
    SubmissionService submissions;
    @Inject
    DocumentService documents;
    @Inject
    DesignationService designations;
    @Inject
    ContactService contacts;
    @Inject
    ContactLogService contactLog;
    @Inject
    CurrentUser user;
    @Inject
    InstantSource clock;

    @PathParam("cycle")
    String cycle;
    @PathParam("state")
    String state;

    /** A submission as the state page lists it: its receipt, the digest re-checked now, its documents. */
    public record SubmissionRow(ReceiptView receipt, boolean digestValid, List<DocumentView> documents) {
    }

    public record DocumentRow(DocumentView document, String href, long kb) {
    }

    public record DesignationRow(Designation designation, boolean active) {
    }

    public record LogRow(LogEntry entry, String kind, String channel, String level) {
    }

    public record StatePage(ReportView report, String stateName, String cycleTitle, String zone, boolean secretariat,
                            String done, List<StatePageSupport.AnsweredSection> sections, List<SubmissionRow> submissions,
                            List<DocumentRow> documents, List<DesignationRow> designations, StateContacts contacts,
                            String contactLanguage, List<LogRow> log, StatePageSupport.History history) {

        public String statusKey() {
            return "status_" + report.status().code();
        }

        public String base() {
            return "/secretariat/" + report.cycle() + "/states/" + report.state();
        }
    }

    @CheckedTemplate(basePath = "review", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance state(StatePage p);
    }

    @GET
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    public Response state(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int number, @QueryParam("done") String done) {
        ReportView report = support.report(cycle, state);
        ReportingCycle c = support.cycle(report.cycle());
        List<SubmissionRow> rows = new ArrayList<>();
        List<DocumentRow> docs = new ArrayList<>();
        for (ReceiptView r : submissions.receipts(report.cycle(), report.state())) {
            var s = submissions.submission(report.cycle(), report.state(), r.number());
            rows.add(new SubmissionRow(s.receipt(), s.digestValid(), s.documents()));
            s.documents().forEach(d -> docs.add(new DocumentRow(d, "/secretariat/" + report.cycle() + "/states/" + report.state()
                    + "/documents/" + r.number() + "/" + d.id(), Math.max(1, (d.size() + 1023) / 1024))));
        }
        List<DesignationRow> people = designations.forCycle(report.cycle(), report.state()).stream()
                .map(d -> new DesignationRow(d, d.isActive(clock.instant()))).toList();
        StateContacts contact = contacts.get(report.state());
        List<LogRow> log = contactLog.list(c, report.state()).stream()
                .map(e -> new LogRow(e, support.logWord("kind", e.kind()), support.logWord("channel", e.channel()),
                        support.logWord("level", e.level()))).toList();
        String language = contact.language() == null ? null : org.unesco.oer.web.PageLanguage.endonym(contact.language());
        StatePage p = new StatePage(report, support.stateName(report), c.title(page.lang()), StatePageSupport.zone(report),
                user.hasRole(Roles.SECRETARIAT), doneMessage(done), support.sections(report), rows, docs, people, contact, language,
                log, support.history(report, number));
        return page.ok(Templates.state(p));
    }

    private String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        Rev rev = support.rev();
        if (done.startsWith("submitted-")) {
            try {
                return rev.doneSubmitted(Integer.parseInt(done.substring("submitted-".length())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return switch (done) {
            case "returned" -> rev.doneReturned();
            case "validated" -> rev.doneValidated();
            case "reopened" -> rev.doneReopened();
            default -> null;
        };
    }

    /** A document as received, downloaded unchanged (the API's headers), from a page session. */
    @GET
    @Path("/documents/{number}/{id}")
    @Produces(MediaType.WILDCARD)
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    public Response document(@PathParam("number") int number, @PathParam("id") long id) {
        return org.unesco.oer.report.SubmissionDocumentResource.attachment(documents.download(cycle, state, number, id));
    }
}
