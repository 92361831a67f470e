package org.unesco.oer.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.unesco.oer.platform.Languages;

import java.util.Map;

/** A Member State or Associate Member of UNESCO, identified by its ISO 3166-1 alpha-3 code. */
@Entity
@Table(name = "member_state")
public class MemberState extends PanacheEntityBase {

    @Id
    public String code;
    /** The name in each language, keyed by ISO 639-1 code (a JSONB map; see V7). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    public Region region;
    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    public String name(String language) {
        return Languages.text(names, language);
    }
}
