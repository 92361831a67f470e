package org.unesco.oer.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.unesco.oer.platform.Languages;

import java.util.List;

/** A UNESCO region (derived from the electoral groups). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_ar")
    public String nameAr;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<Region> ordered() {
        return list("order by sortOrder");
    }

    public String name(String language) {
        return Languages.pick(language, nameEn, nameFr, nameAr);
    }
}
