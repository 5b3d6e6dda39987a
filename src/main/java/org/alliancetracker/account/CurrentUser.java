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

    public String getDisplayName() {
        String name = identity.getAttribute(SessionIdentityProvider.DISPLAY_NAME);
        return name != null ? name : getUsername();
    }
}
