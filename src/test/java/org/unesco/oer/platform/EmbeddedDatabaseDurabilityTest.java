package org.unesco.oer.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL that keeps real data (dev mode, java -jar with OER_DATABASE=embedded) is durable. */
class EmbeddedDatabaseDurabilityTest {

    private static Map<String, String> settings(EmbeddedPostgres.Builder builder) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        try (EmbeddedPostgres postgres = builder.start();
             Connection c = postgres.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            for (String name : new String[]{"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = st.executeQuery("show " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        }
        return values;
    }

    @Test
    void theServiceStartsItWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
        assertThat(settings(EmbeddedPostgresConfigSource.EmbeddedDatabase.durable(EmbeddedPostgres.builder())))
                .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
    }

    @Test
    void theLibraryDefaultsThatTestsKeepAreNotDurable() throws Exception {
        // Why durable() exists: the library passes -F (fsync off) and synchronous_commit=off.
        assertThat(settings(EmbeddedPostgres.builder())).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
    }
}
