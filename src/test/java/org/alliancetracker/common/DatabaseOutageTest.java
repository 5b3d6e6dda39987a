package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionUnderTheApplicationsOwnWrapperIsAnOutage() {
        var refused = new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException("The data version could not be read", refused)));
        assertTrue(DatabaseOutage.describe(new IllegalStateException(refused)).contains("Connection refused"));
    }

    @Test
    void aServerShuttingDownAndHibernatesOwnConnectionFailureAreOutages() {
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused")))));
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("pool")));
    }

    @Test
    void aBrokenRuleOrABugIsNotAnOutage() {
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.isCause(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCause(new NullPointerException()));
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isCause(first));
        assertTrue(DatabaseOutage.describe(first).startsWith("RuntimeException"));
    }

    @Test
    void aJobWaitsOutAnOutageAndGoesOnAfterIt() {
        var job = new DatabaseOutage.TolerantJob(Logger.getLogger(DatabaseOutageTest.class), "Test job");
        RuntimeException outage = new RuntimeException(new SQLException("refused", "08001"));
        job.run(() -> {
            throw outage;
        });
        assertTrue(job.waiting());
        job.run(() -> {
            throw outage; // a second failed run: still waiting, nothing thrown
        });
        assertTrue(job.waiting());
        int[] runs = {0};
        job.run(() -> runs[0]++);
        assertTrue(runs[0] == 1 && !job.waiting());
    }

    @Test
    void aJobsOtherFailuresGoOn() {
        var job = new DatabaseOutage.TolerantJob(Logger.getLogger(DatabaseOutageTest.class), "Test job");
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> job.run(() -> {
            throw bug;
        })));
        assertFalse(job.waiting());
    }
}
