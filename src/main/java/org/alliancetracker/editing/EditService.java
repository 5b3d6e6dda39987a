package org.alliancetracker.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.hibernate.orm.panache.Panache;

import org.alliancetracker.common.Causes;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.SluggedEntity;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Creates, updates and deletes records through their editors, each in one transaction with its audit entry: a
 * change is saved with its log entry or not at all.
 */
@ApplicationScoped
public class EditService implements Cascade {

    @Inject
    Validator validator;

    @Inject
    AuditLog log;

    @Inject
    EditorRegistry registry;

    /** Each kind of record's fields without their choices: names and limits never change, the choices do. */
    private final Map<String, List<Field>> shapes = new ConcurrentHashMap<>();

    /** The record's fields without the choices of its selects, which would cost a query each to list. */
    public List<Field> shapeOf(RecordEditor<?> editor) {
        return shapes.computeIfAbsent(editor.type(), type -> editor.fields().stream()
                .map(f -> new Field(f.name(), f.label(), f.type(), f.required(), f.maxLength(), f.help(), List.of(),
                        f.lookup()))
                .toList());
    }

    @Transactional
    public <E extends TrackedEntity> E create(RecordEditor<E> editor, Map<String, String> values, Long revertsEntryId) {
        return create(editor, values, revertsEntryId, null);
    }

    /** Creates the record as {@link #create(RecordEditor, Map, Long)} does, with its earlier id where restored. */
    private <E extends TrackedEntity> E create(RecordEditor<E> editor, Map<String, String> values, Long revertsEntryId,
            Long restoredId) {
        E record = editor.newRecord();
        List<String> names = read(editor, record, values);
        record.id = restoredId;
        write(editor.noun(), names, () -> {
            // The insert runs here: at persist for a new identity id, at the flush for a restored one.
            record.persist();
            Panache.getEntityManager().flush();
        });
        log.record(AuditEntry.Action.CREATED, editor.recordType(), record.id, "Created " + editor.noun() + ": "
                + editor.describe(record), null, editor.values(record), revertsEntryId);
        try {
            editor.afterCreate(record, values, this);
        } catch (jakarta.validation.ConstraintViolationException e) {
            throw new InvalidFormException(Map.of(editor.fields().get(0).name(), "This cannot be saved with the"
                    + " records it changes: " + e.getConstraintViolations().iterator().next().getMessage()));
        }
        return record;
    }

    /**
     * @param expectedVersion the version the form was opened at; another one means someone else saved first
     */
    @Transactional
    public <E extends TrackedEntity> E update(RecordEditor<E> editor, long id, int expectedVersion,
            Map<String, String> values, Long revertsEntryId) {
        E record = editor.find(id);
        if (record == null) {
            throw new RecordNotFoundException(editor.noun(), String.valueOf(id));
        }
        if (record.version != expectedVersion) {
            throw new EditConflictException();
        }
        Map<String, String> before = editor.values(record);
        String slugBefore = record instanceof SluggedEntity slugged ? slugged.slug : null;
        List<String> names = read(editor, record, values);
        Map<String, String> after = editor.values(record);
        if (after.equals(before)) {
            return record;
        }
        write(editor.noun(), names, () -> Panache.getEntityManager().flush());
        if (record instanceof SluggedEntity slugged && !slugged.slug.equals(slugBefore)) {
            FormerSlug.remember(slugged, slugBefore);
        }
        log.record(AuditEntry.Action.UPDATED, editor.recordType(), record.id,
                (revertsEntryId == null ? "Updated " : "Reverted ") + editor.noun() + ": " + editor.describe(record),
                before, after, revertsEntryId);
        return record;
    }

    /** What {@link #revert} did, and the record it re-created, changed or found back (null where none is left). */
    public record Reverted<E>(How how, E record) {

        public enum How {
            /** A creation reverted: the record is deleted, with the records that depend on it. */
            DELETED,
            /** An update reverted: the record has its earlier values again. */
            RESTORED,
            /** A deletion reverted: the record is made again, with its id. */
            RECREATED,
            /** The record created or updated was deleted since: nothing is changed. */
            GONE,
            /** The record deleted was restored since: nothing is changed. */
            BACK
        }
    }

    /** Undoes a change, as a change of its own that names the one it reverts. */
    @Transactional
    public <E extends TrackedEntity> Reverted<E> revert(RecordEditor<E> editor, AuditEntry change) {
        E record = editor.find(change.recordId);
        if (change.action == AuditEntry.Action.DELETED) {
            if (record != null) {
                return new Reverted<>(Reverted.How.BACK, record);
            }
            return new Reverted<>(Reverted.How.RECREATED, create(editor, change.before(), change.id, change.recordId));
        }
        if (record == null) {
            return new Reverted<>(Reverted.How.GONE, null);
        }
        if (change.action == AuditEntry.Action.CREATED) {
            deleteRecord(editor, record, change.id);
            return new Reverted<>(Reverted.How.DELETED, null);
        }
        return new Reverted<>(Reverted.How.RESTORED,
                update(editor, change.recordId, record.version, change.before(), change.id));
    }

    /**
     * Why a revert, or an import's undo, was refused. Where records the change names were deleted since (a former
     * name's organization, a membership's sources), the form's own messages name only ids, and say nothing of what to
     * do: the fields that named them say it instead, counting the records a field of several names.
     */
    public String refusal(RecordEditor<?> editor, InvalidFormException e) {
        Map<String, Field> shape = new HashMap<>();
        shapeOf(editor).forEach(f -> shape.put(f.name(), f));
        List<String> labels = new ArrayList<>();
        List<String> referents = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        int deleted = 0;
        for (Map.Entry<String, String> error : e.errors.entrySet()) {
            int ids = FormReader.idsNamingNoRecord(error.getValue());
            if (ids == 0) {
                continue;
            }
            deleted += ids;
            Field field = shape.get(error.getKey());
            String label = field == null ? "record" : field.label().toLowerCase(Locale.ROOT);
            String referent = editor.referent(error.getKey());
            if (field != null && (field.isMulti() || field.isLookups())) {
                counted.add((ids == 1 ? "one" : String.valueOf(ids)) + " of the " + label
                        + (label.contains(" it ") ? "" : " it names"));
            } else if (referent != null) {
                referents.add(referent);
            } else {
                labels.add(label);
            }
        }
        if (deleted == 0) {
            return String.join(" ", e.errors.values());
        }
        List<String> named = new ArrayList<>();
        if (!labels.isEmpty()) {
            named.add("the " + Formats.series(labels, "and") + " it names");
        }
        named.addAll(referents);
        named.addAll(counted);
        return Formats.series(named, "and") + " " + (deleted == 1 ? "was" : "were") + " deleted since. Revert "
                + (deleted == 1 ? "that deletion" : "those deletions") + " first.";
    }

    /** Deletes the record and, first, every record that depends on it, each with its own audit entry. */
    @Transactional
    public <E extends TrackedEntity> void delete(RecordEditor<E> editor, long id, Long revertsEntryId) {
        E record = editor.find(id);
        if (record == null) {
            throw new RecordNotFoundException(editor.noun(), String.valueOf(id));
        }
        deleteRecord(editor, record, revertsEntryId);
    }

    /** For editors deleting dependents: deletes one record with its audit entry, in the current transaction. */
    public <E extends TrackedEntity> void deleteRecord(RecordEditor<E> editor, E record, Long revertsEntryId) {
        deleteRecord(editor, record, "Deleted " + editor.noun() + ": " + editor.describe(record), revertsEntryId);
    }

    /** Deletes one record as {@link #deleteRecord(RecordEditor, TrackedEntity, Long)} does, with this summary. */
    public <E extends TrackedEntity> void deleteRecord(RecordEditor<E> editor, E record, String summary,
            Long revertsEntryId) {
        editor.deleteDependents(record, this);
        Map<String, String> before = editor.values(record);
        long id = record.id;
        record.delete();
        Panache.getEntityManager().flush();
        log.record(AuditEntry.Action.DELETED, editor.recordType(), id, summary, before, null, revertsEntryId);
    }

    /**
     * Writes the record. A unique constraint can still refuse it when another editor saved the same record at the
     * same moment, after this one's checks ran: that becomes a form error beside the field the constraint is named
     * for (membership_unique_joined: "joined"), or the first field.
     */
    private static void write(String noun, List<String> fieldNames, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            var violation = Causes.find(e, org.hibernate.exception.ConstraintViolationException.class)
                    .orElseThrow(() -> e);
            // The refused record is still in the session: nothing may flush it again, and on PostgreSQL the
            // transaction takes no more statements. It rolls back with the exception.
            Panache.getEntityManager().clear();
            String constraint = String.valueOf(violation.getConstraintName()).toLowerCase(Locale.ROOT);
            String field = fieldNames.stream().filter(name -> constraint.contains(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(fieldNames.get(0));
            throw new InvalidFormException(Map.of(field, "Someone else saved the same " + noun
                    + " a moment ago: it is already recorded."));
        }
    }

    private RecordEditor<TrackedEntity> editor(String type) {
        return registry.forType(type).orElseThrow(() -> new IllegalArgumentException("No editor for " + type));
    }

    @Override
    public <T extends TrackedEntity> void delete(String type, T record) {
        deleteRecord(editor(type), record, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends TrackedEntity> void update(String type, T record, Consumer<T> change) {
        RecordEditor<TrackedEntity> editor = editor(type);
        Map<String, String> before = editor.values(record);
        change.accept(record);
        Map<String, String> after = editor.values(record);
        if (!after.equals(before)) {
            Panache.getEntityManager().flush();
            log.record(AuditEntry.Action.UPDATED, editor.recordType(), record.id, "Updated " + editor.noun() + ": "
                    + editor.describe(record), before, after, null);
        }
    }

    @Override
    public <T extends TrackedEntity> void create(String type, T record) {
        RecordEditor<TrackedEntity> editor = editor(type);
        record.persist();
        Panache.getEntityManager().flush();
        log.record(AuditEntry.Action.CREATED, editor.recordType(), record.id, "Created " + editor.noun() + ": "
                + editor.describe(record), null, editor.values(record), null);
    }

    /** Reads the values into the record, or throws the form's errors; answers the names of the form's fields. */
    private <E extends TrackedEntity> List<String> read(RecordEditor<E> editor, E record, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Field> fields = shapeOf(editor);
        for (Field field : fields) {
            String value = values.get(field.name());
            if (field.maxLength() > 0 && value != null && value.strip().length() > field.maxLength()) {
                errors.put(field.name(), "At most " + field.maxLength() + " characters, please (this has "
                        + value.strip().length() + ").");
            }
        }
        // The editor's lookups (is this slug taken?) must not write the half-read record before it is validated.
        var entityManager = Panache.getEntityManager();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            Map<String, String> read = new LinkedHashMap<>();
            editor.apply(record, values, read);
            read.forEach(errors::putIfAbsent);
            validator.validate(record).forEach(v -> errors.putIfAbsent(editor.fieldFor(v.getPropertyPath().toString()),
                    v.getMessage()));
        } finally {
            entityManager.setFlushMode(FlushModeType.AUTO);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return fields.stream().map(Field::name).toList();
    }
}
