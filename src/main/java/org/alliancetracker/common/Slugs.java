package org.alliancetracker.common;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs are the URL names of records: lower-case ASCII letters and digits joined by single hyphens. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 80;
    /** Said beside a slug's field (see FormerSlug). */
    public static final String CHANGE_NOTE =
            "If it changes, the old addresses lead to the new ones, charts embedded on other sites included.";
    public static final String MESSAGE =
            "Use lower-case letters, digits and single hyphens, e.g. open-virtualization-alliance.";

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches(PATTERN);
    }

    /** A slug proposed from a name: accents dropped, anything else non-alphanumeric turned into hyphens. */
    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
}
