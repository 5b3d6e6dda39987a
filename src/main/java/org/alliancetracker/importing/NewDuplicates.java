package org.alliancetracker.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alliancetracker.common.Spelling;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.web.Formats;

/**
 * Warns, in an import's preview, of each organization the file makes that may be one already recorded, or one made
 * by an earlier line of the file: what the list of possible duplicates would list once it is applied (names alike but
 * for case, accents, punctuation and endings such as Inc., names one letter apart, another's former name). Read from
 * the preview's own transaction, where the file's organizations are made, in three queries whatever its size.
 */
final class NewDuplicates {

    static final String ALIKE = "the names are alike but for case, accents, spaces, punctuation or an ending such as"
            + " Inc. or Ltd";
    static final String ONE_LETTER_APART = "the names are one letter apart, perhaps a misspelling";
    static final String FORMER_NAME = "that organization was once named so";

    private final Map<Long, Integer> lineOf;

    private NewDuplicates(Map<Long, Integer> lineOf) {
        this.lineOf = lineOf;
    }

    /** Adds the warnings of the organizations the plan creates, found among {@code bySlug}, in the order of lines. */
    static void warn(ImportPlan plan, Map<String, Organization> bySlug) {
        Map<Long, Integer> lineOf = new HashMap<>();
        plan.rows.stream().filter(r -> r.action() == ImportPlan.Action.CREATE && "organization".equals(r.key()))
                .forEach(r -> {
                    Organization made = bySlug.get(r.values().get("slug"));
                    if (made != null) {
                        lineOf.put(made.id, r.line());
                    }
                });
        if (!lineOf.isEmpty()) {
            new NewDuplicates(lineOf).find().stream().sorted(Comparator.comparingInt(ImportPlan.Warning::line))
                    .forEach(w -> plan.warn(w.line(), w.message()));
        }
    }

    private List<ImportPlan.Warning> find() {
        List<Spelling.Name> cores = Organization.nameCores();
        List<List<Long>> alikeNew = Organization.alike(cores).stream()
                .filter(ids -> ids.stream().anyMatch(lineOf::containsKey)).toList();
        List<Spelling.Pair> misspelt = Organization.oneLetterApart(cores).stream()
                .filter(p -> lineOf.containsKey(p.one()) || lineOf.containsKey(p.other())).toList();
        Map<Long, Organization> byId = Organization.withIds(Stream.concat(alikeNew.stream().flatMap(List::stream),
                misspelt.stream().flatMap(p -> Stream.of(p.one(), p.other()))).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));

        List<ImportPlan.Warning> found = new ArrayList<>();
        for (List<Long> ids : alikeNew) {
            List<Organization> group = ids.stream().map(byId::get).filter(Objects::nonNull)
                    .sorted(Organization.IN_NAME_ORDER).toList();
            for (Organization made : group) {
                List<Organization> before = group.stream().filter(o -> comesBefore(o, made)).toList();
                if (isNew(made) && !before.isEmpty()) {
                    found.add(warning(made, before, ALIKE));
                }
            }
        }
        for (Spelling.Pair pair : misspelt) {
            Organization one = byId.get(pair.one());
            Organization other = byId.get(pair.other());
            if (one != null && other != null) {
                Organization made = comesBefore(one, other) ? other : one;
                found.add(warning(made, List.of(made == one ? other : one), ONE_LETTER_APART));
            }
        }
        FormerName.sharedWithOrganizationsFrom(Collections.min(lineOf.keySet())).stream()
                .filter(s -> isNew(s.other()))
                .forEach(s -> found.add(warning(s.other(), List.of(s.formerly()), FORMER_NAME)));
        return found;
    }

    private boolean isNew(Organization organization) {
        return lineOf.containsKey(organization.id);
    }

    /** Whether the one is recorded already, or made by an earlier line than the other. */
    private boolean comesBefore(Organization one, Organization other) {
        return !one.id.equals(other.id) && (!isNew(one) || isNew(other) && lineOf.get(one.id) < lineOf.get(other.id));
    }

    private ImportPlan.Warning warning(Organization made, List<Organization> maybe, String reason) {
        return new ImportPlan.Warning(lineOf.get(made.id), made.name + " may be " + Formats.series(maybe.stream()
                .map(o -> o.name + " (" + o.slug + (isNew(o) ? ", line " + lineOf.get(o.id) : "") + ")").toList(),
                "or") + ": " + reason + ". If so, write its slug in this row rather than making another.");
    }
}
