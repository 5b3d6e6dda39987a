package org.alliancetracker.testing;

import jakarta.enterprise.inject.spi.CDI;

import org.hibernate.SessionFactory;

/** Counts the SQL statements Hibernate prepares while something runs (statistics are on in the test profile). */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long countDuring(Runnable action) {
        var statistics = CDI.current().select(SessionFactory.class).get().getStatistics();
        long before = statistics.getPrepareStatementCount();
        action.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
