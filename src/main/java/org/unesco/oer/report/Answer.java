package org.unesco.oer.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The current value of one answer (JSON), and the report version that last changed it. */
@Entity
@Table(name = "answer")
@IdClass(Answer.Key.class)
public class Answer extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public Long reportId;
    @Id
    @Column(name = "question_code")
    public String questionCode;
    @JdbcTypeCode(SqlTypes.JSON)
    public String value;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static List<Answer> forReport(Long reportId) {
        return list("reportId", reportId);
    }

    public static class Key implements Serializable {
        public Long reportId;
        public String questionCode;

        public Key() {
        }

        public Key(Long reportId, String questionCode) {
            this.reportId = reportId;
            this.questionCode = questionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && Objects.equals(questionCode, k.questionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, questionCode);
        }
    }
}
