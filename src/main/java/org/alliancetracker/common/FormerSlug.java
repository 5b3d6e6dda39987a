package org.alliancetracker.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.Hibernate;

/**
 * A slug an alliance, organization or project had before an editor changed it: its old addresses redirect to the
 * record's current ones. Not part of the change feed: the feed carries each record's slug as it is. Kept when the
 * record is deleted: its old addresses are then not found, like its current one, and lead to it again once the
 * deletion is reverted, which brings it back at its id.
 */
@Entity
@Table(name = "former_slug")
public class FormerSlug extends PanacheEntityBase {

    /** The kinds of records with slugs, whose entities are these names capitalized. */
    public static final Set<String> KINDS = Set.of("alliance", "organization", "project");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The record's kind as its addresses and "not found" messages name it: alliance, organization, project. */
    @Column(nullable = false, length = 20)
    public String kind;

    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    public String slug;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    /** The kind of a slugged record: its entity's name in lower case (through a lazy proxy too). */
    public static String kindOf(SluggedEntity record) {
        return Hibernate.getClass(record).getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * Remembers that the record was at {@code oldSlug}: that address now leads to it, whichever record it led to
     * before. Its current slug leads to it anyway, so a row for it goes.
     */
    public static void remember(SluggedEntity record, String oldSlug) {
        String kind = kindOf(record);
        delete("kind = ?1 and (slug = ?2 or slug = ?3)", kind, oldSlug, record.slug);
        FormerSlug former = new FormerSlug();
        former.kind = kind;
        former.slug = oldSlug;
        former.recordId = record.id;
        former.persist();
    }

    /**
     * Sends the addresses of a record merged into another, its current slug and its former ones, to that other record,
     * before the merged one is deleted. Each remembers where it led, for {@link #returnTo}.
     */
    public static void moveTo(SluggedEntity merged, SluggedEntity kept) {
        String kind = kindOf(kept);
        // Its current slug gets a row too, so that it moves with the former ones.
        remember(merged, merged.slug);
        FormerSlugMove.recordMovesFrom(kind, merged.id);
        update("recordId = ?1 where kind = ?2 and recordId = ?3", kept.id, kind, merged.id);
    }

    /**
     * Where the record comes back (a merge's deletion reverted), the addresses the merge sent elsewhere lead to it
     * again: those it had then, and those of records merged into it before, unless another record took one since.
     */
    public static void returnTo(SluggedEntity record) {
        String kind = kindOf(record);
        List<Long> moved = FormerSlugMove.formerSlugsMovedFrom(kind, record.id);
        if (moved.isEmpty()) {
            return;
        }
        FormerSlugMove.forgetFrom(record.id, moved);
        update("recordId = ?1 where id in ?2", record.id, moved);
        delete("kind = ?1 and slug = ?2", kind, record.slug);
    }

    /** The id of the record of this kind that was at this slug, if any. */
    public static Optional<Long> recordAt(String kind, String slug) {
        return find("kind = ?1 and slug = ?2", kind, slug).<FormerSlug>firstResultOptional().map(f -> f.recordId);
    }

    /** The current slug of the record of this kind that was at this slug, if it is still there. */
    public static Optional<String> currentSlug(String kind, String slug) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        return recordAt(kind, slug).flatMap(id -> getEntityManager()
                .createQuery("select r.slug from " + entityOf(kind) + " r where r.id = ?1", String.class)
                .setParameter(1, id).getResultStream().findFirst());
    }

    /**
     * The current slug of the record of this kind that a slug typed with capitals means ("Red-Hat"): slugs are lower
     * case, so its lower case names the record, as its slug or a former one.
     */
    public static Optional<String> currentSlugIgnoringCase(String kind, String slug) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind) || lowerCase.equals(slug)) {
            return Optional.empty();
        }
        return getEntityManager()
                .createQuery("select r.slug from " + entityOf(kind) + " r where r.slug = ?1", String.class)
                .setParameter(1, lowerCase).getResultStream().findFirst()
                .or(() -> currentSlug(kind, lowerCase));
    }

    private static String entityOf(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
