package org.unesco.oer.platform;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are an outage (503, retry) and which stay a server error (500). */
class DatabaseOutageCausesTest {

    @Test
    void connectionFailuresFailoversAndPoolTimeoutsAreOutages() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new JDBCConnectionException("refused", new SQLException("refused", "08001"))))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("too many clients", "53300")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void brokenRequestsAndBugsAreNot() {
        assertThat(DatabaseOutage.isCause(new ConstraintViolationException("duplicate", new SQLException("duplicate key", "23505"), "uk"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
    }
}
