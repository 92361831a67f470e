package org.unesco.oer.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/** Every error leaves the API as RFC 9457 problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        Problem problem = e.toProblem(Messages.language(uri, headers));
        if (e.status() == 503) {
            return retryLater(problem, uri, "30");
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String language = Messages.language(uri, headers);
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> BeanViolations.issue(field(v), v).in(language))
                .toList();
        return respond(Problem.of(400, "invalid-request", Messages.text(language, "title.invalid-request"),
                Problem.summary(language, violations)).withViolations(violations), uri);
    }

    // ---- Input that cannot be read or converted (issue 9 §1): field and rule in the client's terms ----

    // Listed explicitly: Quarkus ships its own, more specific mappers for some of these.
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, InvalidDefinitionException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof InvalidDefinitionException) {
            LOG.warn("A request body could not be bound: " + e.getOriginalMessage());
        }
        return respond(InputProblems.json(e).toProblem(Messages.language(uri, headers)), uri);
    }

    /** RESTEasy answers a path or query parameter it cannot convert with a bare 404 whose cause is the failure. */
    @ServerExceptionMapper
    public Response unconvertibleParameter(jakarta.ws.rs.NotFoundException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        if (e.getCause() == null) {
            return http(e, uri, headers);
        }
        return respond(InputProblems.parameter(resource, uri).toProblem(Messages.language(uri, headers)), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem(401, "unauthenticated", Messages.language(uri, headers), "detail.unauthenticated").withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri, HttpHeaders headers) {
        LOG.warn("Identity provider unavailable: " + e.getMessage());
        return Response.status(503).header("Retry-After", "30").type(Problem.MEDIA_TYPE)
                .entity(problem(503, "identity-provider-unavailable", Messages.language(uri, headers), "detail.idp.sign-in")
                        .withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(problem(403, "forbidden", Messages.language(uri, headers), "detail.forbidden"), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        String language = Messages.language(uri, headers);
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String title = Messages.bundle(language).getOrDefault("title.http." + status, type.getReasonPhrase());
        // The framework's own words (e.g. "HTTP 405 Method Not Allowed") in English; the bundle's otherwise.
        String detail = status >= 500 ? Messages.text(language, "detail.server-error")
                : Messages.FALLBACK.equals(language) ? e.getMessage()
                : Messages.text(language, "detail.http", status, title);
        return respond(Problem.of(status, null, title, detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        String language = Messages.language(uri, headers);
        if (DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e, uri, language);
        }
        LOG.error("Unexpected error", e);
        return respond(problem(500, "internal-error", language, "detail.internal-error"), uri);
    }

    /** Connection failures, failovers and pool timeouts: the client should retry, its data is fine. */
    private static Response databaseUnavailable(Exception e, UriInfo uri, String language) {
        LOG.warnf("Database unavailable (%s): %s", uri.getPath(), rootMessage(e));
        return retryLater(problem(503, "database-unavailable", language, "detail.database-unavailable"), uri, "5");
    }

    private static Problem problem(int status, String slug, String language, String detailKey) {
        return Problem.of(status, slug, Messages.text(language, "title." + slug), Messages.text(language, detailKey));
    }

    private static Response retryLater(Problem problem, UriInfo uri, String seconds) {
        return Response.status(503).header("Retry-After", seconds).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath())).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath())).build();
    }

    /** The name the client knows: the body's property path, or the query/path parameter. */
    private static String field(ConstraintViolation<?> v) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (!property.isEmpty()) {
                        property.append('.');
                    }
                    property.append(node.getName());
                    if (node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        return !property.isEmpty() ? property.toString() : parameter != null ? parameter : v.getPropertyPath().toString();
    }
}
