package org.alliancetracker.account;

import java.util.Set;

/** What an account may do. An admin is also an editor. */
public enum Role {
    EDITOR("Editor", Set.of(Role.EDITOR_ROLE)),
    ADMIN("Administrator", Set.of(Role.EDITOR_ROLE, Role.ADMIN_ROLE));

    /** The security role names used with {@code @RolesAllowed}. */
    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";

    public final String label;
    public final Set<String> securityRoles;

    Role(String label, Set<String> securityRoles) {
        this.label = label;
        this.securityRoles = securityRoles;
    }
}
