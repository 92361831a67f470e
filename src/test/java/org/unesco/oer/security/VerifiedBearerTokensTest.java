package org.unesco.oer.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bearer token OIDC verified is trusted again until it expires; nothing else is cached. */
class VerifiedBearerTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** Stands in for Quarkus OIDC: counts verifications, accepts the JWT-shaped tokens whose payload starts with "good". */
    private static final class Oidc implements IdentityProvider<TokenAuthenticationRequest> {
        final AtomicInteger verified = new AtomicInteger();
        long expiresAt = NOW.plusSeconds(3600).getEpochSecond();
        boolean acceptAnything;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, io.quarkus.security.identity.AuthenticationRequestContext context) {
            verified.incrementAndGet();
            if (!acceptAnything && !request.getToken().getToken().contains(".good")) {
                return Uni.createFrom().failure(new AuthenticationFailedException("bad signature"));
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(jwt(request.getToken().getToken(), expiresAt))
                    .addRole("focal-point").addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, HttpSecurityUtils.getRoutingContextAttribute(request))
                    .build());
        }
    }

    private final Oidc oidc = new Oidc();
    private final AtomicReference<Instant> clock = new AtomicReference<>(NOW);

    private VerifiedBearerTokens tokens(int size, Duration maxAge) {
        return new VerifiedBearerTokens(oidc, new VerifiedBearerTokens.Config() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Duration maxAge() {
                return maxAge;
            }
        }, clock::get);
    }

    private VerifiedBearerTokens tokens() {
        return tokens(16, Duration.ofMinutes(5));
    }

    private static SecurityIdentity call(VerifiedBearerTokens tokens, TokenCredential credential, RoutingContext rc) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(credential);
        HttpSecurityUtils.setRoutingContextAttribute(request, rc);
        return tokens.authenticate(request, null).await().indefinitely();
    }

    private static SecurityIdentity call(VerifiedBearerTokens tokens, String token) {
        return call(tokens, new AccessTokenCredential(token), routingContext());
    }

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainBeforeItExpires() {
        VerifiedBearerTokens tokens = tokens();
        call(tokens, "h.good-1.s");
        SecurityIdentity again = call(tokens, "h.good-1.s");
        assertThat(oidc.verified).hasValue(1);
        assertThat(again.getPrincipal().getName()).isEqualTo("h.good-1.s");
        assertThat(again.getRoles()).containsExactly("focal-point");
    }

    @Test
    void aCachedIdentityIsBoundToTheRequestBeingServed() {
        VerifiedBearerTokens tokens = tokens();
        call(tokens, "h.good-1.s");
        RoutingContext second = routingContext();
        SecurityIdentity again = call(tokens, new AccessTokenCredential("h.good-1.s"), second);
        assertThat((Object) again.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)).isSameAs(second);
        assertThat((Object) again.getAttribute(RoutingContext.class.getName())).isSameAs(second);
    }

    @Test
    void theCacheDoesNotKeepTheRequestThatVerifiedTheToken() {
        VerifiedBearerTokens tokens = tokens();
        RoutingContext first = routingContext();
        call(tokens, new AccessTokenCredential("h.good-1.s"), first);
        SecurityIdentity kept = tokens.heldIdentities().iterator().next();
        assertThat(kept.getAttributes().values()).doesNotContain(first);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItHasExpired() {
        VerifiedBearerTokens tokens = tokens();
        oidc.expiresAt = NOW.plusSeconds(60).getEpochSecond();
        call(tokens, "h.good-1.s");
        clock.set(NOW.plusSeconds(60));
        call(tokens, "h.good-1.s");
        assertThat(oidc.verified).hasValue(2);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        VerifiedBearerTokens tokens = tokens(16, Duration.ofMinutes(5));
        call(tokens, "h.good-1.s");
        clock.set(NOW.plusSeconds(299));
        call(tokens, "h.good-1.s");
        clock.set(NOW.plusSeconds(300));
        call(tokens, "h.good-1.s");
        assertThat(oidc.verified).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedAndVerifiedAgainEachTime() {
        VerifiedBearerTokens tokens = tokens();
        assertThatThrownBy(() -> call(tokens, "h.forged.s")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> call(tokens, "h.forged.s")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(oidc.verified).hasValue(2);
        assertThat(tokens.held()).isZero();
    }

    @Test
    void anotherTokenOfTheSameUserIsVerifiedOnItsOwn() {
        VerifiedBearerTokens tokens = tokens();
        call(tokens, "h.good-1.s");
        call(tokens, "h.good-1x.s");
        assertThat(oidc.verified).hasValue(2);
    }

    @Test
    void codeFlowTokensOfThePagesAreNotCached() {
        VerifiedBearerTokens tokens = tokens();
        call(tokens, new IdTokenCredential("h.good-id.s"), routingContext());
        call(tokens, new IdTokenCredential("h.good-id.s"), routingContext());
        assertThat(oidc.verified).hasValue(2);
    }

    @Test
    void theSameTokenForAnotherTenantIsVerifiedForThatTenant() {
        VerifiedBearerTokens tokens = tokens();
        call(tokens, new AccessTokenCredential("h.good-1.s"), routingContext());
        call(tokens, new AccessTokenCredential("h.good-1.s"), routingContext(Map.of("tenant-id", "web")));
        assertThat(oidc.verified).hasValue(2);
    }

    @Test
    void theCacheHoldsAtMostItsSizeDroppingTheLeastRecentlyUsed() {
        VerifiedBearerTokens tokens = tokens(2, Duration.ofMinutes(5));
        call(tokens, "h.good-1.s");
        call(tokens, "h.good-2.s");
        call(tokens, "h.good-1.s");
        call(tokens, "h.good-3.s"); // drops good-2
        assertThat(tokens.held()).isEqualTo(2);
        call(tokens, "h.good-1.s");
        call(tokens, "h.good-2.s");
        assertThat(oidc.verified).hasValue(4);
    }

    @Test
    void aTokenThatIsNotAJwtIsNotCached() {
        VerifiedBearerTokens tokens = tokens();
        oidc.acceptAnything = true;
        call(tokens, "opaque-good");
        call(tokens, "opaque-good");
        assertThat(oidc.verified).hasValue(2);
    }

    @Test
    void sizeZeroVerifiesEveryRequest() {
        VerifiedBearerTokens tokens = tokens(0, Duration.ofMinutes(5));
        call(tokens, "h.good-1.s");
        call(tokens, "h.good-1.s");
        assertThat(oidc.verified).hasValue(2);
    }

    private static RoutingContext routingContext() {
        return routingContext(Map.of());
    }

    /** A routing context holding only data (what the provider reads of it). */
    private static RoutingContext routingContext(Map<String, Object> initial) {
        Map<String, Object> data = new HashMap<>(initial);
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(), new Class<?>[]{RoutingContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "put" -> {
                        data.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "RoutingContext@" + System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static JsonWebToken jwt(String name, long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
