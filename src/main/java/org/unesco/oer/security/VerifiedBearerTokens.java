package org.unesco.oer.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.unesco.oer.platform.LeastRecentlyUsed;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A bearer token of the API, once Quarkus OIDC has verified it, is trusted again without being
 * parsed and verified anew until it expires (at most {@link Config#maxAge()}). A client sends the
 * same token with every request for its whole lifetime, and the verification (two JSON parses,
 * base64 and the RSA signature) made half of what a report read allocates and a fifth of its CPU.
 * <p>Only what OIDC accepted is kept, keyed by the whole token and the tenant; a token it refused
 * is verified again each time. Code-flow sessions (the pages) are not cached. As with any bearer
 * JWT, a token stays valid until its {@code exp}: the cache adds no lifetime, and its entries are
 * timed by the system clock, as OIDC checks {@code exp} (not the application's clock, which tests
 * may shift).
 */
@ApplicationScoped
public class VerifiedBearerTokens implements IdentityProvider<TokenAuthenticationRequest> {

    @ConfigMapping(prefix = "oer.token-cache")
    public interface Config {
        /** Verified tokens kept (one or two per active user); 0 verifies every request. */
        @WithDefault("1024")
        int size();

        /** The longest a verified token is trusted without being verified again, even if it expires later. */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    private record Entry(SecurityIdentity identity, Instant until) {
    }

    private final IdentityProvider<TokenAuthenticationRequest> oidc;
    private final InstantSource clock;
    private final Duration maxAge;
    private final int size;
    private final Map<String, Entry> entries;

    @Inject
    VerifiedBearerTokens(OidcIdentityProvider oidc, Config config) {
        this(oidc, config, InstantSource.system());
    }

    VerifiedBearerTokens(IdentityProvider<TokenAuthenticationRequest> oidc, Config config, InstantSource clock) {
        this.oidc = oidc;
        this.clock = clock;
        this.maxAge = config.maxAge();
        this.size = config.size();
        this.entries = LeastRecentlyUsed.map(size);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's own provider (SYSTEM_FIRST + 1), which this one calls for every token it does not hold. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String key = key(request, rc);
        if (key == null) {
            return oidc.authenticate(request, context);
        }
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry != null && now.isBefore(entry.until())) {
            return Uni.createFrom().item(forThisRequest(entry.identity(), rc));
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(key, identity, now));
    }

    /** The cache key: the tenant and the whole token, for a bearer JWT only (null: not cached). */
    private String key(TokenAuthenticationRequest request, RoutingContext rc) {
        if (size <= 0 || rc == null || request.getToken().getClass() != AccessTokenCredential.class
                || !jwtShaped(request.getToken().getToken())) {
            return null;
        }
        Object tenant = rc.get(OidcUtils.TENANT_ID_ATTRIBUTE);
        return (tenant == null ? OidcUtils.DEFAULT_TENANT_ID : tenant) + " " + request.getToken().getToken();
    }

    /**
     * Header, payload and signature: a JWT, which OIDC verifies locally (introspection is off,
     * {@code quarkus.oidc.token.allow-*-introspection=false}). Counted, not decoded: decoding is
     * what the cache saves.
     */
    private static boolean jwtShaped(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        return second > 0 && token.indexOf('.', second + 1) < 0;
    }

    private void remember(String key, SecurityIdentity identity, Instant now) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long exp = jwt.getExpirationTime();
        if (exp <= 0) {
            return; // a token without expiry is verified every time
        }
        Instant until = Instant.ofEpochSecond(exp);
        Instant latest = now.plus(maxAge);
        entries.put(key, new Entry(detached(identity), until.isBefore(latest) ? until : latest));
    }

    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName(), HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);

    /**
     * The identity without what belongs to the request that verified it: kept, that request's
     * routing context would keep the whole request (its session, its response) in memory.
     * Built afresh, as {@code QuarkusSecurityIdentity.builder(identity)} would keep the original.
     */
    private static SecurityIdentity detached(SecurityIdentity verified) {
        Map<String, Object> attributes = new HashMap<>(verified.getAttributes());
        attributes.keySet().removeAll(PER_REQUEST);
        return QuarkusSecurityIdentity.builder().setPrincipal(verified.getPrincipal()).addRoles(verified.getRoles())
                .addCredentials(verified.getCredentials()).addPermissions(verified.getPermissions())
                .addAttributes(attributes).build();
    }

    /** The identity as verified, bound to the request now being served (not to the one that verified it). */
    private static SecurityIdentity forThisRequest(SecurityIdentity verified, RoutingContext rc) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified);
        // the per-request attributes (the rest is the token's and the tenant's)
        OidcUtils.setRoutingContextAttribute(identity, rc);
        OidcUtils.setBlockingApiAttribute(identity, rc);
        identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, rc);
        return identity.build();
    }

    /** Tokens held now (for tests). */
    int held() {
        return entries.size();
    }

    /** Whether this token is held, for any tenant (for tests). */
    boolean holds(String token) {
        synchronized (entries) {
            return entries.keySet().stream().anyMatch(key -> key.endsWith(" " + token));
        }
    }

    /** The identities held now (for tests). */
    java.util.List<SecurityIdentity> heldIdentities() {
        synchronized (entries) {
            return entries.values().stream().map(Entry::identity).toList();
        }
    }
}
