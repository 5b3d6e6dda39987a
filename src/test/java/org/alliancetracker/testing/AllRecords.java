package org.alliancetracker.testing;

import java.util.Map;
import java.util.TreeMap;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.history.AuditEntry;

/** Every record of every kind in the history, read from the database: to tell whether the data is as it was. */
public final class AllRecords {

    private AllRecords() {
    }

    /** Each record's values as its form holds them, by its type and id ("membership 12"). */
    public static Map<String, Map<String, String>> values(EditorRegistry registry) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Map<String, String>> records = new TreeMap<>();
            for (String type : AuditEntry.RECORD_TYPES) {
                RecordEditor<TrackedEntity> editor = registry.forType(type).orElseThrow();
                Panache.getEntityManager().createQuery("select e from " + AuditEntry.entityName(type) + " e",
                        TrackedEntity.class).getResultStream()
                        .forEach(record -> records.put(type + " " + record.id, editor.values(record)));
            }
            return records;
        });
    }
}
