package org.alliancetracker.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, for templates ({@code inject:user}) and for the audit log. */
@RequestScoped
@Named("user")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR_ROLE);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_ROLE);
    }

    /** The account's user name, or null for a visitor. */
    public String getUsername() {
        return isLoggedIn() ? identity.getPrincipal().getName() : null;
    }

    /** Whether the person logged in with a password an administrator chose, which they must replace first. */
    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.MUST_CHANGE_PASSWORD));
    }

    public String getDisplayName() {
        String name = identity.getAttribute(SessionIdentityProvider.DISPLAY_NAME);
        return name != null ? name : getUsername();
    }
}
