package org.unesco.oer.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.unesco.oer.platform.Languages;

import java.util.List;
import java.util.Map;

/** A UNESCO region (derived from the electoral groups). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;
    /** The name in each language, keyed by ISO 639-1 code (a JSONB map; see V7). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<Region> ordered() {
        return list("order by sortOrder");
    }

    public String name(String language) {
        return Languages.text(names, language);
    }
}
