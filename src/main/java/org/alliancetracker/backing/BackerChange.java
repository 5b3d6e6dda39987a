package org.alliancetracker.backing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;

/**
 * An organization moving its backing from one project to another (IBM: Xen to KVM), linked to the backing it
 * ended and the one it started.
 */
@Entity
@Table(name = "backer_change")
public class BackerChange extends TrackedEntity {

    private static final String FETCH_ALL = """
            select c from BackerChange c join fetch c.organization o join fetch c.fromProject f
            join fetch c.toProject t left join fetch c.sources""";

    @NotNull(message = "Choose an organization.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization organization;

    @NotNull(message = "Choose the project it moved from.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project fromProject;

    @NotNull(message = "Choose the project it moved to.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project toProject;

    @NotNull(message = "A date is required.")
    @Embedded
    @Valid
    public PartialDate movedOn;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String note;

    /** The backing of the old project this change ended, if recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Backing endedBacking;

    /** The backing of the new project this change started, if recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Backing startedBacking;

    @ManyToMany
    @JoinTable(name = "backer_change_source",
            joinColumns = @JoinColumn(name = "backer_change_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("id")
    public Set<Source> sources = new LinkedHashSet<>();

    @AssertTrue(message = "The two projects must differ.")
    public boolean isBetweenTwoProjects() {
        return fromProject == null || toProject == null || fromProject != toProject;
    }

    @AssertTrue(message = "The ended backing must be the organization's backing of the old project.")
    public boolean isEndedBackingConsistent() {
        return endedBacking == null
                || (endedBacking.organization == organization && endedBacking.project == fromProject);
    }

    @AssertTrue(message = "The started backing must be the organization's backing of the new project.")
    public boolean isStartedBackingConsistent() {
        return startedBacking == null
                || (startedBacking.organization == organization && startedBacking.project == toProject);
    }

    /** Whether the other records the same move: between the same projects on the same date. */
    public boolean sameAs(BackerChange other) {
        return fromProject.id.equals(other.fromProject.id) && toProject.id.equals(other.toProject.id)
                && Objects.equals(movedOn, other.movedOn);
    }

    /**
     * Takes what the other record of the same move says and this one does not: its sources, and its note where this
     * has none. The backings it ended and started are the other organization's, so they stay this one's.
     */
    public void takeOver(BackerChange other) {
        sources.addAll(other.sources);
        note = note == null ? other.note : note;
    }

    /** The moves that end or start the backing, with their organizations. */
    public static List<BackerChange> linkedTo(Backing backing) {
        return list("select c from BackerChange c join fetch c.organization"
                + " where c.endedBacking = ?1 or c.startedBacking = ?1", backing);
    }

    public static List<BackerChange> ofOrganization(Organization organization) {
        return list(FETCH_ALL + " where c.organization = ?1 order by c.movedOn.latest, c.movedOn.earliest"
                + ", f.nameKey, lower(f.name), t.nameKey, lower(t.name)", organization);
    }

    /** Moves into or out of the project, oldest first. */
    public static List<BackerChange> involving(Project project) {
        return list(FETCH_ALL + " where c.fromProject = ?1 or c.toProject = ?1"
                + " order by c.movedOn.latest, c.movedOn.earliest, o.nameKey, lower(o.name)", project);
    }

    /**
     * The project to compare {@code project} with, given its moves ({@link #involving}): the one the first backer
     * who came to it came from, else the one the first backer who left it went to; with no move, the one that
     * shares the most backers with it.
     */
    public static Optional<Project> projectToCompare(Project project, List<BackerChange> moves) {
        return Stream.concat(moves.stream().filter(c -> c.isTo(project)).map(c -> c.fromProject),
                moves.stream().filter(c -> c.isFrom(project)).map(c -> c.toProject))
                .findFirst().or(project::nearestByBackers);
    }

    /** Whether the organization moved to the project: an arrival, seen from it. */
    public boolean isTo(Project project) {
        return toProject.id.equals(project.id);
    }

    /** Whether the organization moved away from the project: a departure, seen from it. */
    public boolean isFrom(Project project) {
        return fromProject.id.equals(project.id);
    }

    /** Moves from one of the projects to another of them, oldest first. */
    public static List<BackerChange> between(List<Project> projects) {
        return list(FETCH_ALL + " where c.fromProject in ?1 and c.toProject in ?1"
                + " order by c.movedOn.latest, c.movedOn.earliest, o.nameKey, lower(o.name)", projects);
    }

    /**
     * The changes after the id, in id order, optionally from and to given projects, with their records and sources:
     * two queries whatever the page size.
     */
    public static List<BackerChange> pageAfter(long afterId, int limit, Project from, Project to) {
        List<Long> ids = getEntityManager().createQuery("select c.id from BackerChange c where c.id > :after"
                + " and (:from is null or c.fromProject = :from) and (:to is null or c.toProject = :to) order by c.id",
                Long.class).setParameter("after", afterId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
        return ids.isEmpty() ? List.of() : list(FETCH_ALL + " where c.id in ?1 order by c.id", ids);
    }

    public static List<BackerChange> latest(int limit) {
        return find("""
                select c from BackerChange c join fetch c.organization o join fetch c.fromProject
                join fetch c.toProject
                order by c.movedOn.latest desc, c.movedOn.earliest desc, o.nameKey, lower(o.name), c.id desc""")
                .page(0, limit).list();
    }

    public static List<BackerChange> citing(Source source) {
        return list("""
                select c from BackerChange c join fetch c.organization o join fetch c.fromProject
                join fetch c.toProject where ?1 member of c.sources
                order by c.movedOn.latest, c.movedOn.earliest, o.nameKey, lower(o.name)""", source);
    }

    /**
     * Up to {@code limit} moves between projects that cite no source, the latest recorded first, with what describes
     * them: the facts an editor has still to source. One query.
     */
    public static List<BackerChange> withoutSources(int limit) {
        return find("""
                select c from BackerChange c join fetch c.organization join fetch c.fromProject join fetch c.toProject
                where c.sources is empty order by c.id desc""").page(0, limit).list();
    }
}
