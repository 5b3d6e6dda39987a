package org.alliancetracker.common;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.TypedQuery;

/** The answer of a "select id, count(...) ... group by id" query, as counts by id. */
public final class Counts {

    private Counts() {
    }

    public static Map<Long, Long> byId(TypedQuery<Object[]> query) {
        return query.getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
