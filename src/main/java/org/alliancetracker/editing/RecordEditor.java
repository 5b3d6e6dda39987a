package org.alliancetracker.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancetracker.common.TrackedEntity;

/**
 * How one kind of record is edited through the generic forms: its fields, how form values are read into it and out
 * of it, where it is shown, and what depends on it. The values read out of a record are also its snapshot in the
 * audit log, so that a change can be shown, published and reverted.
 */
public interface RecordEditor<E extends TrackedEntity> {

    /** The URL segment and the audit log's record type: "membership". */
    String type();

    /** What one record is called in sentences: "membership". */
    String noun();

    E find(long id);

    /** The values of a new record's form that the URL may preset (e.g. the alliance of a new membership). */
    default Map<String, String> presets(Map<String, String> query) {
        Map<String, String> presets = new LinkedHashMap<>();
        fields().forEach(f -> {
            String value = query.get(f.name());
            if (value != null && value.length() <= 200) {
                presets.put(f.name(), value);
            }
        });
        return presets;
    }

    List<Field> fields();

    /**
     * The fields as a form with these values shows them: a choice may narrow to what fits the other values (a
     * membership's tiers to those of its alliance). The values are as stored, a lookup field's record by its id
     * (a form shown again has its typed names resolved first). By default, {@link #fields()}.
     */
    default List<Field> fields(Map<String, String> values) {
        return fields();
    }

    Map<String, String> values(E record);

    /** A new, unsaved record. */
    E newRecord();

    /**
     * Reads the form values into the record, adding a message per field for anything that cannot be read. Bean
     * Validation of the record follows; this checks what it cannot (formats, references, uniqueness).
     */
    void apply(E record, Map<String, String> values, Map<String, String> errors);

    /** A short description for titles and the audit log: "IBM in Open Virtualization Alliance". */
    String describe(E record);

    /** The visitor page where the record shows, to go back to after a save. */
    String pageOf(E record);

    /** Where to go after the record is deleted: by default its page, which shows its parent's other records. */
    default String pageAfterDelete(E record) {
        return pageOf(record);
    }

    /** Descriptions of the records that would be deleted or changed with this one; most records have none. */
    default List<String> dependents(E record) {
        return List.of();
    }

    /** Deletes or detaches what depends on the record, each change audited, so nothing is left orphaned. */
    default void deleteDependents(E record, Cascade cascade) {
    }

    /** Further records a save makes or changes (a move ends one backing and starts another). */
    default void afterCreate(E record, Map<String, String> values, Cascade cascade) {
    }

    /** The audit log's record type; the same as {@link #type()} except for one-form actions. */
    default String recordType() {
        return type();
    }

    /** The form field that a Bean Validation property path concerns. */
    default String fieldFor(String propertyPath) {
        return propertyPath;
    }

    /**
     * What a reference field's record is called in a sentence ("the project it moved from") where "the" and the
     * field's label, lower-cased, and "it names" do not read well; null to say it that way.
     */
    default String referent(String field) {
        return null;
    }

    /** Whether existing records can be edited with this editor (false for one-form actions such as a move). */
    default boolean editable() {
        return true;
    }
}
