package org.unesco.oer.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.unesco.oer.platform.ProblemResponses;
import org.unesco.oer.report.AnswerSchemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes each operation's declared scope in the OpenAPI document as {@code x-oer-access}
 * ({@code {"access": "state-read"}}, {@code {"access": "roles", "roles": [...]}}, ...) and in
 * words at the end of its description, with the refusals the scope implies (401, 403, 404). The
 * authorization matrix test is generated from it. Then every error is described as a problem
 * ({@link ProblemResponses}) and the answer schemas are tidied ({@link AnswerSchemas#tidy}): the one
 * filter of the document, so that the order is this one.
 * <p>It runs when the application is built, on the resource classes of the index the document is
 * scanned from: the document is then served as built, and the start-up neither parses nor filters it
 * (that took 0.7 s). The declarations themselves are checked at start-up by {@link ScopeCatalog}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ScopeOpenApiFilter implements OASFilter {

    public static final String EXTENSION = "x-oer-access";
    private static final DotName PATH = DotName.createSimple(Path.class);

    private final List<ScopeCatalog.Endpoint> endpoints;

    /** SmallRye OpenAPI passes the index the document was scanned from. */
    public ScopeOpenApiFilter(IndexView index) {
        List<Class<?>> resources = index.getAnnotations(PATH).stream()
                .filter(a -> a.target().kind() == AnnotationTarget.Kind.CLASS)
                .map(a -> a.target().asClass().name().toString()).distinct().<Class<?>>map(ScopeOpenApiFilter::load).toList();
        endpoints = ScopeCatalog.scan(resources, new ArrayList<>()); // a wrong declaration stops the start-up instead
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ScopeOpenApiFilter.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Resource class " + name + " is in the index but cannot be loaded", e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (ScopeCatalog.Endpoint endpoint : endpoints) {
            PathItem item = openAPI.getPaths().getPathItem(endpoint.path());
            Operation operation = item == null || item.getOperations() == null ? null
                    : item.getOperations().get(PathItem.HttpMethod.valueOf(endpoint.httpMethod()));
            if (operation == null || operation.getExtensions() != null && operation.getExtensions().containsKey(EXTENSION)) {
                continue; // hidden from the document, or a second method on the same route (same scope, checked at start-up)
            }
            Scope scope = endpoint.scope();
            Map<String, Object> access = new LinkedHashMap<>();
            access.put("access", scope.value().code());
            if (scope.value() == Access.ROLES) {
                access.put("roles", List.of(scope.roles()));
            }
            operation.addExtension(EXTENSION, access);
            String who = "Access: " + scope.value().who(scope.roles()) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            describeRefusals(operation.getResponses(), scope);
        }
        ProblemResponses.describe(openAPI);
        AnswerSchemas.tidy(openAPI);
    }

    /** The refusals a scope implies, as {@link ScopeFilter} answers them (AuthorizationMatrixTest calls each). */
    static void describeRefusals(APIResponses responses, Scope scope) {
        responses.removeAPIResponse("401"); // Quarkus's generic words; these are the service's own
        responses.removeAPIResponse("403");
        ProblemResponses.add(responses, "401", "Not signed in, or the bearer token is not valid (`unauthenticated`)");
        if (scope.value() != Access.AUTHENTICATED) {
            ProblemResponses.add(responses, "403", "Signed in, but the caller's role may not do this (`forbidden`)");
        }
        if (scope.value().stateScoped()) {
            ProblemResponses.add(responses, "404", "No such report: the cycle or the state does not exist, or a focal point "
                    + "is not designated for this state in this cycle (the same answer either way)");
        }
    }
}
