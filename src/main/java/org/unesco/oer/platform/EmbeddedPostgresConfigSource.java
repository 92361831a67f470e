package org.unesco.oer.platform;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Supplies {@code quarkus.datasource.jdbc.url} when nothing else does: {@code DB_URL} if set,
 * otherwise the URL of an embedded PostgreSQL started on first use, at runtime only (never while
 * the application is being built). Any higher-ordinal source (system property, environment,
 * application.properties, a test resource) wins and then nothing is started.
 *
 * <p>The embedded database keeps real data (dev mode, the local scripts), so it runs with durable
 * settings ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on). The packaged
 * service starts it only when asked explicitly ({@code OER_DATABASE=embedded}): without
 * {@code DB_URL} and without that opt-in it refuses to start, so that a missing secret in a cluster
 * never gives each pod its own throw-away database. It also supplies the embedded database's
 * password ({@link #EMBEDDED_PASSWORD_PROPERTY}, used by %prod as the default of {@code DB_PASSWORD})
 * and refuses, naming {@code DB_PASSWORD}, when a real server has none.
 *
 * <p>It is a config source rather than a CDI bean because the datasource and Flyway read the URL
 * before any bean exists. Its own settings are therefore read from the environment or system
 * properties: {@code OER_EMBEDDED_DB_DIR} / {@code oer.embedded-db.dir} (data directory, default
 * {@code ~/.oer-reporting/pgdata}) and {@code OER_EMBEDDED_DB_PORT} / {@code oer.embedded-db.port}
 * (default 0: a free port).
 */
public class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_PASSWORD_PROPERTY = "oer.embedded-db.password";
    static final String EMBEDDED = "embedded";
    /**
     * {@code ${SECRET:${oer.required.SECRET}}} in application.properties: a secret without default
     * whose absence stops start-up with a message naming it (Quarkus alone would fail later, or
     * name only the property).
     */
    static final String REQUIRED_PREFIX = "oer.required.";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class);

    // Survives dev-mode restarts only within one class loader; EmbeddedDatabase also re-attaches
    // to a server still running on the same data directory.
    private static volatile String startedUrl;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (propertyName.startsWith(REQUIRED_PREFIX)) {
            return required(propertyName.substring(REQUIRED_PREFIX.length()));
        }
        if (EMBEDDED_PASSWORD_PROPERTY.equals(propertyName)) {
            return embeddedPassword();
        }
        if (!URL_PROPERTY.equals(propertyName)) {
            return null;
        }
        String external = externalUrl();
        if (external != null) {
            return external;
        }
        ExecutionMode mode = ExecutionMode.current();
        if (mode != ExecutionMode.RUNTIME_INIT && mode != ExecutionMode.RUNNING) {
            return null;
        }
        if (!embeddedAllowed()) {
            throw new IllegalStateException(NO_DATABASE);
        }
        return embeddedUrl();
    }

    static final String NO_DATABASE = "No database configured: set DB_URL to the JDBC URL of the PostgreSQL server"
            + " (with DB_USER and DB_PASSWORD), or set OER_DATABASE=embedded to run an embedded PostgreSQL on this machine"
            + " (data in OER_EMBEDDED_DB_DIR, default ~/.oer-reporting/pgdata). The packaged service never falls back to"
            + " an embedded database by itself.";

    static final String NO_PASSWORD = "DB_PASSWORD is not set: the password of the database at DB_URL has no default"
            + " in production. Set DB_PASSWORD (in Kubernetes: the oer-reporting-credentials Secret).";

    private static String required(String variable) {
        ExecutionMode mode = ExecutionMode.current();
        if (mode != ExecutionMode.RUNTIME_INIT && mode != ExecutionMode.RUNNING) {
            return null;
        }
        throw new IllegalStateException(variable + " is not set: it has no default in production."
                + " Set it in the environment (in Kubernetes: the oer-reporting-credentials Secret).");
    }

    private static String externalUrl() {
        String external = setting("DB_URL", "oer.db-url", null);
        return external != null && !external.isBlank() ? external : null;
    }

    /** Dev mode and tests may always use it; the packaged service only with OER_DATABASE=embedded. */
    static boolean embeddedAllowed() {
        return LaunchMode.current() != LaunchMode.NORMAL
                || EMBEDDED.equalsIgnoreCase(setting("OER_DATABASE", "oer.database", "").strip());
    }

    /** The embedded server's superuser password; with a real server there is none to default to. */
    private static String embeddedPassword() {
        ExecutionMode mode = ExecutionMode.current();
        if (mode != ExecutionMode.RUNTIME_INIT && mode != ExecutionMode.RUNNING) {
            return null;
        }
        if (externalUrl() != null || !embeddedAllowed()) {
            throw new IllegalStateException(externalUrl() != null ? NO_PASSWORD : NO_DATABASE);
        }
        return "postgres";
    }

    private static synchronized String embeddedUrl() {
        if (startedUrl == null) {
            Path dir = Path.of(setting("OER_EMBEDDED_DB_DIR", "oer.embedded-db.dir",
                    Path.of(System.getProperty("user.home"), ".oer-reporting", "pgdata").toString()));
            int port = Integer.parseInt(setting("OER_EMBEDDED_DB_PORT", "oer.embedded-db.port", "0"));
            startedUrl = EmbeddedDatabase.start(dir, port);
        }
        return startedUrl;
    }

    static String setting(String env, String property, String fallback) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(env)))
                .orElse(fallback);
    }

    @Override
    public int getOrdinal() {
        return 50; // below application.properties (250), environment (300) and system properties (400)
    }

    @Override
    public String getName() {
        return "oer-embedded-postgres";
    }

    /** Starts (or re-attaches to) an embedded PostgreSQL keeping its data in a given directory. */
    static final class EmbeddedDatabase {

        private EmbeddedDatabase() {
        }

        static String start(Path dataDirectory, int port) {
            try {
                Files.createDirectories(dataDirectory);
                Optional<Integer> running = runningPort(dataDirectory);
                if (running.isPresent()) {
                    LOG.infof("Re-using the embedded PostgreSQL already running on %s (port %d)", dataDirectory, running.get());
                    return jdbcUrl(running.get());
                }
                EmbeddedPostgres.Builder builder = durable(EmbeddedPostgres.builder())
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("max_connections", "300")
                        .setRegisterShutdownHook(false);
                if (port > 0) {
                    builder.setPort(port);
                }
                EmbeddedPostgres postgres = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
                LOG.infof("Started embedded PostgreSQL on port %d with data in %s (set DB_URL to use a real server)",
                        postgres.getPort(), dataDirectory);
                return jdbcUrl(postgres.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
            }
        }

        /**
         * The library's defaults are for throw-away test databases (it passes {@code -F}, i.e.
         * fsync off, and sets synchronous_commit off); these {@code -c} settings come after and win.
         */
        static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
            return builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }

        static String jdbcUrl(int port) {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        /** A server still running on this directory: an earlier dev-mode start, or a JVM that was killed. */
        private static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            var lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            boolean postgresAlive = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().command())
                    .map(command -> command.contains("postgres"))
                    .orElse(false);
            return postgresAlive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        }

        private static void close(EmbeddedPostgres postgres) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }
}
