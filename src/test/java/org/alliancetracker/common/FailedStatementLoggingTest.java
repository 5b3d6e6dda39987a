package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.JDBCException;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.Test;

/**
 * A failed statement is not logged by Hibernate: the application handles it or logs it once with its cause, and
 * Hibernate's own lines repeated that at every request and webhook poll while the database was away.
 */
@QuarkusTest
class FailedStatementLoggingTest {

    @Test
    void hibernateLogsNoWarningForAFailedStatement() {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // On Hibernate's root logger: whatever category it logs a failed statement in reaches this handler.
        Logger hibernate = Logger.getLogger("org.hibernate");
        hibernate.addHandler(capture);
        try {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> Panache.getEntityManager().createNativeQuery("select no_such_column from organization")
                            .getResultList()));
            assertEquals(SQLGrammarException.class, rootHibernateException(failure));
        } finally {
            hibernate.removeHandler(capture);
        }
        assertEquals(List.of(), warnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }

    private static Class<?> rootHibernateException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCException) {
                return t.getClass();
            }
        }
        return failure.getClass();
    }
}
