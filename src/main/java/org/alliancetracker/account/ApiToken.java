package org.alliancetracker.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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

/** A personal API token of an editor, for bots that write. Only its hash is kept; the token is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    public static final String PREFIX = "at_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Account account;

    @Column(nullable = false, length = 80)
    public String name;

    @Column(nullable = false, length = 64, unique = true)
    public String tokenHash;

    /** The first characters of the token, to tell tokens apart in the list. */
    @Column(nullable = false, length = 12)
    public String tokenPrefix;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant lastUsedAt;

    public Instant revokedAt;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** A new random token: the prefix and 256 random bits. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static List<ApiToken> of(Account account) {
        return list("account = ?1 order by id desc", account);
    }

    /** The token with this secret, if it is live and its account enabled, with its account. */
    public static Optional<ApiToken> findLive(String secret) {
        return find("select t from ApiToken t join fetch t.account a where t.tokenHash = ?1 and t.revokedAt is null"
                + " and a.enabled = true", Sessions.hash(secret)).firstResultOptional();
    }
}
