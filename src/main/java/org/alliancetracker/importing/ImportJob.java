package org.alliancetracker.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.alliancetracker.history.AuditEntry;

/** An uploaded CSV file, from its preview to the outcome of applying it. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    /** Beyond the transaction's timeout, for the status written after it commits. */
    static final int STALLED_MARGIN_SECONDS = 60;

    public enum Kind {
        MEMBERSHIPS, ORGANIZATIONS, BACKINGS
    }

    public enum Status {
        PREVIEWED, RUNNING, DONE, FAILED, UNDOING, UNDONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String filename;

    @Column(nullable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false, length = 1_000_000)
    public String content;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "processed_rows")
    public int processedRows;

    @Column(name = "created_count")
    public int created;

    @Column(name = "updated_count")
    public int updated;

    @Column(name = "unchanged_count")
    public int unchanged;

    @Column(length = 2000)
    public String message;

    /** When it last started running or being undone. */
    public Instant startedAt;

    /** An import as the list of recent imports shows it, without its file. */
    public record Listed(long id, Kind kind, String username, String filename, Instant createdAt, Status status,
            int created, int updated) {
    }

    /** The latest imports, the latest first, without their files. One query. */
    public static List<Listed> recent(int limit) {
        return getEntityManager().createQuery("select new " + Listed.class.getName() + "(j.id, j.kind, j.username,"
                + " j.filename, j.createdAt, j.status, j.created, j.updated) from ImportJob j order by j.id desc",
                Listed.class).setMaxResults(limit).getResultList();
    }

    /**
     * Whether it is still running or being undone long after its transaction would have timed out: its server
     * stopped (a crash, a restart), and with it the transaction, which was rolled back.
     */
    public boolean isStalled(Instant now) {
        return (status == Status.RUNNING || status == Status.UNDOING) && startedAt != null
                && startedAt.plusSeconds(Importer.TRANSACTION_TIMEOUT_SECONDS + STALLED_MARGIN_SECONDS).isBefore(now);
    }

    /**
     * Gives a stalled job ({@link #isStalled}) the status its data has, in the caller's transaction: an import whose
     * changes are recorded was applied, though its server stopped before saying so; one without them can be applied
     * again; an undo that stopped undid nothing.
     */
    public void recoverFromStall() {
        if (status == Status.UNDOING) {
            status = Status.DONE;
            message = "The server stopped while undoing this import, and nothing was undone: undo it again.";
            return;
        }
        Map<AuditEntry.Action, Long> changes = AuditEntry.countOfImportByAction(id);
        if (changes.isEmpty()) {
            status = Status.PREVIEWED;
            message = "The server stopped while applying this import, and nothing was imported: apply it again.";
        } else {
            status = Status.DONE;
            created = changes.getOrDefault(AuditEntry.Action.CREATED, 0L).intValue();
            updated = changes.getOrDefault(AuditEntry.Action.UPDATED, 0L).intValue();
            processedRows = totalRows;
        }
    }

    /** The file's rows below its header line, blank lines left out. */
    public int dataRows() {
        return (int) Math.max(0, content.lines().filter(l -> !l.isBlank()).count() - 1);
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public boolean isUndoing() {
        return status == Status.UNDOING;
    }

    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
    }
}
