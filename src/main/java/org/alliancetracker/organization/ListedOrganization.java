package org.alliancetracker.organization;

import java.util.Comparator;

import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.ListOrders.Kind;

/**
 * An organization as the list of organizations shows it: with how many alliances it has joined and how many projects
 * it has backed, past and present, so that a reader scanning names sees which ones have a history here.
 */
public record ListedOrganization(Organization organization, long alliances, long projects) {

    /**
     * The orders of the list of organizations: by name (the list's own), by alliances joined or by projects backed.
     * The list is long and comes a page at a time, so the database sorts it ({@link Organization#listed}); the
     * comparators say the same, for the rows of one page.
     */
    public static final ListOrders<ListedOrganization> ORDERS = ListOrders
            .<ListedOrganization>ofRowsNamed(l -> l.organization().name)
            .byName()
            .column("alliances", "Alliances joined", Kind.COUNT,
                    Comparator.comparingLong(ListedOrganization::alliances))
            .column("projects", "Projects backed", Kind.COUNT, Comparator.comparingLong(ListedOrganization::projects));
}
