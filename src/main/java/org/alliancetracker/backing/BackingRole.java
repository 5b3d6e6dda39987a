package org.alliancetracker.backing;

/** How an organization backs a project. */
public enum BackingRole {
    DEVELOPER("Developer"),
    OWNER("Owner"),
    SPONSOR("Sponsor"),
    CONTRIBUTOR("Contributor"),
    DISTRIBUTOR("Distributor"),
    SUPPORTER("Supporter");

    public final String label;

    BackingRole(String label) {
        this.label = label;
    }
}
