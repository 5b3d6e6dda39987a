package org.alliancetracker.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.alliancetracker.web.Formats;

/**
 * Between what a lookup field shows (a name) and what a record stores (an id): the editors read and snapshot ids,
 * as the API and reverts send them; the forms show and take names.
 */
public final class Lookups {

    /** How many near names a message offers when the typed one names no record. */
    static final int SUGGESTIONS = 5;

    /** How many lines a lookups field takes: each costs a query or two. */
    public static final int MAX_NAMES = 50;

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** The mark of a text that finds no record, or several: never a number, so never taken for an id. */
    private static final String UNRESOLVED = "unresolved:";

    private Lookups() {
    }

    /**
     * The submitted values with each lookup field's text replaced by the id of the record it finds (a lookups field's
     * lines by their records' ids joined by ';'), and a message in {@code errors} for each text that finds no record,
     * or several. Such a text is passed on marked so that it is never a number: {@link FormReader#reference} then
     * refuses it, and nothing is saved.
     */
    public static Map<String, String> resolve(List<Field> fields, Map<String, String> typed,
            Map<String, String> errors) {
        Map<String, String> resolved = new LinkedHashMap<>(typed);
        for (Field field : fields) {
            if (!field.takesNames()) {
                continue;
            }
            // Control characters and broken surrogates are refused before any query (PostgreSQL refuses a NUL).
            Map<String, String> unreadable = new LinkedHashMap<>();
            String text = new FormReader(typed, unreadable).text(field.name());
            if (!unreadable.isEmpty()) {
                resolved.put(field.name(), UNRESOLVED);
                errors.putAll(unreadable);
                continue;
            }
            if (text == null) {
                continue;
            }
            List<String> names = field.isLookups()
                    ? text.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList()
                    : List.of(text);
            if (names.size() > MAX_NAMES) {
                resolved.put(field.name(), UNRESOLVED);
                errors.put(field.name(), "At most " + MAX_NAMES + " " + field.lookup().kind() + "s, please (this has "
                        + names.size() + ").");
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            List<String> problems = new ArrayList<>();
            for (String name : names) {
                List<Lookup.Match> found = find(field.lookup(), name);
                if (found.size() == 1) {
                    ids.add(String.valueOf(found.get(0).id()));
                } else {
                    problems.add(found.isEmpty() ? noneCalled(field.lookup(), name)
                            : several(field.lookup(), name, found));
                }
            }
            if (problems.isEmpty()) {
                resolved.put(field.name(), String.join(";", ids));
            } else {
                resolved.put(field.name(), UNRESOLVED + text);
                errors.put(field.name(), String.join(" ", problems));
            }
        }
        return resolved;
    }

    /**
     * The typed values with each lookup field's text written as {@link #named} writes it, where it finds a record;
     * {@code resolved} is what {@link #resolve} made of them.
     */
    public static Map<String, String> canonical(List<Field> fields, Map<String, String> typed,
            Map<String, String> resolved) {
        Map<String, String> canonical = named(fields, resolved);
        resolved.forEach((name, value) -> {
            if (value.startsWith(UNRESOLVED)) {
                canonical.put(name, typed.get(name));
            }
        });
        return canonical;
    }

    /** One map with its lookup fields' ids replaced by what finds their records. */
    public static Map<String, String> named(List<Field> fields, Map<String, String> stored) {
        return named(fields, List.of(stored)).get(0);
    }

    /** "Name (slug)", as {@link Lookup.Match#typed()} writes a shared name. */
    private static final Pattern NAME_AND_SLUG = Pattern.compile("(.+) \\(([a-z0-9-]+)\\)");

    /** The records the text finds: by slug first, then by name, then as "name (slug)". */
    private static List<Lookup.Match> find(Lookup lookup, String text) {
        List<Lookup.Match> named = lookup.named(text);
        List<Lookup.Match> bySlug = named.stream().filter(m -> m.slug().equalsIgnoreCase(text)).toList();
        if (!bySlug.isEmpty()) {
            return bySlug;
        }
        Matcher nameAndSlug = NAME_AND_SLUG.matcher(text);
        if (named.isEmpty() && nameAndSlug.matches()) {
            return lookup.withSlug(nameAndSlug.group(2)).stream()
                    .filter(m -> m.name().equalsIgnoreCase(nameAndSlug.group(1).strip())).toList();
        }
        return named;
    }

    private static String noneCalled(Lookup lookup, String name) {
        List<Lookup.Match> containing = lookup.containing(name, SUGGESTIONS);
        List<String> near = (containing.isEmpty() ? lookup.spelledAlike(name, SUGGESTIONS) : containing).stream()
                .map(Lookups::quoted).toList();
        String message = "No " + lookup.kind() + " is called “" + name + "”.";
        return near.isEmpty() ? message + " Check the spelling, or add the " + lookup.kind() + " first."
                : message + " Did you mean " + Formats.series(near, "or") + "?";
    }

    private static String several(Lookup lookup, String name, List<Lookup.Match> named) {
        return named.size() + " " + lookup.kind() + "s are called “" + name + "”: choose one of "
                + Formats.series(named.stream().map(Lookups::quoted).toList(), "or") + ".";
    }

    /** What to type for the record, in quotes, as a message offers it. */
    private static String quoted(Lookup.Match match) {
        return "“" + match.typed() + "”";
    }

    /**
     * Each map with its lookup fields' ids replaced by what finds their records ({@link Lookup.Match#typed()}), one
     * per line in a lookups field, for a form or a comparison; one query per kind of record, whatever the number of
     * maps. An id whose record is gone stays as it is.
     */
    public static List<Map<String, String>> named(List<Field> fields, List<Map<String, String>> stored) {
        return named(fields, stored, (lookup, gone) -> Map.of());
    }

    /**
     * As {@link #named(List, List)}, but the ids of records since deleted are named by {@code deleted}, which answers
     * the names it knows of the ids of one kind of record (the kind's lookup) that it is given.
     */
    public static List<Map<String, String>> named(List<Field> fields, List<Map<String, String>> stored,
            BiFunction<Lookup, Set<Long>, Map<Long, String>> deleted) {
        Map<Lookup, Set<Long>> wanted = new IdentityHashMap<>();
        for (Map<String, String> values : stored) {
            for (Field field : fields) {
                List<Long> ids = ids(field, values.get(field.name()));
                if (!ids.isEmpty()) {
                    wanted.computeIfAbsent(field.lookup(), l -> new HashSet<>()).addAll(ids);
                }
            }
        }
        Map<Lookup, Map<Long, String>> typed = new IdentityHashMap<>();
        wanted.forEach((lookup, ids) -> {
            Map<Long, String> names = lookup.byIds(ids).stream()
                    .collect(Collectors.toMap(Lookup.Match::id, Lookup.Match::typed, (a, b) -> a, HashMap::new));
            Set<Long> gone = new HashSet<>(ids);
            gone.removeAll(names.keySet());
            if (!gone.isEmpty()) {
                names.putAll(deleted.apply(lookup, gone));
            }
            typed.put(lookup, names);
        });
        List<Map<String, String>> result = new ArrayList<>();
        for (Map<String, String> values : stored) {
            Map<String, String> shown = new LinkedHashMap<>(values);
            for (Field field : fields) {
                List<Long> ids = ids(field, values.get(field.name()));
                if (!ids.isEmpty()) {
                    Map<Long, String> names = typed.get(field.lookup());
                    // In name order, whatever order they were typed or stored in, so that two values compare alike.
                    shown.put(field.name(), String.join("\n", ids.stream()
                            .map(id -> names.getOrDefault(id, String.valueOf(id)))
                            .sorted(String.CASE_INSENSITIVE_ORDER).toList()));
                }
            }
            result.add(shown);
        }
        return result;
    }

    /** The ids a lookup or lookups field's stored value holds; none for another field, or a value not all ids. */
    private static List<Long> ids(Field field, String value) {
        if (!field.takesNames() || value == null || value.isEmpty()) {
            return List.of();
        }
        List<String> parts = field.isLookups() ? List.of(value.split(";")) : List.of(value);
        return parts.stream().allMatch(part -> ID.matcher(part).matches())
                ? parts.stream().map(Long::valueOf).toList() : List.of();
    }
}
