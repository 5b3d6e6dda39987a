package org.alliancetracker.backing;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.Counts;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;

/**
 * An organization backing a project in a role. Either end may be unknown: sources often say that a company
 * backed a project without saying since when.
 */
@Entity
@Table(name = "backing")
public class Backing extends TrackedEntity {

    /** The rule of {@link #isActiveOn(LocalDate)} in HQL, with the day as the named parameter {@code day}. */
    static final String ACTIVE_ON_DAY = "(b.since.latest is null or b.since.latest <= :day)"
            + " and (b.until.earliest is null or b.until.earliest > :day)";

    @NotNull(message = "Choose an organization.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization organization;

    @NotNull(message = "Choose a project.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;

    @NotNull(message = "Choose a role.")
    @Enumerated(EnumType.STRING)
    public BackingRole role;

    /** When the backing began; null when no source gives a start. */
    @Embedded
    @Valid
    public PartialDate since;

    /** When the backing ended; null while it goes on, or when no source gives an end. */
    @Embedded
    @Valid
    public PartialDate until;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String notes;

    @ManyToMany
    @JoinTable(name = "backing_source",
            joinColumns = @JoinColumn(name = "backing_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("id")
    public Set<Source> sources = new LinkedHashSet<>();

    @AssertTrue(message = "The end must not be before the start.")
    public boolean isUntilNotBeforeSince() {
        return since == null || until == null || !until.isCertainlyBefore(since);
    }

    /** Whether the other records the same backing: of the same project, in the same role, from the same date. */
    public boolean sameAs(Backing other) {
        return project.id.equals(other.project.id) && role == other.role && Objects.equals(since, other.since);
    }

    /**
     * Takes what the other record of the same backing says and this one does not: its sources, and its end and notes
     * where this has none (where both say, this one's stays).
     */
    public void takeOver(Backing other) {
        sources.addAll(other.sources);
        until = until == null ? other.until : until;
        notes = notes == null ? other.notes : notes;
    }

    /** Whether the backing may end on the date: as far as the dates tell, it had begun by then. */
    public boolean mayEndOn(PartialDate date) {
        return since == null || !date.isCertainlyBefore(since);
    }

    /**
     * Backing on the day: started by then (an unknown start counts as started) and not yet ended, by the
     * certainty rule of {@link PartialDate}.
     */
    public boolean isActiveOn(LocalDate day) {
        return (since == null || since.hasCertainlyStartedBy(day)) && (until == null || !until.mayHaveEndedBy(day));
    }

    /** How many organizations the backings show backing on the day, in memory: as {@link #countBackers} counts. */
    public static long countBackers(List<Backing> backings, LocalDate day) {
        return backings.stream().filter(b -> b.isActiveOn(day)).map(b -> b.organization.id).distinct().count();
    }

    public static List<Backing> ofProject(Project project) {
        return list("""
                select b from Backing b join fetch b.organization o left join fetch b.sources
                where b.project = ?1
                order by b.since.latest nulls first, b.since.earliest, o.nameKey, lower(o.name)""", project);
    }

    /** The backings of any of the projects, with organization, project and sources, in one query. */
    public static List<Backing> ofProjects(List<Project> projects) {
        return list("""
                select b from Backing b join fetch b.organization o join fetch b.project left join fetch b.sources
                where b.project in ?1
                order by b.since.latest nulls first, b.since.earliest, o.nameKey, lower(o.name)""", projects);
    }

    public static List<Backing> ofOrganization(Organization organization) {
        return list("""
                select b from Backing b join fetch b.project p left join fetch b.sources
                where b.organization = ?1
                order by b.since.latest nulls first, b.since.earliest, p.nameKey, lower(p.name)""", organization);
    }

    /** The projects the organization backs with no end recorded, by name: a move from one of them ends that backing. */
    public static List<Project> openlyBackedBy(Organization organization) {
        return getEntityManager().createQuery("""
                select p from Project p where exists (select b from Backing b where b.project = p
                and b.organization = ?1 and b.until is null) order by p.nameKey, lower(p.name)""", Project.class)
                .setParameter(1, organization).getResultList();
    }

    /** The organization's backings with no end recorded, in the order they were entered. */
    public static List<Backing> openOf(Organization organization) {
        return list("organization = ?1 and until is null order by id", organization);
    }

    /** How many organizations back each project on the day, by project id, in one query. */
    public static Map<Long, Long> countBackersByProject(LocalDate day) {
        return Counts.byId(getEntityManager()
                .createQuery("select b.project.id, count(distinct b.organization.id) from Backing b where "
                        + ACTIVE_ON_DAY + " group by b.project.id", Object[].class)
                .setParameter("day", day));
    }

    /** How many organizations back the project on the day, in one query. */
    public static long countBackers(Project project, LocalDate day) {
        return getEntityManager().createQuery("select count(distinct b.organization.id) from Backing b where "
                + "b.project = :project and " + ACTIVE_ON_DAY, Long.class)
                .setParameter("project", project).setParameter("day", day).getSingleResult();
    }

    public static List<Backing> citing(Source source) {
        return list("""
                select b from Backing b join fetch b.organization o join fetch b.project p
                where ?1 member of b.sources
                order by b.since.latest nulls first, b.since.earliest, o.nameKey, lower(o.name), p.nameKey,
                lower(p.name)""", source);
    }

    /**
     * Up to {@code limit} backings that cite no source, the latest recorded first, with what describes them: the facts
     * an editor has still to source. One query.
     */
    public static List<Backing> withoutSources(int limit) {
        return find("""
                select b from Backing b join fetch b.organization join fetch b.project
                where b.sources is empty order by b.id desc""").page(0, limit).list();
    }
}
