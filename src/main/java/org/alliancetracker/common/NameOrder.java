package org.alliancetracker.common;

import java.util.Locale;

/**
 * Where a name comes in a list, the same in every list whether the database or a page sorts it: by its
 * {@link SearchText} key (case, accents, spaces and punctuation left out, so that Étoile comes among the E's and
 * Redfish before Red Hat), then in lower case. Queries order by the key column kept beside each name, then by the name
 * in lower case: {@code order by o.nameKey, lower(o.name)}.
 */
public record NameOrder(String key, String lowerCase) implements Comparable<NameOrder> {

    public static NameOrder of(String name) {
        return new NameOrder(SearchText.keyOf(name), name.toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(NameOrder other) {
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : lowerCase.compareTo(other.lowerCase);
    }
}
