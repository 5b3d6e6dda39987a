package org.alliancetracker.api;

import java.util.Collection;
import java.util.List;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.TrackedEntity;

/** Small conversions shared by the API's views: dates at their stored precision, lists of ids. */
public final class Views {

    private Views() {
    }

    public static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }

    /** The record's id, or null for no record. */
    public static Long id(TrackedEntity record) {
        return record == null ? null : record.id;
    }

    public static List<Long> ids(Collection<? extends TrackedEntity> records) {
        return records.stream().map(r -> r.id).sorted().toList();
    }
}
