package org.unesco.oer.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A later deadline granted to one state; the most recent grant is the state's extension. */
@Entity
@Table(name = "extension")
public class Extension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cycle_code")
    public String cycleCode;
    @Column(name = "state_code")
    public String stateCode;
    @Column(name = "deadline_date")
    public LocalDate deadlineDate;
    public String reason;
    @Column(name = "granted_by")
    public String grantedBy;
    @Column(name = "granted_at")
    public Instant grantedAt;

    public static Optional<Extension> current(String cycleCode, String stateCode) {
        return find("cycleCode = ?1 and stateCode = ?2 order by grantedAt desc, id desc", cycleCode, stateCode)
                .firstResultOptional();
    }

    public static List<Extension> forCycle(String cycleCode) {
        // in grant order, ties as current() breaks them: a map filled in this order keeps each state's current one
        return list("cycleCode = ?1 order by stateCode, grantedAt, id", cycleCode);
    }

    public static List<Extension> forState(String cycleCode, String stateCode) {
        return list("cycleCode = ?1 and stateCode = ?2 order by grantedAt", cycleCode, stateCode);
    }
}
