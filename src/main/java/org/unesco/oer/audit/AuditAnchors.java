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

/**
 * Anchors tie the per-report chains together: each anchor records every chain head that moved
 * since the previous anchor and is hashed over them and the previous anchor's hash. Rewriting a
 * chain consistently, head row included, therefore still breaks the anchors that committed to it.
 * An anchor is taken at each submission (the moments the trail matters most) and on demand.
 */
@ApplicationScoped
public class AuditAnchors {

    @Inject
    EntityManager em;
    @Inject
    InstantSource clock;

    /** One moved chain head, as an anchor commits to it. */
    public record Entry(String chain, long chainSeq, String hash) {
    }

    /** The latest anchor: its place, hash and time, and how many chain heads it committed to; null before the first. */
    public record AnchorView(long seq, java.time.Instant anchoredAt, String reason, int entries, String hash) {
    }

    /** Takes an anchor now (if anything moved) and answers the latest one. */
    @Transactional
    public AnchorView anchorNow() {
        anchor("ON_DEMAND");
        return latest();
    }

    public AnchorView latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.seq, a.anchored_at, a.reason, (select count(*) from audit_anchor_entry e where e.anchor_seq = a.seq), a.hash
                from audit_anchor a order by a.seq desc limit 1""").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new AnchorView(((Number) r[0]).longValue(), AuditVerifier.instant(r[1]), (String) r[2], ((Number) r[3]).intValue(), (String) r[4]);
    }

    /** Takes an anchor over the heads that moved (this transaction's own included); none when nothing moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anchor(String reason) {
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_anchor_head where id = 1 for update")
                .getSingleResult();
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> moved = em.createNativeQuery("""
                select h.chain, h.last_seq, h.last_hash from audit_chain_head h
                where h.last_seq > 0 and not exists (select 1 from audit_anchor_entry e where e.chain = h.chain and e.chain_seq = h.last_seq)
                order by h.chain""").getResultList();
        if (moved.isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : moved) {
            entries.add(new Entry((String) row[0], ((Number) row[1]).longValue(), (String) row[2]));
        }
        long seq = ((Number) head[0]).longValue() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash((String) head[1], seq, now, reason, entries);
        em.createNativeQuery("insert into audit_anchor (seq, anchored_at, reason, prev_hash, hash) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, seq).setParameter(2, now).setParameter(3, reason).setParameter(4, head[1]).setParameter(5, hash)
                .executeUpdate();
        // one statement for all the heads (a busy day moves every state's chain)
        em.createNativeQuery("""
                insert into audit_anchor_entry (anchor_seq, chain, chain_seq, hash)
                select ?1, e.chain, e."chainSeq", e.hash
                from jsonb_to_recordset(cast(?2 as jsonb)) as e(chain text, "chainSeq" bigint, hash text)""")
                .setParameter(1, seq).setParameter(2, org.unesco.oer.platform.Json.write(entries)).executeUpdate();
        em.createNativeQuery("update audit_anchor_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, seq).setParameter(2, hash).executeUpdate();
    }

    /** The hash an anchor must carry; entries in chain order. */
    static String hash(String prevHash, long seq, Instant at, String reason, List<Entry> entries) {
        List<String> fields = new ArrayList<>(List.of(prevHash, String.valueOf(seq), at.toString(), reason));
        for (Entry e : entries) {
            fields.add(e.chain());
            fields.add(String.valueOf(e.chainSeq()));
            fields.add(e.hash());
        }
        return AuditHash.of(fields.toArray(String[]::new));
    }
}
