package org.alliancetracker.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data version (how many writes there have been, and when the latest was), which every cached answer's ETag
 * holds.
 * <p>
 * On the embedded H2 database only this process can open the database, so every write passes through
 * {@link AuditEntry#lockFeedHead()} here: the version is read once and kept in memory until a writing transaction
 * completes, and a cached answer costs no query at all. On PostgreSQL other instances write too, so the version is
 * read from the database on every request (one small statement, outside any transaction), which keeps every
 * instance exact at once.
 */
@ApplicationScoped
public class DataVersionClock {

    /** How many writes there have been, and when the latest was. */
    public record DataVersion(long writes, Instant changedAt) {
    }

    /** A version read from the database while the clock stood at {@code epoch}. */
    private record Known(long epoch, DataVersion version) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    /** Advanced after every writing transaction completes: a version read at an older epoch is not trusted. */
    private final AtomicLong epoch = new AtomicLong();
    private volatile Known known;

    /** Whether every write to the database passes through this process (the embedded database). */
    public boolean singleProcess() {
        return "h2".equals(databaseKind);
    }

    /** The version as this process knows it without asking the database, or null when it must ask. */
    public DataVersion known() {
        Known current = known;
        return current != null && current.epoch() == epoch.get() ? current.version() : null;
    }

    /** The current version, from memory when that is exact, else from the database. */
    public DataVersion current() {
        DataVersion version = known();
        if (version != null) {
            return version;
        }
        // The epoch is read before the database: a write that completes in between makes this reading stale at once.
        long readAt = epoch.get();
        version = read();
        if (singleProcess()) {
            known = new Known(readAt, version);
        }
        return version;
    }

    /** Called by a transaction that writes: once it has committed or rolled back, the version must be read again. */
    void writing() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                epoch.incrementAndGet();
            }
        });
    }

    // Plain JDBC, not a Hibernate session in a transaction: on PostgreSQL this runs for every cacheable request.
    private DataVersion read() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select writes, changed_at from feed_head where id = 1");
                ResultSet row = statement.executeQuery()) {
            row.next();
            OffsetDateTime changedAt = row.getObject(2, OffsetDateTime.class);
            return new DataVersion(row.getLong(1), changedAt == null ? Instant.EPOCH : changedAt.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("The data version could not be read", e);
        }
    }
}
