package org.unesco.oer.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.unesco.oer.platform.Languages;

/** A Member State or Associate Member of UNESCO, identified by its ISO 3166-1 alpha-3 code. */
@Entity
@Table(name = "member_state")
public class MemberState extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_ar")
    public String nameAr;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    public Region region;
    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    public String name(String language) {
        return Languages.pick(language, nameEn, nameFr, nameAr);
    }
}
