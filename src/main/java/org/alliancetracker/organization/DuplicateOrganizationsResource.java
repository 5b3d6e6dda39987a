package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.hibernate.exception.ConstraintViolationException;

import org.alliancetracker.account.CurrentUser;
import org.alliancetracker.account.Role;
import org.alliancetracker.common.Causes;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.Parameters;

/**
 * For editors, the organizations that may be one recorded twice (an import under another spelling, say): names alike
 * but for case, accents, spaces, punctuation and endings such as Inc., names one letter apart once those are left out
 * ("Red Hatt"), and former names that are another organization's name; each with a link to merge it into the other,
 * and a button to tell them apart, after which they are no longer listed together ({@link NotDuplicate}). Five queries,
 * however many organizations there are.
 */
@Path("/edit/duplicates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class DuplicateOrganizationsResource {

    static final String PATH = "/edit/duplicates";

    private static final String GONE = "One of those organizations was merged or deleted since the list was read: look"
            + " again.";

    /** How many organizations of each kind of likeness are read at most. */
    static final int LIMIT = 500;

    /** Organizations that may be one: why, and each with the merges into the others it may take. */
    public record Group(String reason, List<Candidate> candidates) {
    }

    /** One of a group, with its counts, and a link to merge it into each other one of the group. */
    public record Candidate(ListedOrganization listed, List<Merge> merges) {
    }

    /** A link to the merge page of one organization, with the organization to keep filled in. */
    public record Merge(Organization into, String link) {
    }

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Group> groups, boolean more, int limit, List<NotDuplicate> toldApart,
                int toldApartCount);
    }

    @GET
    public TemplateInstance list() {
        List<NotDuplicate> toldApart = NotDuplicate.all();
        Set<NotDuplicate.Ids> told = NotDuplicate.idsOf(toldApart);
        List<Spelling.Name> cores = Organization.nameCores();
        List<FormerName.Shared> shared = FormerName.sharedWithOthers(LIMIT + 1);
        List<Spelling.Pair> misspelt = Organization.oneLetterApart(cores).stream()
                .filter(p -> !told.contains(NotDuplicate.Ids.of(p.one(), p.other()))).toList();

        boolean more = shared.size() > LIMIT || misspelt.size() > LIMIT;
        List<List<Long>> alike = new ArrayList<>();
        int alikeCount = 0;
        for (List<Long> same : Organization.alike(cores)) {
            if (everyTwoToldApart(same, told)) {
                continue;
            }
            if (alikeCount + same.size() > LIMIT) {
                more = true;
                break;
            }
            alike.add(same);
            alikeCount += same.size();
        }
        shared = shared.subList(0, Math.min(shared.size(), LIMIT));
        misspelt = misspelt.subList(0, Math.min(misspelt.size(), LIMIT));
        // Any may have been deleted since the names were read.
        Map<Long, Organization> byId = new HashMap<>();
        Organization.withIds(Stream.concat(alike.stream().flatMap(List::stream),
                misspelt.stream().flatMap(p -> Stream.of(p.one(), p.other()))).collect(Collectors.toSet()))
                .forEach(o -> byId.put(o.id, o));
        List<List<Organization>> alikeShown = alike.stream().map(ids -> ids.stream().map(byId::get)
                .filter(Objects::nonNull).sorted(Organization.IN_NAME_ORDER).toList())
                .filter(same -> same.size() > 1).toList();
        List<List<Organization>> misspeltShown = misspelt.stream()
                .filter(p -> byId.containsKey(p.one()) && byId.containsKey(p.other()))
                .map(p -> List.of(byId.get(p.one()), byId.get(p.other()))).toList();

        Set<Organization> everyone = new LinkedHashSet<>();
        alikeShown.forEach(everyone::addAll);
        shared.forEach(s -> {
            everyone.add(s.formerly());
            everyone.add(s.other());
        });
        misspeltShown.forEach(everyone::addAll);
        Map<Long, ListedOrganization> listed = new LinkedHashMap<>();
        Organization.withCounts(new ArrayList<>(everyone)).forEach(l -> listed.put(l.organization().id, l));

        List<Group> groups = new ArrayList<>();
        alikeShown.forEach(same -> groups.add(group(
                "Names alike but for case, accents, spaces, punctuation, or an ending such as Inc. or Ltd", same,
                listed, told)));
        shared.forEach(s -> groups.add(group("“" + s.name() + "” is a former name of " + s.formerly().name
                + " and the name of " + s.other().name, List.of(s.other(), s.formerly()), listed, told)));
        misspeltShown.forEach(pair -> groups.add(group("Names one letter apart once case, accents, spaces,"
                + " punctuation and endings such as Inc. or Ltd are left out: perhaps a misspelling", pair, listed,
                told)));
        return Templates.list(groups, more, LIMIT, toldApart.subList(0, Math.min(toldApart.size(), LIMIT)),
                toldApart.size());
    }

    private static boolean everyTwoToldApart(List<Long> ids, Set<NotDuplicate.Ids> told) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (!told.contains(NotDuplicate.Ids.of(ids.get(i), ids.get(j)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Tells apart every two of the organizations: they are no longer listed together, though a third that comes
     * alike is listed with them.
     */
    @POST
    @Path("not-duplicates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tellApart(@FormParam("organization") List<String> ids) {
        Set<Long> distinct = new LinkedHashSet<>();
        for (String id : ids) {
            if (!id.matches("[0-9]{1,18}") || !distinct.add(Long.parseLong(id)) || distinct.size() > LIMIT) {
                distinct.clear();
                break;
            }
        }
        if (distinct.size() < 2) {
            throw new InvalidParameterException("organization", "Tell apart two organizations or more, each by its"
                    + " id once.");
        }
        List<String> names;
        try {
            names = QuarkusTransaction.requiringNew().call(() -> {
                List<Organization> organizations = Organization.withIds(distinct);
                if (organizations.size() < distinct.size()) {
                    return null;
                }
                NotDuplicate.tellApart(organizations, user.getUsername());
                return namesInOrder(organizations, distinct);
            });
        } catch (RuntimeException e) {
            if (!Causes.include(e, ConstraintViolationException.class)) {
                throw e;
            }
            // Another editor told the same apart at the same moment.
            names = QuarkusTransaction.requiringNew().call(() -> {
                List<Organization> organizations = Organization.withIds(distinct);
                return organizations.size() < distinct.size() ? null : namesInOrder(organizations, distinct);
            });
        }
        return Flash.redirect(PATH, names == null ? GONE : "Told apart " + Formats.series(names, "and")
                + ": they are no longer listed as possible duplicates.");
    }

    private static List<String> namesInOrder(List<Organization> organizations, Set<Long> ids) {
        Map<Long, String> names = organizations.stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
        return ids.stream().map(names::get).toList();
    }

    /** Lists the two organizations together again where their names are alike. */
    @POST
    @Path("not-duplicates/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response listAgain(@PathParam("id") long id) {
        NotDuplicate pair = NotDuplicate.withBoth(id).orElse(null);
        if (pair == null) {
            return Flash.redirect(PATH, "Those organizations were already listed again, or one of them is gone.");
        }
        pair.delete();
        return Flash.redirect(PATH, pair.first.name + " and " + pair.second.name + " are listed again where their"
                + " names are alike.");
    }

    private static Group group(String reason, List<Organization> organizations, Map<Long, ListedOrganization> listed,
            Set<NotDuplicate.Ids> told) {
        return new Group(reason, organizations.stream().map(o -> new Candidate(listed.get(o.id),
                organizations.stream().filter(other -> !other.id.equals(o.id))
                        .filter(other -> !told.contains(NotDuplicate.Ids.of(o.id, other.id)))
                        .map(other -> new Merge(other, "/edit/organization/" + o.id + "/merge"
                                + Parameters.query("into", other.name + " (" + other.slug + ")"))).toList()))
                .toList());
    }
}
