package org.unesco.oer.web.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Problem;
import org.unesco.oer.report.DocumentConfig;
import org.unesco.oer.report.DocumentType;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportDtos.ValidationView;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.security.Actor;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.CsrfForm;
import org.unesco.oer.web.CsrfProtected;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Secretariat's submit step for a report it entered on a state's behalf (reached from "check
 * your answers"): the date the report was received, default today, and the document it came as.
 */
@Path("/secretariat/{cycle}/states/{state}/submit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
@Scope(roles = {Roles.SECRETARIAT})
public class ProxyEntryPages {

    @Inject
    Page page;
    @Inject
    StatePageSupport support;
    @Inject
    ReportService reports;
    @Inject
    ProxySubmission proxy;
    @Inject
    CurrentActor caller;
    @Inject
    DocumentConfig documentConfig;
    @Inject
    InstantSource clock;

    @PathParam("cycle")
    String cycle;
    @PathParam("state")
    String state;

    /** The multipart form: anti-forgery token, the report version read, the date received, the file. */
    public static class SubmitForm implements CsrfForm {
        @RestForm("_csrf")
        public String csrf;
        @RestForm("_version")
        public String version;
        @RestForm("receivedAt")
        public String receivedAt;
        @RestForm("document")
        public FileUpload document;

        @Override
        public String csrfToken() {
            return csrf;
        }
    }

    public record FieldError(String field, String message) {
    }

    public record SubmitPage(ReportView report, String stateName, String zone, ValidationView validation, String receivedAt,
                             String today, long maxMb, List<FieldError> errors) {

        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
        }

        public String base() {
            return "/secretariat/" + report.cycle() + "/states/" + report.state();
        }
    }

    @CheckedTemplate(basePath = "review", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance submit(SubmitPage p);
    }

    @GET
    public Response form() {
        return page.ok(Templates.submit(submitPage(null, List.of())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@BeanParam SubmitForm form) {
        Rev rev = support.rev();
        String received = form.receivedAt == null ? "" : form.receivedAt.strip();
        List<FieldError> errors = new ArrayList<>();
        if (received.isEmpty()) {
            errors.add(new FieldError("receivedAt", rev.errReceivedMissing()));
        } else {
            try {
                LocalDate.parse(received);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("receivedAt", rev.errReceivedInvalid()));
            }
        }
        if (!errors.isEmpty()) {
            return again(received, errors);
        }
        FileUpload doc = form.document;
        ProxySubmission.Upload upload = doc == null || doc.size() == 0 || doc.fileName() == null || doc.fileName().isBlank() ? null
                : new ProxySubmission.Upload(doc.fileName(), declaredType(doc), doc.uploadedFile());
        // the Secretariat submits on the state's behalf: the date received counts, and the audit says so
        Actor actor = new Actor(caller.actor().username(), Roles.SECRETARIAT, true);
        ReceiptView receipt;
        try {
            receipt = proxy.submit(cycle, state, version(form.version), received, upload, actor);
        } catch (ProxySubmission.DocumentRefused e) {
            return again(received, List.of(new FieldError("document", said(e.refusal()))));
        } catch (InvalidRequestException e) {
            if (e.issues().stream().noneMatch(i -> "receivedAt".equals(i.field()))) {
                throw e;
            }
            return again(received, List.of(new FieldError("receivedAt", said(e))));
        }
        ReportView report = support.report(cycle, state);
        return Response.seeOther(URI.create("/secretariat/" + report.cycle() + "/states/" + report.state()
                + "?done=submitted-" + receipt.number())).build();
    }

    private Response again(String received, List<FieldError> errors) {
        return page.respond(Response.status(400), Templates.submit(submitPage(received, errors)));
    }

    /** The refusal in the page's language: the violation's words when it names one, else the detail. */
    private String said(RuntimeException e) {
        if (e instanceof DomainException d) {
            Problem problem = d.toProblem(page.lang());
            return problem.violations() != null && !problem.violations().isEmpty() ? problem.violations().get(0).message() : problem.detail();
        }
        throw e;
    }

    /** The browser's media type when it is one accepted, else the one the name's extension stands for (the content is checked anyway). */
    private static String declaredType(FileUpload doc) {
        String given = doc.contentType();
        if (given != null && DocumentType.ofMediaType(given).isPresent()) {
            return given;
        }
        return DocumentType.ofFileName(doc.fileName()).map(DocumentType::mediaType).orElse(given);
    }

    private static Integer version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("_version", "page-version");
        }
    }

    private SubmitPage submitPage(String received, List<FieldError> errors) {
        ReportView report = support.report(cycle, state);
        var c = support.cycle(report.cycle());
        String today = LocalDate.ofInstant(clock.instant(), c.zone()).toString();
        return new SubmitPage(report, support.stateName(report), c.zone().getId(), reports.validation(report.cycle(), report.state(), page.lang()),
                received == null ? today : received, today, documentConfig.maxSize().asLongValue() / (1024 * 1024), errors);
    }
}
