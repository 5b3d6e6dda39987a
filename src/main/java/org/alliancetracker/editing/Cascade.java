package org.alliancetracker.editing;

import java.util.function.Consumer;

import org.alliancetracker.common.TrackedEntity;

/** Changes an editor makes to other records as part of a save or a delete, each recorded in the audit log. */
public interface Cascade {

    <T extends TrackedEntity> void delete(String type, T record);

    <T extends TrackedEntity> void update(String type, T record, Consumer<T> change);

    <T extends TrackedEntity> void create(String type, T record);
}
