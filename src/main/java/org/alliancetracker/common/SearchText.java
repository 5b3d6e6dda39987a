package org.alliancetracker.common;

import java.util.List;
import java.util.Locale;

import io.quarkus.panache.common.Parameters;

/**
 * What someone typed to find a name, compared with names as a key: in lower case, without spaces and punctuation, so
 * that "hewlett packard" finds Hewlett-Packard and "redhat" finds Red Hat. The queries that use it put names equal to
 * the text first, then names that start with it, then the others.
 */
public final class SearchText {

    /**
     * Left out of the text and of the names it is compared with. The database removes them one {@code replace} at a
     * time, as H2 and PostgreSQL share no regular-expression syntax; names hold no tabs or line breaks.
     */
    private static final List<String> IGNORED = List.of(" ", "\u00a0", "-", "\u2013", ".", ",", "'", "\u2019", "&",
            "/", "(", ")");

    private final String key;

    private SearchText(String key) {
        this.key = key;
    }

    public static SearchText of(String text) {
        String key = text.toLowerCase(Locale.ROOT);
        for (String ignored : IGNORED) {
            key = key.replace(ignored, "");
        }
        return new SearchText(key.replaceAll("\\s", ""));
    }

    /** Whether the text was only spaces and punctuation, which would match every name. */
    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** HQL for the key of a name: {@code :key} equals it, {@code :prefix} and {@code :contains} are LIKE patterns. */
    public static String keyOf(String name) {
        String key = "lower(" + name + ")";
        for (String ignored : IGNORED) {
            key = "replace(" + key + ", '" + ignored.replace("'", "''") + "', '')";
        }
        return key;
    }

    /** The values of {@code :key}, {@code :prefix} and {@code :contains}, for a query that ranks what it finds. */
    public Parameters parameters() {
        return Parameters.with("key", key).and("prefix", escaped() + "%").and("contains", containsPattern());
    }

    /** The value of {@code :contains} alone, for a query that only finds. */
    public String containsPattern() {
        return "%" + escaped() + "%";
    }

    /** The key with LIKE's wildcards escaped by a backslash, so that they match themselves. */
    private String escaped() {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public String toString() {
        return key;
    }
}
