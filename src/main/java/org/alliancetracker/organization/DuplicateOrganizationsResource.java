package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.web.Parameters;

/**
 * For editors, the organizations that may be one recorded twice (an import under another spelling, say): names alike
 * but for case, accents, spaces, punctuation and endings such as Inc., names one letter apart once those are left out
 * ("Red Hatt"), and former names that are another organization's name; each with a link to merge it into the other.
 * Five queries, however many organizations there are.
 */
@Path("/edit/duplicates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class DuplicateOrganizationsResource {

    /** How many organizations of each kind of likeness are read at most. */
    static final int LIMIT = 500;

    /** Names shorter than this, once their endings are left out, are not taken for misspellings of others. */
    static final int MISSPELT_LETTERS = 5;

    /** Organizations that may be one: why, and each with the merges into the others it may take. */
    public record Group(String reason, List<Candidate> candidates) {
    }

    /** One of a group, with its counts, and a link to merge it into each other one of the group. */
    public record Candidate(ListedOrganization listed, List<Merge> merges) {
    }

    /** A link to the merge page of one organization, with the organization to keep filled in. */
    public record Merge(Organization into, String link) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Group> groups, boolean more, int limit);
    }

    @GET
    public TemplateInstance list() {
        List<Organization.Alike> alike = Organization.alikeButForEndings(LIMIT + 1);
        List<FormerName.Shared> shared = FormerName.sharedWithOthers(LIMIT + 1);
        List<Spelling.Pair> misspelt = Spelling.oneLetterApart(Organization.nameCores(), MISSPELT_LETTERS);
        boolean more = alike.size() > LIMIT || shared.size() > LIMIT || misspelt.size() > LIMIT;
        alike = alike.subList(0, Math.min(alike.size(), LIMIT));
        shared = shared.subList(0, Math.min(shared.size(), LIMIT));
        misspelt = misspelt.subList(0, Math.min(misspelt.size(), LIMIT));
        Map<Long, Organization> misspeltById = new HashMap<>();
        Organization.withIds(misspelt.stream().flatMap(p -> Stream.of(p.one(), p.other())).collect(Collectors.toSet()))
                .forEach(o -> misspeltById.put(o.id, o));

        Set<Organization> everyone = new LinkedHashSet<>();
        alike.forEach(a -> everyone.add(a.organization()));
        shared.forEach(s -> {
            everyone.add(s.formerly());
            everyone.add(s.other());
        });
        everyone.addAll(misspeltById.values());
        Map<Long, ListedOrganization> listed = new LinkedHashMap<>();
        Organization.withCounts(new ArrayList<>(everyone)).forEach(l -> listed.put(l.organization().id, l));

        List<Group> groups = new ArrayList<>();
        Map<String, List<Organization>> byCore = new LinkedHashMap<>();
        alike.forEach(a -> byCore.computeIfAbsent(a.core(), core -> new ArrayList<>()).add(a.organization()));
        // A group cut short by the limit may hold one organization: it is left for the next look.
        byCore.values().stream().filter(same -> same.size() > 1).forEach(same -> groups.add(group(
                "Names alike but for case, accents, spaces, punctuation, or an ending such as Inc. or Ltd", same,
                listed)));
        shared.forEach(s -> groups.add(group("“" + s.name() + "” is a former name of " + s.formerly().name
                + " and the name of " + s.other().name, List.of(s.other(), s.formerly()), listed)));
        // Either may have been deleted since the names were read.
        misspelt.stream().filter(p -> misspeltById.containsKey(p.one()) && misspeltById.containsKey(p.other()))
                .map(p -> List.of(misspeltById.get(p.one()), misspeltById.get(p.other())))
                .forEach(pair -> groups.add(group("Names one letter apart once case, accents, spaces, punctuation and"
                        + " endings such as Inc. or Ltd are left out: perhaps a misspelling", pair, listed)));
        return Templates.list(groups, more, LIMIT);
    }

    private static Group group(String reason, List<Organization> organizations, Map<Long, ListedOrganization> listed) {
        return new Group(reason, organizations.stream().map(o -> new Candidate(listed.get(o.id),
                organizations.stream().filter(other -> !other.id.equals(o.id)).map(other -> new Merge(other,
                        "/edit/organization/" + o.id + "/merge"
                                + Parameters.query("into", other.name + " (" + other.slug + ")"))).toList()))
                .toList());
    }
}
