package org.alliancetracker.importing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.web.Formats;

/**
 * What an import's unknown slug may be a misspelling of, offered after its error: "Did you mean qumranet (Qumranet)?"
 * A slug is compared with the records' names as a misspelt name is ({@link Spelling}), since the slugs are made from
 * them. Kept for one run of an import: each kind's names are read once, when a row first needs them, and each slug's
 * answer is kept, so a file that writes one wrong slug on every row compares it once.
 */
final class MisspeltSlugs {

    static final int SUGGESTIONS = 3;
    /**
     * Unknown slugs compared at most in one run: a preview lists its first errors only, and comparing each of a file's
     * thousands of made-up slugs with every name would take as long again as the import.
     */
    static final int COMPARED = 100;

    private final Map<String, Collection<Spelling.Name>> namesByKind = new HashMap<>();
    private final Map<String, String> hints = new HashMap<>();

    /** " Did you mean …?" for an alliance's slug that no alliance has, or nothing. */
    String alliance(String slug) {
        return hint("alliance", slug, Alliance::allNames, Alliance::withIds, a -> a.id,
                a -> a.slug + " (" + a.name + ")");
    }

    /** " Did you mean …?" for an organization's slug that no organization has, or nothing. */
    String organization(String slug) {
        return hint("organization", slug, Organization::allNames, Organization::withIds, o -> o.id,
                o -> o.slug + " (" + o.name + ")");
    }

    /** " Did you mean …?" for a project's slug that no project has, or nothing. */
    String project(String slug) {
        return hint("project", slug, Project::allNames, Project::withIds, p -> p.id, p -> p.slug + " (" + p.name + ")");
    }

    private <T> String hint(String kind, String slug, Supplier<Collection<Spelling.Name>> names,
            Function<List<Long>, List<T>> load, Function<T, Long> idOf, Function<T, String> shown) {
        String key = kind + " " + slug;
        String known = hints.get(key);
        if (known != null || hints.size() >= COMPARED) {
            return known == null ? "" : known;
        }
        List<String> meant = Spelling.closestRecords(slug, SUGGESTIONS,
                () -> namesByKind.computeIfAbsent(kind, k -> names.get()), load, idOf).stream().map(shown).toList();
        String hint = meant.isEmpty() ? "" : " Did you mean " + Formats.series(meant, "or") + "?";
        hints.put(key, hint);
        return hint;
    }
}
