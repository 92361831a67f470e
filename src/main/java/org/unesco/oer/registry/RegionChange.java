package org.unesco.oer.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** An administrator moved a state from one region to another. Append-only. */
@Entity
@Table(name = "region_change")
public class RegionChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "state_code")
    public String stateCode;
    @Column(name = "old_region")
    public String oldRegion;
    @Column(name = "new_region")
    public String newRegion;
    public String reason;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<RegionChange> forState(String stateCode) {
        return list("stateCode = ?1 order by changedAt, id", stateCode);
    }
}
