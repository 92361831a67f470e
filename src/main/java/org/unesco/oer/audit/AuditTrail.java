package org.unesco.oer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Appends to the global hash chain. The head row is locked for the rest of the caller's
 * transaction, which serialises appends across threads and replicas; callers append last, so
 * the lock is held only for the final inserts and the commit.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    InstantSource clock;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String role, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_head where id = 1 for update")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String prev = (String) head[1];
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (AuditEntry entry : entries) {
            AuditRecord r = new AuditRecord();
            r.seq = ++seq;
            r.occurredAt = now;
            r.actor = actor;
            r.actorRole = role;
            r.action = entry.action();
            r.cycleCode = entry.cycleCode();
            r.stateCode = entry.stateCode();
            r.questionCode = entry.questionCode();
            r.oldValue = entry.oldValue();
            r.newValue = entry.newValue();
            r.detail = entry.detail();
            r.prevHash = prev;
            r.hash = r.computeHash();
            em.persist(r);
            prev = r.hash;
        }
        em.createNativeQuery("update audit_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, seq).setParameter(2, prev).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String role, AuditEntry entry) {
        append(actor, role, List.of(entry));
    }
}
