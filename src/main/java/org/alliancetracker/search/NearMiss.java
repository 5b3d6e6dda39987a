package org.alliancetracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;

/**
 * A record whose name is close to a slug that no record has, for the page that answers such an address: someone who
 * typed {@code /organizations/redhat} or {@code /alliances/ova} is offered Red Hat or the Open Virtualization
 * Alliance. Found as the search finds names, in three queries whatever the data.
 *
 * @param kind alliance, organization or project, as in the record's address ({@code /projects/kvm})
 */
public record NearMiss(String kind, String name, String slug) {

    static final int LIMIT = 5;

    /**
     * Up to {@value #LIMIT} records whose name, abbreviation or former name holds the slug's text: those of the kind
     * the address named first, each kind best match first. None for a text longer than a search may be.
     */
    public static List<NearMiss> of(String kind, String slug) {
        if (!Search.mayBeSearched(slug)) {
            return List.of();
        }
        SearchText text = SearchText.of(slug);
        List<NearMiss> found = new ArrayList<>();
        Alliance.nameContaining(text, LIMIT).forEach(a -> found.add(new NearMiss("alliance", a.name, a.slug)));
        Organization.nameContaining(text, LIMIT)
                .forEach(o -> found.add(new NearMiss("organization", o.name, o.slug)));
        Project.nameContaining(text, LIMIT).forEach(p -> found.add(new NearMiss("project", p.name, p.slug)));
        found.sort(Comparator.comparing(miss -> !miss.kind.equals(kind)));
        return found.subList(0, Math.min(LIMIT, found.size()));
    }

    /** The record's own page. */
    public String path() {
        return "/" + kind + "s/" + slug;
    }
}
