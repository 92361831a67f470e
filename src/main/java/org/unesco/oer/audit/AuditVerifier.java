package org.unesco.oer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** Walks the whole chain in order and names the first record that does not fit. */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 2000;

    @Inject
    EntityManager em;

    public record Verification(boolean intact, long records, Long firstBrokenSeq, String problem, String lastHash) {
    }

    @Transactional
    public Verification verify() {
        String prev = "0".repeat(64);
        long expectedSeq = 1;
        long count = 0;
        while (true) {
            List<AuditRecord> page = em.createQuery("from AuditRecord where seq >= :from order by seq", AuditRecord.class)
                    .setParameter("from", expectedSeq).setMaxResults(PAGE).getResultList();
            for (AuditRecord r : page) {
                if (r.seq != expectedSeq) {
                    return new Verification(false, count, expectedSeq, "record " + expectedSeq + " is missing", prev);
                }
                if (!r.prevHash.equals(prev)) {
                    return new Verification(false, count, r.seq, "does not link to the previous record's hash", prev);
                }
                if (!r.computeHash().equals(r.hash)) {
                    return new Verification(false, count, r.seq, "its content does not match its hash", prev);
                }
                prev = r.hash;
                expectedSeq++;
                count++;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_head where id = 1").getSingleResult();
        if (((Number) head[0]).longValue() != count || !head[1].equals(prev)) {
            return new Verification(false, count, count + 1, "records after " + count + " are missing", prev);
        }
        return new Verification(true, count, null, null, prev);
    }
}
