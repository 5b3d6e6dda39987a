package org.alliancetracker.common;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * That a {@link FormerSlug} led to a record before a merge sent it to the organization kept. Several merges in a
 * chain leave several: reverting any of them, in any order, finds the slugs of the organization it brings back.
 */
@Entity
@Table(name = "former_slug_move")
public class FormerSlugMove extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "former_slug_id", nullable = false)
    public long formerSlugId;

    @Column(name = "moved_from_id", nullable = false)
    public long movedFromId;

    /** Records that the slugs leading to this record now lead elsewhere: one statement. */
    static void recordMovesFrom(String kind, long recordId) {
        getEntityManager().createQuery("insert into FormerSlugMove (formerSlugId, movedFromId) select f.id, f.recordId"
                + " from FormerSlug f where f.kind = ?1 and f.recordId = ?2").setParameter(1, kind)
                .setParameter(2, recordId).executeUpdate();
    }

    /**
     * Forgets the moves of these former slugs from this record and those after it, which led them further: they lead
     * to it again. Moves before it stay, for a merge into it that may be reverted too.
     */
    static void forgetFrom(long recordId, List<Long> formerSlugIds) {
        getEntityManager().createQuery("delete from FormerSlugMove m where m.formerSlugId in ?1 and m.id >= (select"
                + " min(n.id) from FormerSlugMove n where n.movedFromId = ?2 and n.formerSlugId = m.formerSlugId)")
                .setParameter(1, formerSlugIds).setParameter(2, recordId).executeUpdate();
    }

    /** The former slugs of this kind that led to this record before a merge moved them. */
    static List<Long> formerSlugsMovedFrom(String kind, long recordId) {
        return getEntityManager().createQuery("select f.id from FormerSlug f where f.kind = ?1 and f.id in (select"
                + " m.formerSlugId from FormerSlugMove m where m.movedFromId = ?2)", Long.class).setParameter(1, kind)
                .setParameter(2, recordId).getResultList();
    }
}
