package org.unesco.oer.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * A person designated as focal point of a state for a cycle. The person is identified by the
 * token's {@code sub}; until their first request a designation may carry only the user name.
 */
@Entity
@Table(name = "designation")
public class Designation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cycle_code")
    public String cycleCode;
    @Column(name = "state_code")
    public String stateCode;
    public String username;
    public String subject;
    @Column(name = "person_name")
    public String personName;
    public String email;
    public String title;
    public String institution;
    public String evidence;
    @Column(name = "valid_from")
    public Instant validFrom;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "designated_by")
    public String designatedBy;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_reason")
    public String endReason;

    /** The designations of a cycle in force at a moment, oldest first. */
    public static List<Designation> activeInCycle(String cycleCode, Instant at) {
        return list("cycleCode = ?1 and validFrom <= ?2 and (validUntil is null or validUntil > ?2) order by validFrom", cycleCode, at);
    }

    public boolean isActive(Instant at) {
        return !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil));
    }
}
