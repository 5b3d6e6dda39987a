package org.alliancetracker.organization;

/**
 * An organization as the list of organizations shows it: with how many alliances it has joined and how many projects
 * it has backed, past and present, so that a reader scanning names sees which ones have a history here.
 */
public record ListedOrganization(Organization organization, long alliances, long projects) {
}
