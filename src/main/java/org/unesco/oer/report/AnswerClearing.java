package org.unesco.oer.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The tombstone of a cleared answer: which report version cleared it, when and by whom, so that a
 * colleague saving that question on an older version gets a conflict instead of reviving it unseen.
 */
@Entity
@Table(name = "answer_clearing")
@IdClass(Answer.Key.class)
public class AnswerClearing extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public Long reportId;
    @Id
    @Column(name = "question_code")
    public String questionCode;
    public int version;
    @Column(name = "cleared_at")
    public Instant clearedAt;
    @Column(name = "cleared_by")
    public String clearedBy;
}
