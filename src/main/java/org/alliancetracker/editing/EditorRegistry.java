package org.alliancetracker.editing;

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

    @SuppressWarnings("unchecked")
    public Optional<RecordEditor<TrackedEntity>> forType(String type) {
        return Optional.ofNullable((RecordEditor<TrackedEntity>) byType.get(type));
    }
}
