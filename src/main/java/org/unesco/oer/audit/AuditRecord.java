package org.unesco.oer.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One link of the audit hash chain. Append-only (a trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public Long seq;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    public String action;
    @Column(name = "cycle_code")
    public String cycleCode;
    @Column(name = "state_code")
    public String stateCode;
    @Column(name = "question_code")
    public String questionCode;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
    public String detail;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    /** The SHA-256 this record must carry, given its content and its predecessor's hash. */
    public String computeHash() {
        return AuditHash.of(prevHash, String.valueOf(seq), occurredAt.toString(), actor, actorRole, action,
                cycleCode, stateCode, questionCode, oldValue, newValue, detail);
    }
}
