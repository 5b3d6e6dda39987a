package org.alliancetracker.organization;

/** What sort of body an organization is. */
public enum OrganizationKind {
    COMPANY("Company"),
    FOUNDATION("Foundation"),
    PROJECT_COMMUNITY("Project community"),
    UNIVERSITY("University"),
    GOVERNMENT("Government body"),
    PERSON("Person"),
    OTHER("Other");

    public final String label;

    OrganizationKind(String label) {
        this.label = label;
    }
}
