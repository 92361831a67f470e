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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Translations of a published version are versioned, checksummed and audited on their own. */
@QuarkusTest
class QuestionnaireTranslationTest {

    private static final String ZH = "translations/oer-recommendation-2022.1/zh.json";

    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    EntityManager em;

    private static String resource(String name) throws Exception {
        try (InputStream in = QuestionnaireTranslationTest.class.getResourceAsStream("/questionnaire/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private QuestionnaireCatalog.Published version() {
        return catalog.require("2022.1");
    }

    private QuestionnaireTranslation.Parsed parse(String file, String json) {
        QuestionnaireDefinition d = version().definition();
        return QuestionnaireTranslation.parse(file, json, d, "zh", QuestionnaireTexts.of(d).keySet());
    }

    @Test
    void theVersionChecksumIsThatOfItsOwnFile() throws Exception {
        assertThat(version().checksum()).isEqualTo(QuestionnaireParser.parse("f", resource("oer-recommendation-2022.1.json")).checksum());
    }

    @Test
    void eachShippedTranslationIsPublishedWithItsOwnChecksum() throws Exception {
        String zh = parse(ZH, resource(ZH)).checksum();
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/questionnaires/2022.1/translations")
                .then().statusCode(200)
                .body("language", hasItems("zh", "ru", "es"))
                .body("find { it.language == 'zh' }.checksum", equalTo(zh))
                .body("find { it.language == 'zh' }.sourceFile", equalTo(ZH));
    }

    @Test
    void theVersionDetailNamesTheTranslationsInForce() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/questionnaires/2022.1")
                .then().statusCode(200)
                .body("languages", equalTo(List.of("ar", "zh", "en", "fr", "ru", "es")))
                .body("translations.language", hasItems("zh", "ru", "es"));
    }

    @Test
    void aTranslationPublicationIsAudited() {
        long audited = ((Number) em.createNativeQuery("""
                select count(*) from audit_record where action = 'QUESTIONNAIRE_TRANSLATION_PUBLISHED'
                and cast(detail as jsonb) ->> 'language' = 'ru' and cast(detail as jsonb) ->> 'version' = '2022.1'""")
                .getSingleResult()).longValue();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aCorrectedTranslationIsANewPublicationAndTheVersionStaysAsItIs() throws Exception {
        String before = version().checksum();
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(resource(ZH));
        ((ObjectNode) root.path("texts")).put("question.Q01.label", "国家（更正）");
        QuestionnaireTranslation.Parsed corrected = parse(ZH, root.toString());
        QuarkusTransaction.requiringNew().run(() -> catalog.publishTranslation("2022.1", corrected));
        List<QuestionnaireCatalog.TranslationPublication> zh = catalog.translationHistory("2022.1").stream()
                .filter(t -> t.language().equals("zh")).toList();
        assertThat(zh).extracting(QuestionnaireCatalog.TranslationPublication::checksum).contains(corrected.checksum()).hasSizeGreaterThanOrEqualTo(2);
        String stored = (String) em.createNativeQuery("select checksum from questionnaire_version where version = '2022.1'").getSingleResult();
        assertThat(stored).isEqualTo(before);
    }

    @Test
    void aLanguageMissingATextFailsNamingTheFileAndTheKey() {
        Map<String, Map<String, String>> own = QuestionnaireTexts.of(version().definition());
        Map<String, String> translated = new HashMap<>(version().texts().get("zh"));
        translated.remove("question.Q06.label");
        assertThatThrownBy(() -> QuestionnaireCatalog.textsIn("zh", own, translated, "questionnaire/" + ZH))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("questionnaire/" + ZH)
                .hasMessageContaining("question.Q06.label");
    }

    @Test
    void aTranslationOfATextTheVersionLacksIsRefusedByName() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(resource(ZH));
        ((ObjectNode) root.path("texts")).put("question.Q99.label", "?");
        assertThatThrownBy(() -> parse(ZH, root.toString()))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining(ZH)
                .hasMessageContaining("question.Q99.label");
    }

    @Test
    void aTranslationForAnotherVersionIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(resource(ZH));
        root.put("version", "2022.2");
        assertThatThrownBy(() -> parse(ZH, root.toString())).hasMessageContaining("$.version");
    }
}
