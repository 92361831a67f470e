package org.unesco.oer.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the HTTP layer refuses, answered as problem+json like everything else: a body over
 * {@code oer.http.max-body-size} (413; on the document upload route {@code oer.documents.max-size}), a URI over {@code oer.http.max-uri-length} (414),
 * headers over {@code oer.http.max-header-size} (431), a path Vert.x cannot decode (400) and an
 * Authorization header that is not a well-formed bearer token (401, before OIDC sees it).
 * These run before Quarkus' own handlers. The codec limits (quarkus.http.limits.max-initial-line-length,
 * max-header-size) are set well above these, so only grossly oversized requests are cut off by the
 * codec itself (with a bare status and a closed connection).
 */
@ApplicationScoped
public class HttpLimits {

    /** Before Quarkus' body-size check (order -2) and everything after it. */
    static final int ORDER = -10;
    /** A JWS in compact form: three base64url parts. */
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final int INSTANCE_MAX = 300;
    /** The one route that takes bodies larger than JSON ever is: the document as received. */
    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/api/cycles/[^/]+/reports/[^/]+/submissions/[^/]+/documents/?");
    /** The Secretariat's submit page, a multipart form with the document as received: the document limit and room for the form. */
    private static final Pattern PAGE_UPLOAD = Pattern.compile("/secretariat/[^/]+/states/[^/]+/submit/?");
    private static final long FORM_ROOM = 64 * 1024;

    /** Every body but a document's; Quarkus' own limit (the codec's) is set at the document limit and above. */
    @ConfigProperty(name = "oer.http.max-body-size")
    MemorySize maxBody;
    @ConfigProperty(name = "oer.documents.max-size", defaultValue = "10M")
    MemorySize maxDocument;
    @ConfigProperty(name = "oer.http.max-uri-length", defaultValue = "4096")
    int maxUri;
    @ConfigProperty(name = "oer.http.max-header-size", defaultValue = "16384")
    int maxHeaders;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.errorHandler(400, ctx -> problem(ctx, 400, "unreadable-request", Message.of("detail.unreadable-request")));
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUri) {
            problem(ctx, 414, "uri-too-long", Message.of("detail.uri-too-long", maxUri));
            return;
        }
        String badUri = unreadableUriPart(request.uri());
        if (badUri != null) {
            send(ctx, new InvalidRequestException(badUri, "encoding").toProblem(language(ctx)));
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headers > maxHeaders) {
            problem(ctx, 431, "headers-too-large", Message.of("detail.headers-too-large", maxHeaders));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = DOCUMENT_UPLOAD.matcher(request.path()).matches() ? maxDocument.asLongValue()
                : PAGE_UPLOAD.matcher(request.path()).matches() ? maxDocument.asLongValue() + FORM_ROOM : maxBody.asLongValue();
        if (length != null && exceeds(length, limit)) {
            problem(ctx, 413, "body-too-large", Message.of("detail.body-too-large", limit));
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && request.path().startsWith("/api/") && authorization.regionMatches(true, 0, "Bearer", 0, 6)
                && !JWT.matcher(authorization.substring(6).trim()).matches()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(ctx, 401, "unauthenticated", Message.of("detail.unauthenticated.malformed"));
            return;
        }
        ctx.next();
    }

    /**
     * The part of a request URI that is not a valid URI (a malformed percent-escape, a space, invalid
     * UTF-8): "path" or the query parameter's name; null when the URI is readable. Quarkus' own check
     * answers such a request with a bare 400 before any handler; {@link Main} turns it off so that this
     * one answers in words. (A malformed escape in the path usually stops Vert.x' router first: its
     * 400 is answered by the error handler installed above.)
     */
    static String unreadableUriPart(String uri) {
        if (readable(uri)) {
            return null;
        }
        int q = uri.indexOf('?');
        if (q < 0 || !readable(uri.substring(0, q))) {
            return "path";
        }
        for (String pair : uri.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = RequestHygieneFilter.decode(eq < 0 ? pair : pair.substring(0, eq), true);
            if (name == null || !readable("?" + pair.substring(0, eq < 0 ? pair.length() : eq))) {
                return "query";
            }
            if (!readable("?" + pair)) {
                return name;
            }
        }
        return "query";
    }

    private static boolean readable(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean exceeds(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void problem(RoutingContext ctx, int status, String slug, Message detail) {
        String language = language(ctx);
        send(ctx, Problem.of(status, slug, Messages.text(language, "title." + slug), detail.in(language)));
    }

    /** The request's {@code lang} (read from the raw query, which may be malformed) or Accept-Language. */
    private static String language(RoutingContext ctx) {
        return Messages.languageOfQuery(ctx.request().query(), ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Ends the exchange with the problem as problem+json, its instance the request path (cut at 300 characters). */
    static void send(RoutingContext ctx, Problem problem) {
        int status = problem.status();
        String path = ctx.request().path();
        String instance = path == null ? null : path.length() > INSTANCE_MAX ? path.substring(0, INSTANCE_MAX) : path;
        String body = Json.write(problem.withInstance(instance));
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413 || status == 400) {
            // The rest of the request is not read: close the connection rather than wait for it (as Quarkus' own 413 does).
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> ctx.request().connection().close());
        }
        response.end(body);
    }
}
