package org.alliancetracker.history;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.RecordEditor;

/**
 * Records that predate the audit log (those a migration inserted, such as the demo story) get one "created" entry
 * each on the first start, so that the change feed, followed from its beginning, rebuilds all of the data. It
 * writes history only: the records themselves come from the migrations. It scans once per schema version.
 */
@ApplicationScoped
public class HistoryBaseline {

    private static final Logger LOG = Logger.getLogger(HistoryBaseline.class);

    @Inject
    EditorRegistry registry;

    @Inject
    AuditLog log;

    @Transactional
    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        // Only migrations add records behind the application's back: at a schema version already scanned there is
        // nothing to look for, and a start skips the scan (a second or more on a large database).
        String schemaVersion = AuditEntry.schemaVersion();
        if (schemaVersion.equals(AuditEntry.baselineSchemaVersion())) {
            return;
        }
        record();
        AuditEntry.markBaselineComplete(schemaVersion);
    }

    private void record() {
        // Most scans find nothing to record: they must not take the lock, which would count as a write and give
        // every cached answer a new version. When there is something, the lock makes instances starting together
        // record it once.
        if (AuditEntry.RECORD_TYPES.stream()
                .allMatch(type -> unrecorded(type).setMaxResults(1).getResultList().isEmpty())) {
            return;
        }
        AuditEntry.lockFeedHead();
        log.actAs(AuditLog.SYSTEM);
        int written = 0;
        for (String type : AuditEntry.RECORD_TYPES) {
            RecordEditor<TrackedEntity> editor = registry.forType(type).orElseThrow();
            List<TrackedEntity> unrecorded = unrecorded(type).getResultList();
            for (TrackedEntity record : unrecorded) {
                log.record(AuditEntry.Action.CREATED, type, record.id, "Loaded " + editor.noun() + ": "
                        + editor.describe(record), null, editor.values(record), null);
                written++;
            }
        }
        if (written > 0) {
            LOG.infof("Recorded %d existing records in the history, so the change feed holds all of the data.",
                    written);
        }
    }

    /** The records of the type that have no history yet, oldest first. */
    private static TypedQuery<TrackedEntity> unrecorded(String type) {
        return Panache.getEntityManager().createQuery(
                "select r from " + AuditEntry.entityName(type) + " r where not exists (select e from AuditEntry e"
                        + " where e.recordType = ?1 and e.recordId = r.id) order by r.id", TrackedEntity.class)
                .setParameter(1, type);
    }
}
