package org.unesco.oer.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AuditChainTest {

    @Inject
    EntityManager em;
    @Inject
    ReportFixture fixture;

    private void someActivity() {
        String cycle = fixture.openCycle();
        fixture.designate(cycle, "ZMB", "fp-zmb");
        String fp = Tokens.focalPoint("fp-zmb");
        int v = ReportFixture.version(fp, cycle, "ZMB");
        ReportFixture.patch(fp, cycle, "ZMB", Map.of("Q02", "Ministry of Education " + v), v);
    }

    @Test
    void theChainVerifiesAfterActivity() {
        someActivity();
        given().header("Authorization", Tokens.admin()).get("/api/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBrokenSeq", nullValue());
    }

    @Test
    void aTamperedRecordIsDetectedAndNamed() {
        someActivity();
        long seq = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select max(seq) from audit_record where action = 'ANSWER_CHANGED' and state_code = 'ZMB'").getSingleResult()).longValue());
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select new_value from audit_record where seq = ?1").setParameter(1, seq).getSingleResult());
        try {
            tamper(seq, "\"Forged value\"");
            given().header("Authorization", Tokens.secretariat()).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) seq))
                    .body("problem", equalTo("its content does not match its hash"));
        } finally {
            tamper(seq, original);
        }
        given().header("Authorization", Tokens.secretariat()).get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    @Test
    void auditRecordsCannotBeChangedThroughTheDatabaseNormally() {
        someActivity();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_record where state_code = 'ZMB'").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void onlyAdminsAndTheSecretariatVerifyTheChain() {
        given().header("Authorization", Tokens.analyst()).get("/api/audit/verification").then().statusCode(403);
    }

    /** What a database administrator could do: bypass the trigger and rewrite a value. */
    private void tamper(long seq, String value) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table audit_record disable trigger audit_record_append_only").executeUpdate();
            em.createNativeQuery("update audit_record set new_value = ?1 where seq = ?2")
                    .setParameter(1, value).setParameter(2, seq).executeUpdate();
            em.createNativeQuery("alter table audit_record enable trigger audit_record_append_only").executeUpdate();
        });
    }
}
