package org.unesco.oer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Appends to the hash chain of each entry's report (or state, cycle, system). The chain's head row
 * is locked for the rest of the caller's transaction, which serialises the appends of one chain
 * across threads and replicas while writers of other reports go on; callers append last, so the
 * lock is held only for the final inserts and the commit. {@link AuditAnchors} ties the chains
 * together.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    @Inject
    InstantSource clock;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String role, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // chains locked in name order, so two transactions touching the same chains cannot deadlock
        Map<String, List<AuditEntry>> byChain = new TreeMap<>();
        for (AuditEntry entry : entries) {
            byChain.computeIfAbsent(AuditRecord.chainOf(entry.cycleCode(), entry.stateCode()), c -> new ArrayList<>()).add(entry);
        }
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Map.Entry<String, List<AuditEntry>> chain : byChain.entrySet()) {
            append(chain.getKey(), chain.getValue(), actor, role, now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String role, AuditEntry entry) {
        append(actor, role, List.of(entry));
    }

    private void append(String chain, List<AuditEntry> entries, String actor, String role, Instant now) {
        Object[] head = lockHead(chain);
        long chainSeq = ((Number) head[0]).longValue();
        String prev = (String) head[1];
        // global ids taken after the lock: within a chain they grow with the chain
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select nextval('audit_record_seq') from generate_series(1, ?1)")
                .setParameter(1, entries.size()).getResultList();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            AuditRecord r = new AuditRecord();
            r.seq = ids.get(i).longValue();
            r.chain = chain;
            r.chainSeq = ++chainSeq;
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
        em.createNativeQuery("update audit_chain_head set last_seq = ?1, last_hash = ?2 where chain = ?3")
                .setParameter(1, chainSeq).setParameter(2, prev).setParameter(3, chain).executeUpdate();
    }

    /** The chain's head, locked until commit; a new chain starts at the genesis hash. */
    private Object[] lockHead(String chain) {
        for (int attempt = 0; ; attempt++) {
            List<?> rows = em.createNativeQuery("select last_seq, last_hash from audit_chain_head where chain = ?1 for update")
                    .setParameter(1, chain).getResultList();
            if (!rows.isEmpty()) {
                return (Object[]) rows.get(0);
            }
            if (attempt > 0) {
                throw new IllegalStateException("audit chain head " + chain + " could not be created");
            }
            em.createNativeQuery("insert into audit_chain_head (chain, last_seq, last_hash) values (?1, 0, ?2) on conflict (chain) do nothing")
                    .setParameter(1, chain).setParameter(2, GENESIS).executeUpdate();
        }
    }
}
