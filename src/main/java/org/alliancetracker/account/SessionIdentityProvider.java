package org.alliancetracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a session token into the identity of its account: name, display name and roles. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String DISPLAY_NAME = "displayName";
    public static final String ACCOUNT_ID = "accountId";
    public static final String MUST_CHANGE_PASSWORD = "mustChangePassword";

    @Inject
    Sessions sessions;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!SessionAuthenticationMechanism.SESSION_TOKEN_TYPE.equals(request.getToken().getType())) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> sessions.accountOf(request.getToken().getToken())
                .map(SessionIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("No live session for this cookie")));
    }

    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(account.role.securityRoles)
                .addAttribute(DISPLAY_NAME, account.displayName)
                .addAttribute(ACCOUNT_ID, account.id)
                .addAttribute(MUST_CHANGE_PASSWORD, account.mustChangePassword)
                .build();
    }
}
