package org.unesco.oer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.unesco.oer.platform.Problem;

/**
 * Errors on the pages are pages: the problem the API would answer (same status, same plain
 * message), in the page layout and language, with a way back. The API keeps problem+json.
 */
public class ErrorPages {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ErrorPages.class);

    @Inject
    Page page;

    @CheckedTemplate(basePath = "web", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(Problem problem, String titleKey);
    }

    @ServerResponseFilter
    public void render(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(response.getEntity() instanceof Problem problem) || path.startsWith("/api") || path.startsWith("/q/")) {
            return;
        }
        String key = switch (problem.status()) {
            case 404 -> "notFoundTitle";
            case 401, 403 -> "forbiddenTitle";
            default -> "errorTitle";
        };
        String html;
        try {
            html = page.prepare(Templates.error(problem, key)).render();
        } catch (RuntimeException e) {
            LOG.warnf("Error page for %s not rendered (%s); answering problem+json", path, e.toString());
            return;
        }
        response.setEntity(html, null, MediaType.valueOf("text/html;charset=UTF-8"));
        response.getHeaders().putSingle("Cache-Control", "no-store");
        // a language chosen on a page that turned out to be an error is remembered like on any other page
        jakarta.ws.rs.core.NewCookie choice = page.languageChoice();
        if (choice != null) {
            response.getHeaders().add(jakarta.ws.rs.core.HttpHeaders.SET_COOKIE, choice);
        }
    }
}
