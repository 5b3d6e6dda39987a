package org.alliancetracker.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Two organizations an editor said are different, though their names are alike ("Pair Networks" and "Pair
 * Network"): the list of possible duplicates leaves them out as a pair. Not a record of the alliances' history, so
 * neither audited nor in the change feed. Kept when either organization is deleted or merged into another: it is
 * then never read (each read joins both), and holds again once the deletion is reverted, which brings the
 * organization back at its id.
 */
@Entity
@Table(name = "not_duplicate")
public class NotDuplicate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The one of the two with the lower id, so that a pair is one row whichever way it was told. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization first;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization second;

    @Column(nullable = false, length = 40)
    public String toldBy;

    @Column(nullable = false)
    public Instant toldAt;

    /** Two organizations' ids, the lower first: how pairs are compared. */
    public record Ids(long first, long second) {

        public static Ids of(long one, long other) {
            return new Ids(Math.min(one, other), Math.max(one, other));
        }
    }

    public Ids ids() {
        return new Ids(first.id, second.id);
    }

    /** Every pair told apart, with both organizations, the latest first. One query. */
    public static List<NotDuplicate> all() {
        return list("select n from NotDuplicate n join fetch n.first join fetch n.second order by n.toldAt desc, n.id"
                + " desc");
    }

    /** The pair with this id, while both its organizations are there. One query. */
    public static Optional<NotDuplicate> withBoth(long id) {
        return find("select n from NotDuplicate n join fetch n.first join fetch n.second where n.id = ?1", id)
                .firstResultOptional();
    }

    /** The ids of the pairs among these. */
    public static Set<Ids> idsOf(Collection<NotDuplicate> pairs) {
        return pairs.stream().map(NotDuplicate::ids).collect(Collectors.toSet());
    }

    /**
     * Tells apart every two of these organizations that were not told apart yet, in the caller's transaction, and
     * returns the pairs it added. Another editor telling them apart at once makes the transaction fail on the pair's
     * uniqueness; one merging or deleting one of them at once leaves a pair that holds only if that is reverted.
     */
    public static List<NotDuplicate> tellApart(List<Organization> organizations, String by) {
        List<Organization> inOrder = organizations.stream().sorted(Comparator.comparing(o -> o.id)).toList();
        Set<Ids> told = idsOf(list("first in ?1 and second in ?1", inOrder));
        List<NotDuplicate> added = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < inOrder.size(); i++) {
            for (int j = i + 1; j < inOrder.size(); j++) {
                if (!told.contains(Ids.of(inOrder.get(i).id, inOrder.get(j).id))) {
                    NotDuplicate pair = new NotDuplicate();
                    pair.first = inOrder.get(i);
                    pair.second = inOrder.get(j);
                    pair.toldBy = by;
                    pair.toldAt = now;
                    pair.persist();
                    added.add(pair);
                }
            }
        }
        return added;
    }
}
