package org.unesco.oer.platform;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Keycloak unreachable is an outage, not a server error. A request whose sign-in or token check
 * needs the identity provider while it cannot be reached answers 503 with Retry-After:
 * problem+json for the API, a short page in the reader's language for the pages. Inside JAX-RS
 * {@code ProblemMappers.identityProviderDown} does the same; this covers what fails before it (the
 * pages' authentication policy runs in the HTTP layer, and Quarkus would answer 500).
 */
@ApplicationScoped
class IdentityProviderOutage {

    private static final Logger LOG = Logger.getLogger(IdentityProviderOutage.class);
    private static final String SLUG = "identity-provider-unavailable";

    void install(@Observes Router router) {
        router.route().order(HttpLimits.ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        if (!fromIdentityProvider(ctx.failure()) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        LOG.warn("Identity provider unavailable: " + ctx.failure().getMessage());
        // the pages remember a chosen language in a cookie (PageLanguage.COOKIE): it comes before Accept-Language
        var chosen = ctx.request().getCookie("oer-lang");
        String language = Messages.languageOfQuery(ctx.request().query(),
                chosen != null ? chosen.getValue() : ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String title = Messages.text(language, "title." + SLUG);
        String detail = Message.of("detail.idp.sign-in").in(language);
        var response = ctx.response().setStatusCode(503).putHeader("Retry-After", "30").putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (page(ctx.request().path(), ctx.request().getHeader(HttpHeaders.ACCEPT))) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(html(language, title, detail));
        } else {
            HttpLimits.send(ctx, Problem.of(503, SLUG, title, detail));
        }
    }

    static boolean fromIdentityProvider(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }

    /** A browser asking for a page (not the API, not Quarkus' /q endpoints). */
    static boolean page(String path, String accept) {
        return path != null && !path.startsWith("/api") && !path.startsWith("/q/") && accept != null && accept.contains("text/html");
    }

    /** The page: only texts of the problem bundles (no request data), so nothing needs escaping. */
    static String html(String language, String title, String detail) {
        String dir = "ar".equals(language) ? "rtl" : "ltr";
        return "<!DOCTYPE html><html lang=\"" + language + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/5.3.3/css/bootstrap" + ("rtl".equals(dir) ? ".rtl" : "") + ".min.css\">"
                + "</head><body><main class=\"container my-5\"><h1>" + title + "</h1><p class=\"lead\">" + detail + "</p></main></body></html>";
    }
}
