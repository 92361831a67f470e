package org.unesco.oer.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What counts as a declared scope; the application refuses to start with anything else. (The
 * classes below carry no JAX-RS annotations, so that Quarkus does not deploy them: each test says
 * at which route they would be.)
 */
class ScopeDeclarationTest {

    @Authenticated
    static class Declared {
        @Scope(Access.STATE_READ)
        public String read() {
            return "";
        }

        @Scope(Access.STATE_DECIDE)
        public String decide() {
            return "";
        }
    }

    @Authenticated
    @Scope(Access.AUTHENTICATED)
    static class ClassWide {
        public String list() {
            return "";
        }

        @Scope(roles = Roles.ADMIN)
        public String create() {
            return "";
        }
    }

    @Authenticated
    static class Forgotten {
        public String list() {
            return "";
        }
    }

    @Authenticated
    static class Wrong {
        @Scope
        public String noRole() {
            return "";
        }

        @Scope(roles = "superuser")
        public String unknownRole() {
            return "";
        }

        @Scope(Access.STATE_WRITE)
        public String noCycle() {
            return "";
        }

        @Scope(value = Access.AUTHENTICATED, roles = Roles.ADMIN)
        public String rolesWithoutRoleScope() {
            return "";
        }

        @Scope(roles = Roles.ADMIN)
        @RolesAllowed(Roles.ADMIN)
        public String declaredTwice() {
            return "";
        }
    }

    @Scope(Access.AUTHENTICATED)
    static class NotAuthenticated {
        public String list() {
            return "";
        }
    }

    private static ScopeCatalog.Endpoint at(String route, Class<?> resource, String method) {
        try {
            Method m = resource.getMethod(method);
            return new ScopeCatalog.Endpoint(route.split(" ")[0], route.split(" ")[1], resource, m, ScopeCatalog.declared(m, resource));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> problems(ScopeCatalog.Endpoint... endpoints) {
        List<String> problems = new ArrayList<>();
        for (ScopeCatalog.Endpoint e : endpoints) {
            ScopeCatalog.check(e).forEach(p -> problems.add(e.name() + ": " + p));
        }
        return problems;
    }

    @Test
    void methodsWithTheirOwnOrTheirClassScopeAreAccepted() {
        assertThat(problems(at("GET /api/cycles/{cycle}/reports/{state}", Declared.class, "read"),
                at("POST /api/cycles/{cycle}/reports/{state}/return", Declared.class, "decide"),
                at("GET /api/things", ClassWide.class, "list"),
                at("POST /api/things", ClassWide.class, "create"))).isEmpty();
        assertThat(at("GET /api/things", ClassWide.class, "list").scope().value()).isEqualTo(Access.AUTHENTICATED);
        assertThat(at("POST /api/things", ClassWide.class, "create").scope().roles()).containsExactly(Roles.ADMIN);
    }

    @Test
    void anEndpointWithoutAScopeIsAProblem() {
        assertThat(problems(at("GET /api/forgotten", Forgotten.class, "list")))
                .containsExactly("Forgotten.list: no @Scope declared");
    }

    @Test
    void anIncompleteOrContradictoryScopeIsAProblem() {
        assertThat(problems(at("GET /api/wrong/a", Wrong.class, "noRole"))).containsExactly("Wrong.noRole: @Scope(roles = ...) names no role");
        assertThat(problems(at("GET /api/wrong/b", Wrong.class, "unknownRole"))).containsExactly("Wrong.unknownRole: unknown role 'superuser'");
        assertThat(problems(at("GET /api/wrong/{state}", Wrong.class, "noCycle")))
                .containsExactly("Wrong.noCycle: STATE_WRITE needs {cycle} and {state} in the path");
        assertThat(problems(at("GET /api/wrong/d", Wrong.class, "rolesWithoutRoleScope")))
                .containsExactly("Wrong.rolesWithoutRoleScope: roles are only declared with Access.ROLES, not with AUTHENTICATED");
        assertThat(problems(at("GET /api/wrong/e", Wrong.class, "declaredTwice")))
                .containsExactly("Wrong.declaredTwice: @RolesAllowed beside @Scope: declare who may call in @Scope only");
    }

    @Test
    void aResourceThatIsNotAuthenticatedIsAProblem() {
        assertThat(problems(at("GET /api/unauthenticated", NotAuthenticated.class, "list")))
                .containsExactly("NotAuthenticated.list: the resource class is not @Authenticated");
    }

    @Test
    void routesAreWrittenAsInTheOpenApiDocument() {
        assertThat(ScopeCatalog.join("/api/cycles/{cycle}/reports/{state}", "/answers/{question: [A-Z0-9]+}"))
                .isEqualTo("/api/cycles/{cycle}/reports/{state}/answers/{question}");
        assertThat(ScopeCatalog.join("api/me/", "")).isEqualTo("/api/me");
    }

    @Test
    void theFilterRefusesAMethodWithoutAScope() throws Exception {
        Method undeclared = Forgotten.class.getMethod("list");
        ResourceInfo resource = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return undeclared;
            }

            @Override
            public Class<?> getResourceClass() {
                return Forgotten.class;
            }
        };
        assertThatThrownBy(() -> new ScopeFilter().authorize(request(), resource)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theFilterRefusesARequestThatMatchedNoMethod() {
        ResourceInfo none = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return null;
            }

            @Override
            public Class<?> getResourceClass() {
                return null;
            }
        };
        assertThatThrownBy(() -> new ScopeFilter().authorize(request(), none)).isInstanceOf(ForbiddenException.class);
    }

    /** Just enough of a request for the filter's log line. */
    private static ContainerRequestContext request() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/forgotten" : null);
        return (ContainerRequestContext) Proxy.newProxyInstance(ContainerRequestContext.class.getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getUriInfo" -> uri;
                    default -> null;
                });
    }
}
