package org.unesco.oer.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One link of an audit hash chain: the chain of its report (or state, cycle, system), or the legacy
 * global chain for records written before chains were per report (chain null). Append-only (a
 * trigger refuses updates and deletes).
 */
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
    /** Null for the legacy global chain. */
    public String chain;
    /** The record's place in its chain, 1, 2, 3… without gaps; null in the legacy chain (seq is its place). */
    @Column(name = "chain_seq")
    public Long chainSeq;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    /** The SHA-256 this record must carry, given its content and its predecessor's hash. */
    public String computeHash() {
        if (chain == null) {
            return AuditHash.of(prevHash, String.valueOf(seq), occurredAt.toString(), actor, actorRole, action,
                    cycleCode, stateCode, questionCode, oldValue, newValue, detail);
        }
        return AuditHash.of(prevHash, chain, String.valueOf(chainSeq), String.valueOf(seq), occurredAt.toString(), actor,
                actorRole, action, cycleCode, stateCode, questionCode, oldValue, newValue, detail);
    }

    /** The chain an entry belongs to: its report's, else its state's, else its cycle's, else the system's. */
    public static String chainOf(String cycleCode, String stateCode) {
        if (cycleCode != null && stateCode != null) {
            return "report:" + cycleCode + "/" + stateCode;
        }
        if (stateCode != null) {
            return "state:" + stateCode;
        }
        return cycleCode != null ? "cycle:" + cycleCode : "system";
    }
}
