package org.alliancetracker.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.alliancetracker.backing.Backing;
import org.alliancetracker.web.ListOrders;
import org.alliancetracker.web.ListOrders.Kind;

/** A project as lists show it: with the number of organizations that back it today. */
public record ListedProject(Project project, long backersToday) {

    /** The orders of a list of projects: by name (the list's own), or by the number of backers today. */
    public static final ListOrders<ListedProject> ORDERS = ListOrders.<ListedProject>ofRowsNamed(l -> l.project().name)
            .byName()
            .column("today", "Backers today", Kind.COUNT, Comparator.comparingLong(ListedProject::backersToday));

    /** Every project by name, with its number of backers on {@code today}, in two queries. */
    public static List<ListedProject> all(LocalDate today) {
        Map<Long, Long> backers = Backing.countBackersByProject(today);
        return Project.allByName().stream().map(p -> new ListedProject(p, backers.getOrDefault(p.id, 0L))).toList();
    }
}
