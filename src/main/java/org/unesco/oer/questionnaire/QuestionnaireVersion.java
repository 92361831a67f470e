package org.unesco.oer.questionnaire;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A published questionnaire version: immutable (a database trigger also refuses updates). */
@Entity
@Immutable
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends PanacheEntityBase {

    @Id
    public String version;
    public String instrument;
    public String checksum;
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    @Column(name = "source_file")
    public String sourceFile;
    @Column(name = "published_at")
    public Instant publishedAt;
}
