package org.alliancetracker.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.SluggedEntity;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.common.Texts;

/** A technology that organizations back: Xen, KVM, VMware ESX... */
@Entity
@Table(name = "project")
public class Project extends SluggedEntity {

    @NotBlank(message = "A name is required.")
    @Size(max = 200, message = "At most 200 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String name;

    /** The name's {@link SearchText} key, which the database computes from it (migration V14): read by searches. */
    @Column(insertable = false, updatable = false)
    private String nameKey;

    @NotNull(message = "Choose open source or proprietary.")
    @Enumerated(EnumType.STRING)
    public ProjectLicense license;

    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String website;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String description;

    /**
     * The project at the slug, or else the one that was there before an editor changed its slug: what a file or
     * link written before then meant.
     */
    public static Optional<Project> findBySlugOrFormer(String slug) {
        return findBySlug(slug)
                .or(() -> FormerSlug.recordAt("project", slug).map(id -> Project.<Project>findById(id)));
    }

    public static Optional<Project> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Project> withSlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    /** A stretch of the projects' slugs in id order, for one part of the sitemap. */
    public static List<String> slugs(int offset, int count) {
        return getEntityManager().createQuery("select p.slug from Project p order by p.id", String.class)
                .setFirstResult(offset).setMaxResults(count).getResultList();
    }

    /** The projects after the id, in id order: one query. */
    public static List<Project> pageAfter(long afterId, int limit) {
        return Project.find("id > ?1 order by id", afterId).page(0, limit).list();
    }

    public static List<Project> allByName() {
        return list("order by nameKey, lower(name)");
    }

    /** The projects with these ids, in no order; ids of projects since deleted are left out. One query. */
    public static List<Project> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * Every project's name, by its id: what a text no name holds is compared with, as a possible misspelling
     * ({@link Spelling}). One query.
     */
    public static List<Spelling.Name> allNames() {
        return getEntityManager().createQuery("select id, name from Project", Spelling.Name.class).getResultList();
    }

    /**
     * Up to {@code limit} projects whose name the text may be a misspelling of ({@link Spelling}), closest first: for
     * a text no project's name or slug is. Two queries; none for a text too short to tell a misspelling.
     */
    public static List<Project> nameSpelledLike(String text, int limit) {
        return Spelling.closestRecords(text, limit, Project::allNames, Project::withIds, p -> p.id);
    }

    /**
     * Up to {@code limit} projects whose name contains the text, or whose slug is the text's: one of them equal to it
     * first, then names that start with it, each group in name order.
     */
    public static List<Project> nameContaining(SearchText text, int limit) {
        if (text.isEmpty()) {
            return List.of();
        }
        return find("%s or slug = :slug order by %s, nameKey, lower(name), id"
                .formatted(SearchText.matches("nameKey"), SearchText.rank("nameKey", "slug = :slug")),
                text.parameters().and("slug", text.slug())).page(0, limit).list();
    }

    /**
     * The project to compare this one with where no move links them: the one that shares the most backers with it,
     * past or present, then by name; else the first other project by name; none where this is the only one.
     */
    public Optional<Project> nearestByBackers() {
        List<Long> sharing = getEntityManager().createQuery("""
                select other.id from Backing mine, Backing theirs join theirs.project other
                where mine.project = :project and theirs.organization = mine.organization and other <> :project
                group by other.id, other.nameKey, other.name
                order by count(distinct theirs.organization) desc, other.nameKey, lower(other.name)""", Long.class)
                .setParameter("project", this).setMaxResults(1).getResultList();
        return sharing.isEmpty() ? find("id <> ?1 order by nameKey, lower(name)", id).firstResultOptional()
                : findByIdOptional(sharing.get(0));
    }
}
