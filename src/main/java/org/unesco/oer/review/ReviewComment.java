package org.unesco.oer.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A comment on one question that came with a return; open until the next submission. */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "review_id")
    public Long reviewId;
    @Column(name = "report_id")
    public Long reportId;
    @Column(name = "question_code")
    public String questionCode;
    public String text;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
