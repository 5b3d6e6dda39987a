package org.alliancetracker.alliance;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.SluggedEntity;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.common.Texts;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;

/** An industry alliance, foundation or consortium that organizations join. */
@Entity
@Table(name = "alliance")
public class Alliance extends SluggedEntity {

    @NotBlank(message = "A name is required.")
    @Size(max = 200, message = "At most 200 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String name;

    /** The name's {@link SearchText} key, which the database computes from it (migration V14): read by searches. */
    @Column(insertable = false, updatable = false)
    private String nameKey;

    @Size(max = 20, message = "At most 20 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String abbreviation;

    /** The abbreviation's {@link SearchText} key, which the database computes (migration V14): read by searches. */
    @Column(insertable = false, updatable = false)
    private String abbreviationKey;

    @NotNull(message = "A founding date is required.")
    @Embedded
    @Valid
    public PartialDate founded;

    @Embedded
    @Valid
    public PartialDate dissolved;

    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String website;

    @Size(max = 4000, message = "At most 4000 characters.")
    public String description;

    @ManyToMany
    @JoinTable(name = "alliance_project",
            joinColumns = @JoinColumn(name = "alliance_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("name")
    public Set<Project> promotes = new LinkedHashSet<>();

    /** Sources for the alliance's founding, dissolution and description. */
    @ManyToMany
    @JoinTable(name = "alliance_source",
            joinColumns = @JoinColumn(name = "alliance_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("id")
    public Set<Source> sources = new LinkedHashSet<>();

    @AssertTrue(message = "The dissolution date must not be before the founding date.")
    public boolean isDissolvedNotBeforeFounded() {
        return founded == null || dissolved == null || !dissolved.isCertainlyBefore(founded);
    }

    /**
     * The alliance at the slug, or else the one that was there before an editor changed its slug: what a file or
     * link written before then meant.
     */
    public static Optional<Alliance> findBySlugOrFormer(String slug) {
        return findBySlug(slug)
                .or(() -> FormerSlug.recordAt("alliance", slug).map(id -> Alliance.<Alliance>findById(id)));
    }

    /** The alliance with the projects it promotes, in one query. */
    public static Optional<Alliance> findBySlug(String slug) {
        // The slug is unique; a row limit on a query that fetches a collection would be applied in memory.
        return find("select a from Alliance a left join fetch a.promotes where a.slug = ?1", slug)
                .singleResultOptional();
    }

    /** The alliances after the id, in id order, with projects and sources: two queries whatever the page size. */
    public static List<Alliance> pageAfter(long afterId, int limit) {
        List<Long> ids = getEntityManager().createQuery(
                "select a.id from Alliance a where a.id > ?1 order by a.id", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        list("select a from Alliance a left join fetch a.sources where a.id in ?1", ids);
        return list("select a from Alliance a left join fetch a.promotes where a.id in ?1 order by a.id", ids);
    }

    /** A stretch of the alliances' slugs in id order, for one part of the sitemap. */
    public static List<String> slugs(int offset, int count) {
        return getEntityManager().createQuery("select a.slug from Alliance a order by a.id", String.class)
                .setFirstResult(offset).setMaxResults(count).getResultList();
    }

    public static List<Alliance> allByName() {
        return list("select a from Alliance a left join fetch a.promotes order by a.nameKey, lower(a.name)");
    }

    public static List<Alliance> citing(Source source) {
        return list("select a from Alliance a where ?1 member of a.sources order by a.nameKey, lower(a.name)", source);
    }

    public static List<Alliance> promoting(Project project) {
        return list("select a from Alliance a where ?1 member of a.promotes order by a.nameKey, lower(a.name)",
                project);
    }

    /** The alliances with these ids, in no order; ids of alliances since deleted are left out. One query. */
    public static List<Alliance> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * Up to {@code limit} alliances that cite no source, the latest recorded first, with what describes them: the facts
     * an editor has still to source. One query.
     */
    public static List<Alliance> withoutSources(int limit) {
        return find("""
                select a from Alliance a
                where a.sources is empty order by a.id desc""").page(0, limit).list();
    }

    /**
     * Every alliance's name and abbreviation, by its id: what a text no name holds is compared with, as a possible
     * misspelling ({@link Spelling}). One query.
     */
    public static List<Spelling.Name> allNames() {
        return getEntityManager().createQuery("""
                select id, name from Alliance
                union all
                select id, abbreviation from Alliance where abbreviation is not null""", Spelling.Name.class)
                .getResultList();
    }

    /**
     * Up to {@code limit} alliances whose name or abbreviation contains the text, or whose slug is the text's: one of
     * them equal to it first, then names that start with it, each group in name order.
     */
    public static List<Alliance> nameContaining(SearchText text, int limit) {
        if (text.isEmpty()) {
            return List.of();
        }
        return find("""
                %s or %s or slug = :slug
                order by %s, nameKey, lower(name), id"""
                .formatted(SearchText.matches("nameKey"), SearchText.matches("abbreviationKey"),
                        SearchText.rank("nameKey", "abbreviationKey = :key", "slug = :slug")),
                text.parameters().and("slug", text.slug())).page(0, limit).list();
    }
}
