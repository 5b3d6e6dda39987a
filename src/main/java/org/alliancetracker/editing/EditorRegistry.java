package org.alliancetracker.editing;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.alliancetracker.common.TrackedEntity;

/** Every record editor, by the URL segment of its type. */
@ApplicationScoped
public class EditorRegistry {

    private final Map<String, RecordEditor<?>> byType = new LinkedHashMap<>();

    @Inject
    EditorRegistry(@Any Instance<RecordEditor<?>> editors) {
        editors.forEach(e -> byType.put(e.type(), e));
    }

    /** The URL segments of every kind of record, in the order the editors were found. */
    public Set<String> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }

    /** Each of the types with what people call it (its editor's noun), in alphabetical order of those names. */
    public Map<String, String> nounsOf(Collection<String> types) {
        Map<String, String> nouns = new LinkedHashMap<>();
        types.stream().map(type -> Map.entry(type, forType(type).map(RecordEditor::noun).orElse(type)))
                .sorted(Map.Entry.comparingByValue())
                .forEach(kind -> nouns.put(kind.getKey(), kind.getValue()));
        return nouns;
    }

    @SuppressWarnings("unchecked")
    public Optional<RecordEditor<TrackedEntity>> forType(String type) {
        return Optional.ofNullable((RecordEditor<TrackedEntity>) byType.get(type));
    }
}
