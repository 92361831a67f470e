package org.unesco.oer.platform;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a database outage (a restart, a failover, an exhausted pool) from a broken request: the
 * first is a 503 "retry shortly", the second stays a 500. Hibernate, Narayana and Agroal wrap
 * the driver's exception at various depths, so the whole cause chain is read.
 */
public final class DatabaseOutage {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (class 57P) and too_many_connections. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolTimeout(sql))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SQLState class 08: connection exception (refused, broken, failed over). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state));
    }

    /**
     * Agroal's pool timeouts ("Acquisition timeout while waiting for new connection", "Sorry,
     * acquisition timeout!"): every connection is busy or none can be made.
     */
    private static boolean poolTimeout(SQLException e) {
        return e.getSQLState() == null && (e.getCause() instanceof TimeoutException
                || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")));
    }
}
