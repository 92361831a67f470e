package org.unesco.oer.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A reminder sent or a contact recorded by hand (REMINDER / MANUAL). */
@Entity
@Table(name = "contact_log")
public class ContactLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cycle_code")
    public String cycleCode;
    @Column(name = "state_code")
    public String stateCode;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String kind;
    public String channel;
    public String level;
    public String stage;
    public String recipients;
    public String language;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
}
