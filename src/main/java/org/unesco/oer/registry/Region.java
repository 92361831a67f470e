package org.unesco.oer.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
        return switch (language) {
            case "fr" -> nameFr;
            case "ar" -> nameAr;
            default -> nameEn;
        };
    }
}
