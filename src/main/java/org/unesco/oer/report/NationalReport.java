package org.unesco.oer.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A state's report for a cycle. Every change bumps {@link #version} (the ETag). */
@Entity
@Table(name = "national_report")
public class NationalReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cycle_code")
    public String cycleCode;
    @Column(name = "state_code")
    public String stateCode;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    public int version;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "last_activity_at")
    public Instant lastActivityAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "submitted_late")
    public Boolean submittedLate;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "submission_count")
    public int submissionCount;

    public static Optional<NationalReport> find(String cycleCode, String stateCode) {
        return find("cycleCode = ?1 and stateCode = ?2", cycleCode, stateCode).firstResultOptional();
    }

    public static Optional<NationalReport> findForUpdate(String cycleCode, String stateCode) {
        return find("cycleCode = ?1 and stateCode = ?2", cycleCode, stateCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public void touch(Instant now) {
        version++;
        lastActivityAt = now;
    }
}
