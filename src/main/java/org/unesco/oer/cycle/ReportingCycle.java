package org.unesco.oer.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.unesco.oer.platform.Languages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One consultation: who is invited by which circular letter, until when, with which questionnaire. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle extends PanacheEntityBase {

    @Id
    public String code;
    /** The title in each language, keyed by ISO 639-1 code (a JSONB map; see V7). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;
    @Column(name = "circular_letter")
    public String circularLetter;
    @Column(name = "dispatch_date")
    public LocalDate dispatchDate;
    @Column(name = "opening_date")
    public LocalDate openingDate;
    @Column(name = "deadline_date")
    public LocalDate deadlineDate;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "hard_close_date")
    public LocalDate hardCloseDate;
    @Column(name = "analysis_cutoff_date")
    public LocalDate analysisCutoffDate;
    @Column(name = "questionnaire_version")
    public String questionnaireVersion;
    /** Bumped by every edit (the ETag); edits name the version they were made on (If-Match). */
    public int version;

    /** The cycle, its row locked until commit: edits of one cycle are serialised across instances. */
    public static Optional<ReportingCycle> findForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<ReportingCycle> byOpening() {
        return list("order by openingDate desc, code");
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Deadline deadline() {
        return new Deadline(deadlineDate, zone());
    }

    /** After the hard close nothing more is accepted, except from states with a running extension. */
    public Deadline hardClose() {
        return hardCloseDate == null ? null : new Deadline(hardCloseDate, zone());
    }

    public Instant opensAt() {
        return openingDate.atStartOfDay(zone()).toInstant();
    }

    public CyclePhase phase(Instant now) {
        if (now.isBefore(opensAt())) {
            return CyclePhase.UPCOMING;
        }
        if (deadline().isOnTime(now)) {
            return CyclePhase.OPEN;
        }
        Deadline close = hardClose();
        return close == null || close.isOnTime(now) ? CyclePhase.LATE_SUBMISSIONS : CyclePhase.CLOSED;
    }

    public String title(String language) {
        return Languages.text(titles, language);
    }
}
