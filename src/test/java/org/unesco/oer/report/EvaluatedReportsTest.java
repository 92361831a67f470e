package org.unesco.oer.report;

import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.security.Actor;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** Report views reuse the evaluation of a version, and never one that did not commit. */
@QuarkusTest
class EvaluatedReportsTest {

    @Inject
    ReportService reports;
    @Inject
    ReportFixture fixture;

    @Test
    void aVersionWrittenAndReadInATransactionThatRollsBackIsNotServedLater() {
        String cycle = fixture.openCycle();
        fixture.designate(cycle, "LSO", "fp-lso");
        String fp = Tokens.focalPoint("fp-lso");
        // the report exists (a rolled-back first save would also roll back the report's row, and its id)
        int version = ReportFixture.patch(fp, cycle, "LSO", Map.of("Q05", "Consulted widely"), ReportFixture.version(fp, cycle, "LSO"));
        Actor actor = new Actor("fp-lso", "focal-point", false);
        // written and read at version+1, then rolled back
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            reports.save(cycle, "LSO", Map.of("Q02", TextNode.valueOf("Rolled back")), version, actor);
            assertThat(reports.view(cycle, "LSO", "en").answers().get("Q02").asText()).isEqualTo("Rolled back");
            throw new IllegalStateException("undo");
        })).hasMessageContaining("undo");
        // the same version number, committed with another answer
        assertThat(ReportFixture.patch(fp, cycle, "LSO", Map.of("Q02", "Committed"), version)).isEqualTo(version + 1);
        given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "LSO")).then().statusCode(200)
                .body("version", equalTo(version + 1)).body("answers.Q02", equalTo("Committed"));
    }

    @Test
    void eachNewVersionIsEvaluatedAfresh() {
        String cycle = fixture.openCycle();
        fixture.designate(cycle, "SWZ", "fp-swz");
        String fp = Tokens.focalPoint("fp-swz");
        int version = ReportFixture.version(fp, cycle, "SWZ");
        given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "SWZ")).then().body("questions.Q02.state", equalTo("missing"));
        ReportFixture.patch(fp, cycle, "SWZ", Map.of("Q02", "Ministry of Education"), version);
        given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "SWZ")).then()
                .body("questions.Q02.state", equalTo("answered")).body("answers.Q02", equalTo("Ministry of Education"));
    }

    @Test
    void answersWrittenOnceReadBackExactlyAsSaved() {
        String cycle = fixture.openCycle();
        fixture.designate(cycle, "MUS", "fp-mus");
        String fp = Tokens.focalPoint("fp-mus");
        String text = "«Éducation» \"ouverte\" — 开放教育资源, открытые ресурсы, الموارد التعليمية المفتوحة </script> \\ \u2028 end";
        ReportFixture.patch(fp, cycle, "MUS", Map.of("Q02", text, "Q05", "second"), ReportFixture.version(fp, cycle, "MUS"));
        for (int read = 0; read < 2; read++) {
            given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "MUS")).then().statusCode(200)
                    .body("answers.Q02", equalTo(text)).body("answers.Q05", equalTo("second"));
        }
    }
}
