package org.unesco.oer.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A document as received (the state's report in PDF, DOCX, XLSX or ODT), attached to a submission. */
@Entity
@Table(name = "submission_document")
public class SubmissionDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "submission_id")
    public Long submissionId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public int sizeBytes;
    public String sha256;
    public byte[] content;
    @Column(name = "attached_by")
    public String attachedBy;
    @Column(name = "attached_at")
    public Instant attachedAt;

    /** What a listing shows: everything but the content. */
    public record Listed(Long id, Long submissionId, String fileName, String mediaType, int sizeBytes, String sha256,
                         String attachedBy, Instant attachedAt) {
    }

    public static List<Listed> listed(List<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new org.unesco.oer.report.SubmissionDocument$Listed(d.id, d.submissionId, d.fileName, d.mediaType,
                d.sizeBytes, d.sha256, d.attachedBy, d.attachedAt) from SubmissionDocument d
                where d.submissionId in :ids order by d.id""", Listed.class).setParameter("ids", submissionIds).getResultList();
    }
}
