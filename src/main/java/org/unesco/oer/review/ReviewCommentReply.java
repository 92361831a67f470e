package org.unesco.oer.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A reply to a Secretariat comment, by the state's team (or the Secretariat itself). */
@Entity
@Table(name = "review_comment_reply")
public class ReviewCommentReply extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "comment_id")
    public Long commentId;
    @Column(name = "report_id")
    public Long reportId;
    public String text;
    public String author;
    @Column(name = "author_role")
    public String authorRole;
    @Column(name = "replied_at")
    public Instant repliedAt;
}
