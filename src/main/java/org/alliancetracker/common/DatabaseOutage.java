package org.alliancetracker.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Failures that come from the database being out of reach (stopped, restarting, refusing connections) rather than
 * from a bug: visitors get a 503 with Retry-After instead of an error page, and background jobs wait for it quietly.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether the failure, or any of its causes, says the database cannot be reached: a connection exception (SQL
     * state class 08) or PostgreSQL's operator intervention (57P: shutting down, starting up, dropped).
     */
    public static boolean isCause(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    /** The innermost message, which names what was refused (host and port), for the log only. */
    public static String describe(Throwable failure) {
        Throwable innermost = Causes.innermost(failure);
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    /**
     * Runs a background job; while the database is out of reach it logs one warning when the outage begins and one
     * line when a run succeeds again, instead of an error with a stack trace at every run. Other failures go on.
     */
    public static final class TolerantJob {

        private final Logger log;
        private final String name;
        private volatile boolean waiting;

        public TolerantJob(Logger log, String name) {
            this.log = log;
            this.name = name;
        }

        public void run(Runnable job) {
            try {
                job.run();
            } catch (RuntimeException e) {
                if (!isCause(e)) {
                    throw e;
                }
                if (!waiting) {
                    waiting = true;
                    log.warnf("%s waits for the database, which cannot be reached (%s)", name, describe(e));
                }
                return;
            }
            if (waiting) {
                waiting = false;
                log.infof("%s runs again: the database can be reached", name);
            }
        }

        /** Whether the last run found the database out of reach. */
        public boolean waiting() {
            return waiting;
        }
    }
}
