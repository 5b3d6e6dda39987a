package org.alliancetracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancetracker.history.AuditEntry;

/** What an import would do, row by row, and every error with its line: nothing is applied while any error stands. */
public final class ImportPlan {

    public enum Action {
        CREATE, UPDATE, UNCHANGED
    }

    /** One planned row: its line in the file, what it does, a description, and the values to write. */
    public record Row(int line, Action action, String description, String key, Map<String, String> values) {
    }

    public record Error(int line, String message) {
    }

    /** Something the import may do by mistake, which does not stop it: a new organization alike one recorded. */
    public record Warning(int line, String message) {
    }

    public final List<Row> rows = new ArrayList<>();
    public final List<Error> errors = new ArrayList<>();
    public final List<Warning> warnings = new ArrayList<>();

    /**
     * Whether the run's changes are kept, and so recorded in the change feed. A preview's are rolled back: it records
     * none, and so holds no lock on the feed that would stop other editors' saves while it runs.
     */
    final boolean applying;

    ImportPlan(boolean applying) {
        this.applying = applying;
    }

    /** A change of an applied import, recorded in the change feed once every row is read. */
    record FeedEntry(AuditEntry.Action action, String type, long id, String summary, Map<String, String> before,
            Map<String, String> after) {
    }

    /** The changes to record, in the order of the rows. */
    final List<FeedEntry> feedEntries = new ArrayList<>();

    public void error(int line, String message) {
        errors.add(new Error(line, message));
    }

    public void warn(int line, String message) {
        warnings.add(new Warning(line, message));
    }

    /** Errors block the whole import: all of it is applied or none. */
    public boolean isBlocked() {
        return !errors.isEmpty();
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long getCreates() {
        return count(Action.CREATE);
    }

    public long getUpdates() {
        return count(Action.UPDATE);
    }

    public long getUnchanged() {
        return count(Action.UNCHANGED);
    }

    /** The rows that change something, for the preview. */
    public List<Row> getChanges() {
        return rows.stream().filter(r -> r.action() != Action.UNCHANGED).toList();
    }

    /** What the preview page shows of this plan, with at most {@code shown} changes and errors listed. */
    public Preview summary(int shown) {
        List<Row> changes = getChanges();
        return new Preview(getCreates(), getUpdates(), getUnchanged(), changes.size(),
                List.copyOf(changes.subList(0, Math.min(shown, changes.size()))), errors.size(),
                List.copyOf(errors.subList(0, Math.min(shown, errors.size()))), warnings.size(),
                List.copyOf(warnings.subList(0, Math.min(shown, warnings.size()))));
    }

    /**
     * The counts of a plan and the first of its changes and errors: what its preview page shows, and small enough to
     * keep whatever the size of the file.
     */
    public record Preview(long creates, long updates, long unchanged, int changeCount, List<Row> changes,
            int errorCount, List<Error> errors, int warningCount, List<Warning> warnings) {

        /** Errors block the whole import: all of it is applied or none. */
        public boolean blocked() {
            return errorCount > 0;
        }
    }
}
