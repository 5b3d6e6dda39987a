package org.alliancetracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;

/**
 * A record whose name is close to a slug that no record has, for the page that answers such an address: someone who
 * typed {@code /organizations/redhat} or {@code /alliances/ova} is offered Red Hat or the Open Virtualization
 * Alliance. Found as the search finds names, in three queries whatever the data; where none holds the text, by its
 * spelling ({@code /organizations/qumranett} offers Qumranet), in at most six more.
 *
 * @param kind alliance, organization or project, as in the record's address ({@code /projects/kvm})
 */
public record NearMiss(String kind, String name, String slug) {

    static final int LIMIT = 5;

    /**
     * Up to {@value #LIMIT} records whose name, abbreviation or former name holds the slug's text, else that the text
     * may be misspelt from: those of the kind the address named first, each kind best match first. None for a text
     * longer than a search may be.
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
        if (found.isEmpty()) {
            return spelledAlike(kind, slug);
        }
        found.sort(Comparator.comparing(miss -> !miss.kind.equals(kind)));
        return found.subList(0, Math.min(LIMIT, found.size()));
    }

    /**
     * Up to {@value #LIMIT} records with a name, abbreviation or former name that the text may be misspelt from (see
     * {@link Spelling}): the fewest letters off first, then those of the kind given (none: any), then each kind's
     * order. None for a text too short to tell a misspelling. For when no name holds the text.
     */
    public static List<NearMiss> spelledAlike(String kind, String text) {
        if (Spelling.tolerated(text) == 0) {
            return List.of();
        }
        record Close(String kind, Spelling.Close close) {
        }
        List<Close> closest = new ArrayList<>();
        Spelling.closest(text, Alliance.allNames(), LIMIT).forEach(c -> closest.add(new Close("alliance", c)));
        Spelling.closest(text, Organization.allNames(), LIMIT).forEach(c -> closest.add(new Close("organization", c)));
        Spelling.closest(text, Project.allNames(), LIMIT).forEach(c -> closest.add(new Close("project", c)));
        closest.sort(Comparator.<Close>comparingInt(c -> c.close().edits()).thenComparing(c -> !c.kind().equals(kind)));
        List<Close> shown = closest.subList(0, Math.min(LIMIT, closest.size()));
        Map<String, List<Long>> ids = shown.stream().collect(Collectors.groupingBy(Close::kind,
                Collectors.mapping(c -> c.close().id(), Collectors.toList())));
        Map<Long, NearMiss> alliances = byId(ids.get("alliance"), Alliance::withIds, a -> a.id,
                a -> new NearMiss("alliance", a.name, a.slug));
        Map<Long, NearMiss> organizations = byId(ids.get("organization"), Organization::withIds, o -> o.id,
                o -> new NearMiss("organization", o.name, o.slug));
        Map<Long, NearMiss> projects = byId(ids.get("project"), Project::withIds, p -> p.id,
                p -> new NearMiss("project", p.name, p.slug));
        Map<String, Map<Long, NearMiss>> records = Map.of("alliance", alliances, "organization", organizations,
                "project", projects);
        return shown.stream().map(c -> records.get(c.kind()).get(c.close().id())).filter(miss -> miss != null)
                .toList();
    }

    /** The records with these ids (none asked: no query) as near misses, by id. */
    private static <T> Map<Long, NearMiss> byId(List<Long> ids, Function<List<Long>, List<T>> load,
            Function<T, Long> id, Function<T, NearMiss> miss) {
        return ids == null ? Map.of() : load.apply(ids).stream().collect(Collectors.toMap(id, miss));
    }

    /** The record's own page. */
    public String path() {
        return "/" + kind + "s/" + slug;
    }
}
