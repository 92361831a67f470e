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
import java.util.Optional;

/**
 * One submission of a report: the exact content submitted and its SHA-256 digest.
 * {@link #submittedAt} is when the report counts as submitted: the server time, or for an entry on
 * the state's behalf the date the report was received; {@link #enteredAt} is when it was entered.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public Long reportId;
    public int number;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "entered_at")
    public Instant enteredAt;
    @Column(name = "on_behalf")
    public boolean onBehalf;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_by_role")
    public String submittedByRole;
    public boolean late;
    @Column(name = "effective_deadline")
    public Instant effectiveDeadline;
    public String content;
    public String digest;

    public static List<Submission> forReport(Long reportId) {
        return list("reportId = ?1 order by number", reportId);
    }

    public boolean receivedOutside() {
        return onBehalf && !submittedAt.equals(enteredAt);
    }

    public static Optional<Submission> byNumber(Long reportId, int number) {
        return find("reportId = ?1 and number = ?2", reportId, number).firstResultOptional();
    }
}
