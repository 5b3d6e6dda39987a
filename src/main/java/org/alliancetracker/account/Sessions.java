package org.alliancetracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.alliancetracker.config.TrackerConfig;
import org.alliancetracker.web.SecureCookies;

/** Creates, finds and ends database-backed login sessions, and the cookie that carries their token. */
@ApplicationScoped
public class Sessions {

    /** The session cookie's name outside dev mode (see {@link SecureCookies}). */
    public static final String COOKIE = "__Host-tracker_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TrackerConfig config;

    /** Starts a session for the account and answers its token (only its hash is stored). */
    @Transactional
    public String start(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccountSession session = new AccountSession();
        session.account = Account.findById(account.id);
        session.tokenHash = hash(token);
        session.createdAt = Instant.now();
        session.expiresAt = session.createdAt.plus(config.session().idleTimeout());
        session.persist();
        AccountSession.deleteExpired(session.createdAt);
        return token;
    }

    /**
     * The account of a live session, extending the session when more than half of its idle time has passed (so a
     * session in use does not expire, and a request does not write every time).
     */
    @Transactional
    public Optional<Account> accountOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return AccountSession.findLive(hash(token), now).map(session -> {
            Duration timeout = config.session().idleTimeout();
            if (session.expiresAt.isBefore(now.plus(timeout.dividedBy(2)))) {
                session.expiresAt = now.plus(timeout);
            }
            return session.account;
        });
    }

    @Transactional
    public void end(String token) {
        if (token != null) {
            AccountSession.delete("tokenHash", hash(token));
        }
    }

    public static String cookieName() {
        return SecureCookies.name("tracker_session");
    }

    /** The session token the request carries, or null. */
    public static String tokenOf(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(cookieName());
        return cookie == null ? null : cookie.getValue();
    }

    public NewCookie cookie(String token) {
        return new NewCookie.Builder(cookieName()).value(token).path("/").httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX).build();
    }

    public NewCookie expiredCookie() {
        return new NewCookie.Builder(cookieName()).value("").path("/").httpOnly(true).maxAge(0)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX).build();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
