package org.alliancetracker.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A login session kept in the database, so that logging out or disabling an account ends it for real on every
 * instance. Only a SHA-256 hash of the session token is stored; the token itself lives in the browser's cookie.
 */
@Entity
@Table(name = "account_session")
public class AccountSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(unique = true, nullable = false, length = 64)
    public String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Account account;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant expiresAt;

    /** The live session with this token hash, with its account, if the account is enabled. */
    public static Optional<AccountSession> findLive(String tokenHash, Instant now) {
        return find("""
                select s from AccountSession s join fetch s.account a
                where s.tokenHash = ?1 and s.expiresAt > ?2 and a.enabled = true""", tokenHash, now)
                .firstResultOptional();
    }

    public static long endAllOf(Account account) {
        return delete("account", account);
    }

    /** Ends every session of the account but the one with this token hash (the person changing their password). */
    public static long endOthersOf(Account account, String keptTokenHash) {
        return delete("account = ?1 and tokenHash <> ?2", account, keptTokenHash);
    }

    public static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
