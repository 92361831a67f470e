package org.unesco.oer.registry;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the shipped registry file at start-up. Idempotent: missing states are inserted, names
 * follow the file, and region, status and language are left alone once loaded (administrators
 * and the Secretariat own them).
 */
@ApplicationScoped
public class MemberStateLoader {

    static final String RESOURCE = "registry/member-states.csv";
    private static final List<String> HEADER = List.of("code", "name_en", "name_fr", "name_ar", "region", "status", "language");
    private static final Logger LOG = Logger.getLogger(MemberStateLoader.class);

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        List<List<String>> rows = readRows();
        for (List<String> row : rows) {
            em.createNativeQuery("""
                    insert into member_state (code, name_en, name_fr, name_ar, region_code, status, language)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    on conflict (code) do update
                      set name_en = excluded.name_en, name_fr = excluded.name_fr, name_ar = excluded.name_ar
                    """)
                    .setParameter(1, row.get(0)).setParameter(2, row.get(1)).setParameter(3, row.get(2))
                    .setParameter(4, row.get(3)).setParameter(5, row.get(4))
                    .setParameter(6, row.get(5).toUpperCase()).setParameter(7, row.get(6))
                    .executeUpdate();
        }
        LOG.infof("Member-state registry: %d states in the data file", rows.size());
    }

    static List<List<String>> readRows() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Registry data file missing from the classpath: " + RESOURCE);
            }
            List<List<String>> rows = CsvReader.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
                throw new IllegalStateException(RESOURCE + ": expected header " + String.join(",", HEADER));
            }
            List<List<String>> data = rows.subList(1, rows.size());
            for (int i = 0; i < data.size(); i++) {
                List<String> row = data.get(i);
                if (row.size() != HEADER.size() || row.stream().anyMatch(String::isBlank)
                        || MembershipStatus.fromCode(row.get(5)).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": line " + (i + 2) + " is malformed: " + row);
                }
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
