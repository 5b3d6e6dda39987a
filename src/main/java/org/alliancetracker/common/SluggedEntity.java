package org.alliancetracker.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.Hibernate;

/** A record that has its own address: a slug, unique among the records of its kind (alliances, organizations...). */
@MappedSuperclass
public abstract class SluggedEntity extends TrackedEntity {

    @NotBlank(message = "A slug is required.")
    @Size(max = Slugs.MAX_LENGTH, message = "At most 80 characters.")
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Column(unique = true)
    public String slug;

    /** Whether another record of the same kind already has this record's slug. */
    public boolean slugTakenByAnother() {
        if (slug == null) {
            return false;
        }
        // The concrete kind's entity name, through a lazy proxy too. The unique column refuses a duplicate anyway;
        // this check is what lets the form say so beside the field.
        String kind = Hibernate.getClass(this).getSimpleName();
        return Panache.getEntityManager()
                .createQuery("select count(r) from " + kind + " r where r.slug = ?1 and r.id <> ?2", Long.class)
                .setParameter(1, slug).setParameter(2, id == null ? -1L : id)
                .getSingleResult() > 0;
    }
}
