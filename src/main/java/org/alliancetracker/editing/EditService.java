package org.alliancetracker.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;

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
        if (restoredId != null && record instanceof SluggedEntity slugged) {
            FormerSlug.returnTo(slugged);
        }
        try {
            editor.afterCreate(record, values, this);
        } catch (jakarta.validation.ConstraintViolationException e) {
            throw new RefusedAfterWritingException(Map.of(editor.fields().get(0).name(), "This cannot be saved with"
                    + " the records it changes: " + e.getConstraintViolations().iterator().next().getMessage()));
        }
        return record;
    }

    /**
     * @param expectedVersion the version the form was opened at; another one means someone else saved first
     */
    @Transactional
    public <E extends TrackedEntity> E update(RecordEditor<E> editor, long id, int expectedVersion,
            Map<String, String> values, Long revertsEntryId) {
        return updateRecord(editor, id, expectedVersion, values, revertsEntryId);
    }

    /**
     * Updates the record as {@link #update} does, in the current transaction: a refusal thrown here does not mark
     * that transaction for rollback, as one thrown through {@link #update}'s interceptor does.
     */
    private <E extends TrackedEntity> E updateRecord(RecordEditor<E> editor, long id, int expectedVersion,
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

    /**
     * What {@link #revert} did, the record it re-created, changed or found back (null where none is left), for a
     * deletion, what it did with the changes the deletion made to other records, for an update, the fields it set
     * back that had been changed again since (their later values replaced), and for a creation, the record it deleted
     * (null otherwise).
     */
    public record Reverted<E>(How how, E record, CascadeReverted cascade, List<String> replaced, Deleted deleted) {

        Reverted(How how, E record) {
            this(how, record, CascadeReverted.NONE);
        }

        Reverted(How how, E record, CascadeReverted cascade) {
            this(how, record, cascade, List.of(), null);
        }

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
            BACK,
            /** The record updated has the values it had before the update already: nothing is changed. */
            UNCHANGED
        }
    }

    /**
     * Of the changes a deletion made to other records: how many records deleted with it were re-created, how many
     * records it changed were restored, how many records made with it (a merge's former name) were deleted, and why
     * each change left as it is was left.
     */
    public record CascadeReverted(int recreated, int restored, int deleted, List<String> left) {

        /** Where the change reverted was not a deletion, or made no change to other records. */
        static final CascadeReverted NONE = new CascadeReverted(0, 0, 0, List.of());
    }

    /**
     * A record a creation's revert deleted: as it was described before, and how many other records were deleted or
     * changed with it (those that depended on it).
     */
    public record Deleted(String description, int withIt) {
    }

    /** Undoes a change, as a change of its own that names the one it reverts. */
    @Transactional
    public <E extends TrackedEntity> Reverted<E> revert(RecordEditor<E> editor, AuditEntry change) {
        E record = editor.find(change.recordId);
        if (change.action == AuditEntry.Action.DELETED) {
            if (record != null) {
                return new Reverted<>(Reverted.How.BACK, record);
            }
            E recreated = create(editor, change.before(), change.id, change.recordId);
            return new Reverted<>(Reverted.How.RECREATED, recreated, revertCascadeOf(change));
        }
        if (record == null) {
            return new Reverted<>(Reverted.How.GONE, null);
        }
        if (change.action == AuditEntry.Action.CREATED) {
            String description = editor.describe(record);
            int withIt = deleteRecord(editor, record, change.id);
            return new Reverted<>(Reverted.How.DELETED, null, CascadeReverted.NONE, List.of(),
                    new Deleted(description, withIt));
        }
        Map<String, String> now = editor.values(record);
        Map<String, String> before = change.before();
        Map<String, String> after = change.after();
        Map<String, String> restored = setBack(now, before, after);
        if (restored.equals(now)) {
            return new Reverted<>(Reverted.How.UNCHANGED, record);
        }
        E updated = update(editor, change.recordId, record.version, restored, change.id);
        return new Reverted<>(Reverted.How.RESTORED, updated, CascadeReverted.NONE,
                replacedByRevert(now, before, after), null);
    }

    /**
     * Reverts the changes a deletion made to other records, the latest first, after the deleted record is back: the
     * records deleted with it are re-created (a dependent's dependents after it), the records that named it name it
     * again, and the records made with it are deleted. A record that cannot be made again (it names a record deleted
     * since), or that was changed since in a field the deletion changed (or at all, for one it made), is left as it
     * is, with the reason; the rest are reverted.
     */
    private CascadeReverted revertCascadeOf(AuditEntry deletion) {
        int recreated = 0;
        int restored = 0;
        int deleted = 0;
        List<String> left = new ArrayList<>();
        Map<AuditEntry, Map<String, String>> reverted = new LinkedHashMap<>();
        for (AuditEntry change : AuditEntry.cascadeOfLatestFirst(deletion)) {
            RecordEditor<TrackedEntity> editor = editor(change.recordType);
            TrackedEntity record = editor.find(change.recordId);
            if (change.action == AuditEntry.Action.DELETED && record == null) {
                try {
                    create(editor, change.before(), change.id, change.recordId);
                    reverted.put(change, change.before());
                    recreated++;
                } catch (RefusedAfterWritingException e) {
                    throw e;
                } catch (InvalidFormException e) {
                    // Refused as it was read: the new record was never persisted.
                    left.add(notReverted(change, refusal(editor, e)));
                }
            } else if (change.action != AuditEntry.Action.DELETED && record == null) {
                left.add(notReverted(change, "the " + editor.noun() + " was deleted since."));
            } else if (change.action == AuditEntry.Action.CREATED) {
                if (!changedSince(editor.values(record), change)) {
                    deleteRecord(editor, record, change.id);
                    deleted++;
                } else {
                    left.add(notReverted(change, "the " + editor.noun() + " was changed since."));
                }
            } else if (change.action == AuditEntry.Action.UPDATED) {
                Map<String, String> values = restoredValues(editor.values(record), change.before(), change.after());
                if (values == null) {
                    left.add(notReverted(change, "the " + editor.noun() + " was changed since."));
                } else {
                    try {
                        updateRecord(editor, change.recordId, record.version, values, change.id);
                        reverted.put(change, values);
                        restored++;
                    } catch (RefusedAfterWritingException e) {
                        throw e;
                    } catch (InvalidFormException e) {
                        // Refused as it was read, before anything was written: the values half read into the
                        // record must not be saved with the rest.
                        Panache.getEntityManager().detach(record);
                        left.add(notReverted(change, refusal(editor, e)));
                    }
                }
            }
        }
        // A record brought back before one it names was (a merged organization's move, before the backings it ended
        // and started were its own again) lost the link to it: with all of them back, it is set again.
        reverted.forEach((change, values) -> {
            RecordEditor<TrackedEntity> editor = editor(change.recordType);
            TrackedEntity record = editor.find(change.recordId);
            if (record != null && !editor.values(record).equals(values)) {
                updateRecord(editor, change.recordId, record.version, values, change.id);
            }
        });
        return new CascadeReverted(recreated, restored, deleted, left);
    }

    /** Why a change was left as it is by a revert of many (a deletion's, a rollback), naming the change. */
    public static String notReverted(AuditEntry change, String reason) {
        return "Change " + change.id + " (" + change.summary + ") was not reverted: " + reason;
    }

    /**
     * Whether a record made or changed by the change was changed again since: for a creation, in any field; for an
     * update, in one of the fields the update changed.
     */
    public static boolean changedSince(Map<String, String> now, AuditEntry change) {
        if (change.action == AuditEntry.Action.CREATED) {
            return !now.equals(change.after());
        }
        return change.action == AuditEntry.Action.UPDATED
                && restoredValues(now, change.before(), change.after()) == null;
    }

    /**
     * The record's values with the fields a change changed set back as they were before it, or null where one of
     * those fields was changed again since: its later value is not overwritten.
     */
    private static Map<String, String> restoredValues(Map<String, String> now, Map<String, String> before,
            Map<String, String> after) {
        return changedAgain(now, before, after).isEmpty() ? setBack(now, before, after) : null;
    }

    /**
     * The record's values with each field the change changed set back as it was before it; the other fields keep the
     * values they have now, set since by other changes that reverting this one does not undo.
     */
    private static Map<String, String> setBack(Map<String, String> now, Map<String, String> before,
            Map<String, String> after) {
        Map<String, String> values = new LinkedHashMap<>(now);
        changedBy(before, after).forEach(field -> values.put(field, before.get(field)));
        return values;
    }

    /**
     * The fields whose later values reverting the change would replace: those it changed that were changed again
     * since, to a value other than the one it set back.
     */
    public static List<String> replacedByRevert(Map<String, String> now, AuditEntry change) {
        return replacedByRevert(now, change.before(), change.after());
    }

    private static List<String> replacedByRevert(Map<String, String> now, Map<String, String> before,
            Map<String, String> after) {
        return changedAgain(now, before, after).stream()
                .filter(field -> !Objects.equals(now.get(field), before.get(field))).toList();
    }

    /** The fields a change changed, whose values now are not those it left. */
    private static List<String> changedAgain(Map<String, String> now, Map<String, String> before,
            Map<String, String> after) {
        return changedBy(before, after).stream().filter(field -> !Objects.equals(now.get(field), after.get(field)))
                .toList();
    }

    /** The fields whose values before and after a change differ. */
    private static Set<String> changedBy(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        fields.removeIf(field -> Objects.equals(before.get(field), after.get(field)));
        return fields;
    }

    /**
     * Why a revert, or an import's undo, was refused. Where records the change names were deleted since (a former
     * name's organization, a membership's sources), the form's own messages name only ids, and say nothing of what to
     * do: the fields that named them say it instead, counting the records a field of several names, and the answer
     * says to revert those deletions first.
     */
    public String refusal(RecordEditor<?> editor, InvalidFormException e) {
        return refusal(editor, e, deleted -> "Revert " + (deleted == 1 ? "that deletion" : "those deletions")
                + " first.");
    }

    /** Why a revert was refused, with what to do about the records deleted since said by {@code advice}. */
    public String refusal(RecordEditor<?> editor, InvalidFormException e, IntFunction<String> advice) {
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
        return Formats.series(named, "and") + " " + (deleted == 1 ? "was" : "were") + " deleted since. "
                + advice.apply(deleted);
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

    /**
     * For editors deleting dependents: deletes one record with its audit entry, in the current transaction, and
     * answers how many changes to other records (its dependents deleted or changed) were made with it.
     */
    public <E extends TrackedEntity> int deleteRecord(RecordEditor<E> editor, E record, Long revertsEntryId) {
        return deleteRecord(editor, record, "Deleted " + editor.noun() + ": " + editor.describe(record),
                revertsEntryId);
    }

    /** Deletes one record as {@link #deleteRecord(RecordEditor, TrackedEntity, Long)} does, with this summary. */
    public <E extends TrackedEntity> int deleteRecord(RecordEditor<E> editor, E record, String summary,
            Long revertsEntryId) {
        return deleteRecordAfter(() -> { }, editor, record, summary, revertsEntryId);
    }

    /**
     * Deletes one record as {@link #deleteRecord(RecordEditor, TrackedEntity, String, Long)} does, after the work,
     * whose changes are then the deletion's as its dependents' are: reverting the deletion reverts them too (a merge's
     * records moved to the organization kept go back to the one merged).
     */
    public <E extends TrackedEntity> int deleteRecordAfter(Runnable work, RecordEditor<E> editor, E record,
            String summary, Long revertsEntryId) {
        List<AuditEntry> cascade = log.recordedDuring(() -> {
            work.run();
            editor.deleteDependents(record, this);
        });
        Map<String, String> before = editor.values(record);
        long id = record.id;
        record.delete();
        Panache.getEntityManager().flush();
        AuditEntry deletion = log.record(AuditEntry.Action.DELETED, editor.recordType(), id, summary, before, null,
                revertsEntryId);
        // A dependent's own dependents are marked as its cascade first, then as this one's: reverting the outermost
        // deletion reverts them all.
        AuditEntry.markCascadeOf(deletion, cascade);
        return cascade.size();
    }

    /**
     * Form values refused once something was written (by the database, or by the records a creation changes): the
     * transaction cannot go on. A refusal of any other kind comes from reading the values, before any write.
     */
    private static final class RefusedAfterWritingException extends InvalidFormException {

        RefusedAfterWritingException(Map<String, String> errors) {
            super(errors);
        }
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
            throw new RefusedAfterWritingException(Map.of(field, "Someone else saved the same " + noun
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
