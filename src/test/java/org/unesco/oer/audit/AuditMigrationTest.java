package org.unesco.oer.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trail written with the one global chain (before V8) still verifies after the migration to
 * per-report chains, and goes on growing: checked on a schema of its own migrated to V7, given
 * records the old way, then migrated to the latest version.
 */
@QuarkusTest
class AuditMigrationTest {

    private static final String SCHEMA = "audit_migration_test";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail trail;
    @Inject
    AuditAnchors anchors;
    @Inject
    AuditVerifier verifier;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
                .target(target).cleanDisabled(false).load();
    }

    @BeforeEach
    void schemaAtV7WithAGlobalChain() {
        flyway("latest").clean();
        flyway("7").migrate();
        inSchema(() -> {
            String prev = AuditTrail.GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                AuditRecord r = new AuditRecord();
                r.seq = seq;
                r.occurredAt = Instant.parse("2026-10-0" + seq + "T09:00:00.123456Z");
                r.actor = "fp-ken";
                r.actorRole = "focal-point";
                r.action = "ANSWER_CHANGED";
                r.cycleCode = "oer-2027";
                r.stateCode = "KEN";
                r.questionCode = "Q02";
                r.newValue = "\"Ministry " + seq + "\"";
                r.prevHash = prev;
                r.hash = r.computeHash();
                em.createNativeQuery("""
                        insert into audit_record (seq, occurred_at, actor, actor_role, action, cycle_code, state_code, question_code,
                                                  new_value, prev_hash, hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                        .setParameter(1, r.seq).setParameter(2, r.occurredAt).setParameter(3, r.actor).setParameter(4, r.actorRole)
                        .setParameter(5, r.action).setParameter(6, r.cycleCode).setParameter(7, r.stateCode).setParameter(8, r.questionCode)
                        .setParameter(9, r.newValue).setParameter(10, r.prevHash).setParameter(11, r.hash).executeUpdate();
                prev = r.hash;
            }
            em.createNativeQuery("update audit_head set last_seq = 3, last_hash = ?1").setParameter(1, prev).executeUpdate();
            return null;
        });
        flyway("latest").migrate();
    }

    @AfterEach
    void dropSchema() {
        flyway("latest").clean();
    }

    /** Runs in one transaction whose queries resolve tables in the test schema. */
    private <T> T inSchema(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local search_path to " + SCHEMA).executeUpdate();
            return work.get();
        });
    }

    @Test
    void theGlobalChainWrittenBeforeTheMigrationVerifiesAsTheLegacyChain() {
        AuditVerifier.Verification v = inSchema(verifier::verify);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.records()).isEqualTo(3);
    }

    @Test
    void newRecordsGoToTheirReportsChainAndTheFirstAnchorCoversTheLegacyHead() {
        inSchema(() -> {
            trail.append("fp-ken", "focal-point", AuditEntry.of("ANSWER_CHANGED", "oer-2027", "KEN").question("Q02"));
            anchors.anchor("TEST");
            return null;
        });
        AuditVerifier.Verification v = inSchema(verifier::verify);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.records()).isEqualTo(4);
        assertThat(v.chains()).isEqualTo(2);
        assertThat(v.anchors()).isEqualTo(1);
        long newSeq = inSchema(() -> ((Number) em.createNativeQuery("select seq from audit_record where chain is not null")
                .getSingleResult()).longValue());
        assertThat(newSeq).as("new ids continue after the legacy ones").isGreaterThan(3);
        long anchoredLegacy = inSchema(() -> ((Number) em.createNativeQuery(
                "select chain_seq from audit_anchor_entry where chain = 'legacy'").getSingleResult()).longValue());
        assertThat(anchoredLegacy).isEqualTo(3);
    }

    @Test
    void aTamperedLegacyRecordIsStillNamed() {
        inSchema(() -> {
            em.createNativeQuery("alter table audit_record disable trigger audit_record_append_only").executeUpdate();
            em.createNativeQuery("update audit_record set new_value = '\"Forged\"' where seq = 2").executeUpdate();
            em.createNativeQuery("alter table audit_record enable trigger audit_record_append_only").executeUpdate();
            return null;
        });
        AuditVerifier.Verification v = inSchema(verifier::verify);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
        assertThat(v.brokenChain()).isEqualTo("legacy");
    }
}
