package org.unesco.oer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is one a generator can trust: answers and errors have real schemas, every
 * success names its body, and the committed copy ({@value #COMMITTED}), from which the build generates
 * the Java client that {@link GeneratedClientTest} drives, is exactly what the service serves.
 * After an API change: {@code ./mvnw test -Dtest=OpenApiDocumentTest -Doer.openapi.write=true}
 * writes the copy anew (review its diff like code).
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final String COMMITTED = "docs/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static JsonNode served() throws IOException {
        return JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        JsonNode served = served();
        Path committed = Path.of(COMMITTED);
        if (Boolean.getBoolean("oer.openapi.write")) {
            Files.writeString(committed, JSON.writeValueAsString(served) + "\n");
        }
        Path fresh = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, JSON.writeValueAsString(served) + "\n");
        assertThat(Files.exists(committed) ? JSON.readTree(committed.toFile()) : null)
                .as(COMMITTED + " is not what /q/openapi serves (the served one is in " + fresh + "); after reviewing the change, "
                        + "write it with: ./mvnw test -Dtest=OpenApiDocumentTest -Doer.openapi.write=true")
                .isEqualTo(served);
    }

    @Test
    void noSchemaIsJacksonsInternals() throws IOException {
        JsonNode schemas = served().path("components").path("schemas");
        assertThat(schemas.has("JsonNode")).isFalse();
        assertThat(schemas.has("JsonNodeType")).isFalse();
    }

    @Test
    void eachQuestionTypeHasItsAnswerSchemaWithAnExample() throws IOException {
        JsonNode schemas = served().path("components").path("schemas");
        List<String> variants = new ArrayList<>();
        schemas.path("Answer").path("anyOf").forEach(v -> variants.add(v.path("$ref").asText().replace("#/components/schemas/", "")));
        assertThat(variants).containsExactly("YesNoAnswer", "SingleChoiceAnswer", "MultipleChoiceAnswer", "TextAnswer", "UrlAnswer",
                "UrlListAnswer", "NumberAnswer", "DateAnswer", "MemberStateAnswer", "ContactAnswer", "PersonListAnswer",
                "RepeatableGroupAnswer");
        variants.forEach(v -> assertThat(schemas.path(v).path("examples")).as(v).isNotEmpty());
        // the questionnaire says which type each question has, as an enum
        assertThat(schemas.at("/LocalizedQuestion/properties/type/$ref").asText()).isEqualTo("#/components/schemas/QuestionType");
        assertThat(schemas.at("/QuestionType/enum")).hasSize(14);
        assertThat(schemas.at("/ReportView/properties/answers/additionalProperties/$ref").asText()).isEqualTo("#/components/schemas/Answer");
    }

    @Test
    void everyErrorIsAProblemAndEverySuccessNamesItsBody() throws IOException {
        JsonNode document = served();
        List<String> wrong = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getValue().has("responses")) {
                return;
            }
            op.getValue().get("responses").fields().forEachRemaining(r -> {
                String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + r.getKey();
                JsonNode content = r.getValue().path("content");
                if (r.getKey().startsWith("2")) {
                    content.fields().forEachRemaining(c -> {
                        if (c.getValue().path("schema").isEmpty()) {
                            wrong.add(where + ": " + c.getKey() + " without a schema");
                        }
                    });
                } else if (!content.at("/application~1problem+json/schema/$ref").asText().equals("#/components/schemas/Problem")) {
                    wrong.add(where + ": not a problem");
                }
            });
        }));
        assertThat(wrong).isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties/violations/type").asText()).isEqualTo("array");
        assertThat(document.at("/components/schemas/Problem/properties/conflicts/type").asText()).isEqualTo("object");
    }
}
