package org.unesco.oer.platform;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Describes every error of the OpenAPI document as what it is: an RFC 9457 problem
 * ({@code application/problem+json}, schema {@code Problem}, as {@link Problem#toJson()} writes it).
 * Statuses that follow from an operation's shape are added here, once: 400 on every operation (a
 * path or query is checked before anything else, {@link RequestHygieneFilter}), 404 where the path
 * names something, 413 and 415 where there is a body; the rest is declared on the operation with {@code @APIResponse}.
 * Access errors (401, 403, 404 for another state) come from the scopes ({@code ScopeOpenApiFilter}).
 */
public final class ProblemResponses {

    public static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    private ProblemResponses() {
    }

    /** Adds the problem schema, the statuses every operation of this shape answers, and problem content to every error. */
    public static void describe(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(o -> describe(item, o)));
    }

    private static void describe(PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Invalid input: a parameter, the body or the request's own text (`invalid-request`, "
                + "`unreadable-body`, `invalid-answer`; `violations` names each field and rule)");
        List<String> ids = Stream.concat(stream(item.getParameters()), stream(operation.getParameters()))
                .filter(p -> p.getIn() == Parameter.In.PATH).map(p -> "`" + p.getName() + "`").distinct().toList();
        if (!ids.isEmpty()) {
            add(responses, "404", "Nothing exists at this path: no such " + String.join(", ", ids) + " (`not-found`)");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than 4 MiB (`body-too-large`)");
            add(responses, "415", "The body is not of a media type the operation reads");
        }
        responses.defaultValue(OASFactory.createAPIResponse().description("Any other error, as a problem: "
                + "406 (Accept), 414 (URI too long), 431 (headers too large), 503 (database or identity provider unavailable, "
                + "with Retry-After), 500"));
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            if (!r.getKey().startsWith("2") && !r.getKey().startsWith("3")) {
                r.getValue().setContent(problemContent());
            }
        }
        responses.getDefaultValue().setContent(problemContent());
    }

    /** Adds the status unless the operation declares it itself (its own words win). */
    public static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Stream<Parameter> stream(List<Parameter> parameters) {
        return parameters == null ? Stream.empty() : parameters.stream();
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", string("Where: a dotted body path (`answers.Q07`, `comments[0].text`), a question code or a parameter"))
                .addProperty("message", string("What, in the language asked"))
                .addProperty("code", string("The rule, a stable machine code (`required`, `max-length`, `not-an-option`, …)"))
                .addProperty("number", string("For a question, its number as printed on the form"))
                .required(List.of("field", "message"));
        Schema conflict = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("value", OASFactory.createSchema().ref("#/components/schemas/AnswerOrNull")
                        .description("The question's value now (null when cleared)"))
                .addProperty("version", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The report version of that change"))
                .addProperty("changedBy", string("Who changed it"))
                .addProperty("changedAt", string("When").format("date-time"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (`application/problem+json`). Test `type` and the violations' `code`, "
                        + "never the wording (it is in the language asked)")
                .addProperty("type", string("A stable URI, `urn:oer-reporting:problem:<slug>` (or `about:blank`)").format("uri"))
                .addProperty("title", string("Short summary of the type, in the language asked"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").description("The HTTP status"))
                .addProperty("detail", string("This occurrence, in the language asked"))
                .addProperty("instance", string("The request path").format("uri-reference"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).items(violation).maxItems(Problem.MAX_VIOLATIONS)
                        .description("Invalid input (400, 422): each field and rule broken, at most " + Problem.MAX_VIOLATIONS))
                .addProperty("violationCount", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("How many violations there were, when more than are listed"))
                .addProperty("currentVersion", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("A stale If-Match (409): the report's current version"))
                .addProperty("conflicts", OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesSchema(conflict)
                        .description("A save in conflict (409): each question changed since the If-Match version, by code"))
                .addProperty("roles", OASFactory.createSchema().addType(SchemaType.ARRAY).items(string("A role"))
                        .description("A designation that would link an existing account (409): the roles it holds"))
                .addProperty("states", OASFactory.createSchema().addType(SchemaType.ARRAY).items(string("A state code"))
                        .description("A designation that would link an existing account (409): the states it acts for"))
                .required(List.of("type", "title", "status"))
                .addExample(Map.of("type", "urn:oer-reporting:problem:invalid-answer", "title", "Invalid answer", "status", 400,
                        "detail", "A2_OER_POLICY_DATE: must be a date YYYY-MM-DD between 1900-01-01 and 2100-12-31 (date)",
                        "instance", "/api/cycles/oer-2027/reports/KEN/answers/A2_OER_POLICY_DATE",
                        "violations", List.of(Map.of("field", "A2_OER_POLICY_DATE", "code", "date",
                                "message", "must be a date YYYY-MM-DD between 1900-01-01 and 2100-12-31 (date)"))));
    }
}
