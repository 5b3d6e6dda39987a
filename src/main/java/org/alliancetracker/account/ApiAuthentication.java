package org.alliancetracker.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/** Checks the bearer token of a writing API request and answers the account it acts for. */
@ApplicationScoped
public class ApiAuthentication {

    private static final Logger LOG = Logger.getLogger(ApiAuthentication.class);
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A request without a usable token: answered 401 with {@code WWW-Authenticate: Bearer}. */
    public static class Unauthorized extends RuntimeException {
        public Unauthorized(String message) {
            super(message, null, false, false);
        }
    }

    public Account require(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new Unauthorized("Writing needs a personal API token: send 'Authorization: Bearer <token>'. "
                    + "Editors create tokens under 'API tokens'.");
        }
        if (!authorization.startsWith("Bearer ") || authorization.length() > 200) {
            throw new Unauthorized("The Authorization header must be 'Bearer <token>'.");
        }
        String secret = authorization.substring(7).strip();
        return QuarkusTransaction.requiringNew().call(() -> {
            ApiToken token = ApiToken.findLive(secret).orElse(null);
            if (token == null) {
                LOG.info("API write refused: unknown, revoked or disabled token");
                throw new Unauthorized("This token is not valid: it is unknown, revoked, or its account is disabled.");
            }
            Instant now = Instant.now();
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
                token.lastUsedAt = now;
            }
            return token.account;
        });
    }
}
