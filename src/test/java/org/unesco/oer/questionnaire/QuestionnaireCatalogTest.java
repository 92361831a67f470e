package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.Tokens;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class QuestionnaireCatalogTest {

    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    EntityManager em;

    private static String shipped() throws Exception {
        try (InputStream in = QuestionnaireCatalogTest.class.getResourceAsStream("/questionnaire/oer-recommendation-2022.1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedVersionIsPublishedWithItsChecksum() throws Exception {
        String checksum = QuestionnaireParser.parse("f", shipped()).checksum();
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/questionnaires/2022.1")
                .then().statusCode(200)
                .body("checksum", equalTo(checksum))
                .body("definition.languages", hasItem("ar"));
    }

    @Test
    void publishingTheSameContentAgainChangesNothing() throws Exception {
        catalog.publish(QuestionnaireParser.parse("oer-recommendation-2022.1.json", shipped()));
        long count = em.createQuery("select count(v) from QuestionnaireVersion v", Long.class).getSingleResult();
        assertThat(count).isEqualTo(catalog.all().size());
    }

    @Test
    void changingThePublishedVersionsContentIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(shipped());
        ((ObjectNode) root.path("title")).put("en", "A quietly edited title");
        assertThatThrownBy(() -> catalog.publish(QuestionnaireParser.parse("edited.json", root.toString())))
                .isInstanceOf(PublishedVersionIsImmutableException.class)
                .hasMessageContaining("edited.json")
                .hasMessageContaining("2022.1")
                .hasMessageContaining("new version");
    }

    @Test
    void theDatabaseRefusesToRewriteAPublishedVersion() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update questionnaire_version set checksum = repeat('0', 64)").executeUpdate()))
                .hasStackTraceContaining("cannot change");
    }

    @Test
    void anUnknownVersionIsA404() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/questionnaires/0.0")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void versionsAreListed() {
        given().header("Authorization", Tokens.focalPoint("fp-ind"))
                .when().get("/api/questionnaires")
                .then().statusCode(200)
                .body("find { it.version == '2022.1' }.indicators", equalTo(9));
    }
}
