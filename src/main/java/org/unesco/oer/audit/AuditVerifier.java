package org.unesco.oer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the whole trail: the legacy global chain by seq, every per-report chain by its place,
 * each against its head row, then the anchors, each against the records it committed to. Names
 * the first record (or anchor) that does not fit.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 2000;

    @Inject
    EntityManager em;

    public record Verification(boolean intact, long records, long chains, long anchors, Long firstBrokenSeq, String brokenChain,
                               String problem, String lastAnchorHash) {

        static Verification broken(long records, long chains, Long seq, String chain, String problem) {
            return broken(records, chains, 0, seq, chain, problem);
        }

        static Verification broken(long records, long chains, long anchors, Long seq, String chain, String problem) {
            return new Verification(false, records, chains, anchors, seq, chain, problem, null);
        }
    }

    @Transactional
    public Verification verify() {
        Map<String, Object[]> heads = new HashMap<>();
        for (Object row : em.createNativeQuery("select chain, last_seq, last_hash from audit_chain_head").getResultList()) {
            Object[] r = (Object[]) row;
            heads.put((String) r[0], new Object[]{((Number) r[1]).longValue(), r[2]});
        }
        Counter n = new Counter();
        Verification legacy = legacy(heads.remove("legacy"), n);
        if (legacy != null) {
            return legacy;
        }
        Verification chains = chains(heads, n);
        if (chains != null) {
            return chains;
        }
        for (String chain : heads.keySet()) {
            if (((Number) heads.get(chain)[0]).longValue() > 0) {
                return Verification.broken(n.records, n.chains, null, chain, "the chain's records are missing");
            }
        }
        return anchors(n);
    }

    private static final class Counter {
        long records;
        long chains;
    }

    /** The records written before chains were per report: one chain by seq, as it always was. */
    private Verification legacy(Object[] head, Counter n) {
        String prev = AuditTrail.GENESIS;
        long expectedSeq = 1;
        while (true) {
            List<AuditRecord> page = em.createQuery("from AuditRecord where chain is null and seq >= :from order by seq", AuditRecord.class)
                    .setParameter("from", expectedSeq).setMaxResults(PAGE).getResultList();
            for (AuditRecord r : page) {
                if (r.seq != expectedSeq) {
                    return Verification.broken(n.records, n.chains, expectedSeq, "legacy", "record " + expectedSeq + " is missing");
                }
                Verification link = link(r, prev, n);
                if (link != null) {
                    return link;
                }
                prev = r.hash;
                expectedSeq++;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        long count = expectedSeq - 1;
        if (count > 0) {
            n.chains++;
        }
        long headSeq = head == null ? 0 : (long) head[0];
        if (headSeq != count || (head != null && !head[1].equals(prev))) {
            return Verification.broken(n.records, n.chains, count + 1, "legacy", "records after " + count + " are missing");
        }
        return null;
    }

    /** Every per-report (state, cycle, system) chain in chain order, then place order. */
    private Verification chains(Map<String, Object[]> heads, Counter n) {
        String chain = null;
        long place = 0;
        String prev = null;
        String afterChain = "";
        long afterPlace = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<AuditRecord> page = em.createNativeQuery("""
                            select * from audit_record where chain is not null and (chain, chain_seq) > (?1, ?2)
                            order by chain, chain_seq limit ?3""", AuditRecord.class)
                    .setParameter(1, afterChain).setParameter(2, afterPlace).setParameter(3, PAGE).getResultList();
            for (AuditRecord r : page) {
                if (!r.chain.equals(chain)) {
                    Verification end = chainEnd(chain, place, prev, heads, n);
                    if (end != null) {
                        return end;
                    }
                    chain = r.chain;
                    place = 0;
                    prev = AuditTrail.GENESIS;
                }
                if (r.chainSeq != place + 1) {
                    return Verification.broken(n.records, n.chains, r.seq, chain, "record " + (place + 1) + " of the chain is missing");
                }
                Verification link = link(r, prev, n);
                if (link != null) {
                    return link;
                }
                prev = r.hash;
                place = r.chainSeq;
                afterChain = r.chain;
                afterPlace = r.chainSeq;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        return chainEnd(chain, place, prev, heads, n);
    }

    private Verification chainEnd(String chain, long place, String prev, Map<String, Object[]> heads, Counter n) {
        if (chain == null) {
            return null;
        }
        n.chains++;
        Object[] head = heads.remove(chain);
        if (head == null || (long) head[0] != place || !head[1].equals(prev)) {
            return Verification.broken(n.records, n.chains, null, chain, "records after " + place + " of the chain are missing");
        }
        return null;
    }

    private static Verification link(AuditRecord r, String prev, Counter n) {
        String chain = r.chain == null ? "legacy" : r.chain;
        if (!r.prevHash.equals(prev)) {
            return Verification.broken(n.records, n.chains, r.seq, chain, "does not link to the previous record's hash");
        }
        if (!r.computeHash().equals(r.hash)) {
            return Verification.broken(n.records, n.chains, r.seq, chain, "its content does not match its hash");
        }
        n.records++;
        return null;
    }

    /** The anchors as a chain, each recomputed from its entries, and each entry against the record it names. */
    private Verification anchors(Counter n) {
        String prev = AuditTrail.GENESIS;
        long expected = 1;
        @SuppressWarnings("unchecked")
        List<Object[]> anchors = em.createNativeQuery("select seq, anchored_at, reason, prev_hash, hash from audit_anchor order by seq")
                .getResultList();
        Map<Long, List<AuditAnchors.Entry>> entries = new HashMap<>();
        for (Object row : em.createNativeQuery("select anchor_seq, chain, chain_seq, hash from audit_anchor_entry order by anchor_seq, chain")
                .getResultList()) {
            Object[] e = (Object[]) row;
            entries.computeIfAbsent(((Number) e[0]).longValue(), k -> new ArrayList<>())
                    .add(new AuditAnchors.Entry((String) e[1], ((Number) e[2]).longValue(), (String) e[3]));
        }
        for (Object[] a : anchors) {
            long seq = ((Number) a[0]).longValue();
            String problem = seq != expected ? "anchor " + expected + " is missing"
                    : !prev.equals(a[3]) ? "anchor " + seq + " does not link to the previous anchor"
                    : !AuditAnchors.hash((String) a[3], seq, instant(a[1]), (String) a[2], entries.getOrDefault(seq, List.of())).equals(a[4])
                    ? "anchor " + seq + " does not match its hash" : null;
            if (problem != null) {
                return Verification.broken(n.records, n.chains, expected - 1, null, "anchors", problem);
            }
            prev = (String) a[4];
            expected++;
        }
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_anchor_head where id = 1").getSingleResult();
        if (((Number) head[0]).longValue() != anchors.size() || !prev.equals(head[1])) {
            return Verification.broken(n.records, n.chains, anchors.size(), null, "anchors", "anchors after " + anchors.size() + " are missing");
        }
        // every chain head an anchor committed to is still the record there, unchanged
        @SuppressWarnings("unchecked")
        List<Object[]> mismatched = em.createNativeQuery("""
                select * from (
                  select e.anchor_seq, e.chain, e.chain_seq from audit_anchor_entry e
                  left join audit_record r on r.chain is null and r.seq = e.chain_seq
                  where e.chain = 'legacy' and r.hash is distinct from e.hash
                  union all
                  select e.anchor_seq, e.chain, e.chain_seq from audit_anchor_entry e
                  left join audit_record r on r.chain = e.chain and r.chain_seq = e.chain_seq
                  where e.chain <> 'legacy' and r.hash is distinct from e.hash) m
                order by anchor_seq limit 1""").getResultList();
        if (!mismatched.isEmpty()) {
            Object[] m = mismatched.get(0);
            return Verification.broken(n.records, n.chains, anchors.size(), null, (String) m[1],
                    "record " + m[2] + " of the chain is not the one anchor " + m[0] + " committed to");
        }
        return new Verification(true, n.records, n.chains, anchors.size(), null, null, null, anchors.isEmpty() ? null : prev);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
