package org.unesco.oer.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A state's National Commission for UNESCO or Permanent Delegation, for escalating reminders. */
@Entity
@Table(name = "national_contact")
@IdClass(NationalContact.Key.class)
public class NationalContact extends PanacheEntityBase {

    public enum Kind { NATIONAL_COMMISSION, PERMANENT_DELEGATION }

    @Id
    @Column(name = "state_code")
    public String stateCode;
    @Id
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String name;
    public String email;
    public String phone;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String stateCode;
        public Kind kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(stateCode, k.stateCode) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(stateCode, kind);
        }
    }
}
