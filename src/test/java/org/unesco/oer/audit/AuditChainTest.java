package org.unesco.oer.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AuditChainTest {

    @Inject
    EntityManager em;
    @Inject
    ReportFixture fixture;
    @Inject
    AuditTrail audit;

    private void someActivity() {
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("ZMB");
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
    void eachReportHasItsOwnChainNumberedWithoutGaps() {
        someActivity();
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("MWI");
        ReportFixture.patch(fp, cycle, "MWI", Map.of("Q02", "Ministry of Education", "Q05", "Consulted widely"),
                ReportFixture.version(fp, cycle, "MWI"));
        for (String state : java.util.List.of("ZMB", "MWI")) {
            java.util.List<Long> places = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select chain_seq from audit_record where chain = ?1 order by chain_seq", Long.class)
                    .setParameter(1, "report:" + cycle + "/" + state).getResultList());
            assertThat(places).isNotEmpty();
            assertThat(places).isEqualTo(java.util.stream.LongStream.rangeClosed(1, places.size()).boxed().toList());
        }
    }

    @Test
    void aWriterOfOneReportDoesNotWaitForAnOpenTransactionOnAnotherReportsChain() throws Exception {
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("RWA");
        int version = ReportFixture.version(fp, cycle, "RWA");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // a transaction that has appended to Tanzania's chain and not committed holds that chain's head
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                audit.append("test", "system", AuditEntry.of("TEST_HELD", cycle, "TZA"));
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            try {
                Future<Integer> save = threads.submit(() -> ReportFixture.patch(fp, cycle, "RWA", Map.of("Q02", "Ministry of Education"), version));
                // with one global chain this save would wait for the other transaction's commit
                assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo(version + 1);
            } finally {
                release.countDown();
                holder.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        given().header("Authorization", Tokens.admin()).get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    @Test
    void aSubmissionAnchorsItsReportsChainHead() {
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("BWA");
        fixture.submitted(fp, cycle, "BWA");
        Object[] anchored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select h.last_hash, e.hash from audit_chain_head h
                join audit_anchor_entry e on e.chain = h.chain and e.chain_seq = h.last_seq where h.chain = ?1""")
                .setParameter(1, "report:" + cycle + "/BWA").getSingleResult());
        assertThat(anchored[1]).isEqualTo(anchored[0]);
    }

    @Test
    void aChainRewrittenConsistentlyHeadIncludedIsCaughtByTheAnchorThatCommittedToIt() {
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("NAM");
        fixture.submitted(fp, cycle, "NAM");
        String chain = "report:" + cycle + "/NAM";
        // the submission record is the chain's last, anchored: forge it, with a matching hash and head
        AuditRecord last = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from AuditRecord where chain = ?1 order by chainSeq desc", AuditRecord.class).setParameter(1, chain).setMaxResults(1)
                .getSingleResult());
        String originalDetail = last.detail;
        String originalHash = last.hash;
        last.detail = originalDetail.replace("\"late\":false", "\"late\":true");
        assertThat(last.detail).isNotEqualTo(originalDetail);
        String forgedHash = last.computeHash();
        try {
            rewrite(last.seq, chain, last.detail, forgedHash);
            given().header("Authorization", Tokens.admin()).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("brokenChain", equalTo(chain))
                    .body("problem", org.hamcrest.Matchers.matchesPattern("record \\d+ of the chain is not the one anchor \\d+ committed to"));
        } finally {
            rewrite(last.seq, chain, originalDetail, originalHash);
        }
        given().header("Authorization", Tokens.admin()).get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    @Test
    void anAdminTakesAnAnchorOnDemand() {
        someActivity();
        given().header("Authorization", Tokens.admin()).post("/api/audit/anchors").then().statusCode(200)
                .body("reason", equalTo("ON_DEMAND")).body("hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        given().header("Authorization", Tokens.secretariat()).post("/api/audit/anchors").then().statusCode(403);
        given().header("Authorization", Tokens.admin()).get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    @Test
    void onlyAdminsAndTheSecretariatVerifyTheChain() {
        given().header("Authorization", Tokens.analyst()).get("/api/audit/verification").then().statusCode(403);
    }

    /** A database administrator covering their tracks: the record, its hash and the chain head together. */
    private void rewrite(long seq, String chain, String detail, String hash) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table audit_record disable trigger audit_record_append_only").executeUpdate();
            em.createNativeQuery("update audit_record set detail = ?1, hash = ?2 where seq = ?3")
                    .setParameter(1, detail).setParameter(2, hash).setParameter(3, seq).executeUpdate();
            em.createNativeQuery("alter table audit_record enable trigger audit_record_append_only").executeUpdate();
            em.createNativeQuery("update audit_chain_head set last_hash = ?1 where chain = ?2")
                    .setParameter(1, hash).setParameter(2, chain).executeUpdate();
        });
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
