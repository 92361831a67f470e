package org.unesco.oer.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.unesco.oer.security.CurrentUser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What every page has: the language (and direction), the user, the anti-forgery token, dates in words. */
@RequestScoped
public class Page {

    @Inject
    PageLanguage language;
    @Inject
    CurrentUser user;
    @Inject
    Csrf csrf;
    @Inject
    Assets assets;

    @Inject
    jakarta.enterprise.inject.Instance<Section> sectionBeans;
    @Inject
    org.unesco.oer.cycle.CycleService cycleService;
    @Inject
    java.time.InstantSource clock;
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    /**
     * The main navigation for the signed-in user's roles, in the cycle of the page's path (or the
     * current cycle); empty for a focal point, whose pages are their reports.
     */
    public java.util.List<Section.Link> sections() {
        if (!signedIn()) {
            return java.util.List.of();
        }
        java.util.List<Section> visible = sectionBeans.stream().filter(s -> s.visibleTo(user))
                .sorted(java.util.Comparator.comparingInt(Section::order)).toList();
        if (visible.isEmpty()) {
            return java.util.List.of(); // a focal point: no query for the current cycle on every page
        }
        String path = uriInfo == null ? "" : uriInfo.getPath();
        String cycle = cycleOfPath(path);
        if (cycle == null) {
            cycle = cycleService.current(clock.instant()).map(c -> c.code).orElse(null);
        }
        String inCycle = cycle;
        return visible.stream()
                .map(s -> {
                    String href = s.href(inCycle);
                    return new Section.Link(s.label(lang()), href, href != null && path.startsWith(href.split("\\?")[0]));
                })
                .filter(l -> l.href() != null).toList();
    }

    /** {@code /monitoring/{cycle}/…}, {@code /secretariat/{cycle}/…}, {@code /analysis/{cycle}/…}: the cycle. */
    static String cycleOfPath(String path) {
        String[] parts = path.split("/");
        if (parts.length > 2 && java.util.Set.of("monitoring", "secretariat", "analysis").contains(parts[1])) {
            return parts[2];
        }
        return null;
    }

    /** A static file's fingerprinted address. */
    public String asset(String name) {
        return assets.url(name);
    }

    public TemplateInstance prepare(TemplateInstance template) {
        return template.setLocale(language.locale()).data("page", this);
    }

    public Response ok(TemplateInstance template) {
        return respond(Response.ok(), template);
    }

    /** The language cookie to set when this request chose the language, else null. */
    public NewCookie languageChoice() {
        return language.choiceCookie();
    }

    public Response respond(Response.ResponseBuilder builder, TemplateInstance template) {
        NewCookie choice = language.choiceCookie();
        if (choice != null) {
            builder.cookie(choice);
        }
        return builder.entity(prepare(template)).type("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store").build();
    }

    /** The page words in the page's language, for messages built in Java. */
    public Msg messages() {
        return "en".equals(lang()) ? io.quarkus.qute.i18n.MessageBundles.get(Msg.class)
                : io.quarkus.qute.i18n.MessageBundles.get(Msg.class, io.quarkus.qute.i18n.Localized.Literal.of(lang()));
    }

    public String statusLabel(org.unesco.oer.report.ReportStatus status) {
        Msg msg = messages();
        return switch (status) {
            case NOT_STARTED -> msg.status_not_started();
            case DRAFT -> msg.status_draft();
            case SUBMITTED -> msg.status_submitted();
            case RETURNED -> msg.status_returned();
            case VALIDATED -> msg.status_validated();
        };
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    public boolean rtl() {
        return language.rightToLeft();
    }

    public java.util.List<String> languages() {
        return language.supported();
    }

    public String endonym(String code) {
        return PageLanguage.endonym(code);
    }

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    /** False on an error page shown to a visitor who is not signed in (a missing file, say). */
    public boolean signedIn() {
        try {
            return !identity.isAnonymous();
        } catch (RuntimeException e) {
            // on an I/O thread (no page matched) the identity cannot be resolved: treat as a visitor
            return false;
        }
    }

    public String username() {
        return user.username();
    }

    public String csrf() {
        return csrf.tokenFor(user.subject());
    }

    public String dateTime(Instant at, String zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.locale())
                .format(at.atZone(ZoneId.of(zone == null ? "UTC" : zone)));
    }

    public String date(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
    }
}
