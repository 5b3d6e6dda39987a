package org.alliancetracker.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An identity column, which a restored record takes its earlier id in, and an optimistic-lock version: shared by every
 * record editors can change.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Id
    @RestorableIdentity
    public Long id;

    @Version
    public int version;
}
