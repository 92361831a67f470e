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
    public Response domain(DomainException e, UriInfo uri) {
        if (e.status() == 503) {
            return retryLater(e.toProblem(), uri, "30");
        }
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .toList();
        return respond(Problem.of(400, "invalid-request", "Invalid request", Problem.summary(violations)).withViolations(violations), uri);
    }

    // ---- Input that cannot be read or converted (issue 9 §1): field and rule in the client's terms ----

    // Listed explicitly: Quarkus ships its own, more specific mappers for some of these.
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, InvalidDefinitionException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            LOG.warn("A request body could not be bound: " + e.getOriginalMessage());
        }
        return respond(InputProblems.json(e), uri);
    }

    /** RESTEasy answers a path or query parameter it cannot convert with a bare 404 whose cause is the failure. */
    @ServerExceptionMapper
    public Response unconvertibleParameter(jakarta.ws.rs.NotFoundException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() == null) {
            return http(e, uri);
        }
        return respond(InputProblems.parameter(resource, uri), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "unauthenticated", "Authentication required",
                        "Send a valid bearer token in the Authorization header").withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warn("Identity provider unavailable: " + e.getMessage());
        return Response.status(503).header("Retry-After", "30").type(Problem.MEDIA_TYPE)
                .entity(Problem.of(503, "identity-provider-unavailable", "Identity provider unavailable",
                        "The sign-in service cannot be reached; try again shortly").withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this operation"), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = status >= 500 ? "The server could not complete the request" : e.getMessage();
        return respond(Problem.of(status, null, type.getReasonPhrase(), detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e, uri);
        }
        LOG.error("Unexpected error", e);
        return respond(Problem.of(500, "internal-error", "Internal Server Error",
                "The server could not complete the request; the error has been logged"), uri);
    }

    /** Connection failures, failovers and pool timeouts: the client should retry, its data is fine. */
    private static Response databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("Database unavailable (%s): %s", uri.getPath(), rootMessage(e));
        return retryLater(Problem.of(503, "database-unavailable", "Database temporarily unavailable",
                "The database cannot be reached at the moment; retry in a few seconds. After a failed save,"
                        + " read the report again: its version tells whether the change was stored."), uri, "5");
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
