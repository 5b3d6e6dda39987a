package org.alliancetracker.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Parameters;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;

/** A name an organization was known by until a date; the organization keeps its history under its new name. */
@Entity
@Table(name = "former_name")
public class FormerName extends TrackedEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization organization;

    @NotBlank(message = "A name is required.")
    @Size(max = 200, message = "At most 200 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String name;

    /** The name's {@link SearchText} key, which the database computes from it (migration V14): read by searches. */
    @Column(insertable = false, updatable = false)
    private String nameKey;

    @Embedded
    @Valid
    public PartialDate usedUntil;

    public static List<FormerName> of(Organization organization) {
        return list("organization = ?1 order by usedUntil.latest nulls first, usedUntil.earliest", organization);
    }

    /** A former name of one organization that is, but for case, accents, spaces and punctuation, another's name. */
    public record Shared(Organization formerly, String name, Organization other) {
    }

    /**
     * Up to {@code limit} former names that are another organization's name (as {@link SearchText} keys), in the
     * order of that organization's name, in one query: possible duplicates, or a name taken over. Two organizations
     * an editor told apart ({@link NotDuplicate}) are left out.
     */
    public static List<Shared> sharedWithOthers(int limit) {
        return getEntityManager().createQuery("""
                select f.organization, f.name, o from FormerName f, Organization o
                where f.nameKey = o.nameKey and f.nameKey <> '' and f.organization <> o and not exists (
                    select n from NotDuplicate n where n.first.id = least(f.organization.id, o.id)
                        and n.second.id = greatest(f.organization.id, o.id))
                order by o.nameKey, lower(o.name), o.id, f.id""", Object[].class).setMaxResults(limit)
                .getResultStream().map(row -> new Shared((Organization) row[0], (String) row[1], (Organization) row[2]))
                .toList();
    }

    /**
     * The former names of other organizations that are the name of one with an id of at least {@code firstId} (those
     * an import has just made), in one query.
     */
    public static List<Shared> sharedWithOrganizationsFrom(long firstId) {
        return getEntityManager().createQuery("""
                select f.organization, f.name, o from FormerName f, Organization o
                where o.id >= :first and f.nameKey = o.nameKey and f.nameKey <> '' and f.organization <> o
                order by o.id, f.id""", Object[].class).setParameter("first", firstId).getResultStream()
                .map(row -> new Shared((Organization) row[0], (String) row[1], (Organization) row[2])).toList();
    }

    /**
     * The former names of these organizations that contain the text, each list in the order they were used, by
     * organization id: what a search found them by, in one query however many they are.
     */
    public static Map<Long, List<String>> containing(SearchText text, Collection<Organization> organizations) {
        if (text.isEmpty() || organizations.isEmpty()) {
            return Map.of();
        }
        List<FormerName> names = find("""
                organization in :organizations and %s
                order by usedUntil.latest nulls first, usedUntil.earliest, id"""
                .formatted(SearchText.matches("nameKey")),
                Parameters.with("contains", text.containsPattern()).and("organizations", organizations)).list();
        return names.stream().collect(Collectors.groupingBy(f -> f.organization.id, Collectors.mapping(f -> f.name,
                Collectors.toList())));
    }
}
