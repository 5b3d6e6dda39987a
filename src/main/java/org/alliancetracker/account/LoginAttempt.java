package org.alliancetracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Every login attempt, kept for throttling and for the record. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The user name as typed, cut to 80 characters. */
    @Column(nullable = false, length = 80)
    public String username;

    @Column(nullable = false, length = 64)
    public String client;

    @Column(nullable = false)
    public Instant attemptedAt;

    public boolean succeeded;

    public static long failuresForUsername(String username, Instant since) {
        return count("username = ?1 and succeeded = false and attemptedAt > ?2", username, since);
    }

    public static long failuresFromClient(String client, Instant since) {
        return count("client = ?1 and succeeded = false and attemptedAt > ?2", client, since);
    }
}
