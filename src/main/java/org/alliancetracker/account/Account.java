package org.alliancetracker.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.AuditLog;

/** A community manager's login. Visitors need none. */
@Entity
@Table(name = "account")
public class Account extends TrackedEntity {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,39}";

    /** Why no account may take a name: the history shows it for changes no person made. */
    public static final String RESERVED_USERNAME = "This name stands for changes no person made, in the history.";

    @NotBlank(message = "A user name is required.")
    @Pattern(regexp = USERNAME_PATTERN,
            message = "Use 2 to 40 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or"
                    + " digit.")
    @Column(unique = true)
    public String username;

    @NotBlank(message = "A display name is required.")
    @Size(max = 100, message = "At most 100 characters.")
    public String displayName;

    @NotBlank
    public String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Role role = Role.EDITOR;

    public boolean enabled = true;

    /** Set when an administrator chose the password: its owner must replace it before anything else. */
    public boolean mustChangePassword;

    @NotNull
    public Instant createdAt = Instant.now();

    /** Whether the name is the history's for changes no person made ({@link AuditLog#SYSTEM}). */
    public static boolean isReserved(String username) {
        return AuditLog.SYSTEM.equals(username);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<Account> allByUsername() {
        return list("order by username");
    }
}
