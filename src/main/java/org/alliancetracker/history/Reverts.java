package org.alliancetracker.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditService;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Reverting a change, for editors from the history and for bots through the API: what was done, or why nothing
 * was, said in the same words to both.
 */
@ApplicationScoped
public class Reverts {

    @Inject
    EditorRegistry registry;

    @Inject
    EditService edits;

    /** Whether the change was reverted, had nothing left to revert, or was refused by the records as they are. */
    public enum Outcome { REVERTED, NOTHING_TO_REVERT, REFUSED }

    /**
     * What reverting a change came to: what was done ("deleted", "restored", "re-created"; null where nothing was),
     * the message, the page an editor is sent to, the record changed (null where none is left), and for an update,
     * the fields set back whose later values were replaced.
     */
    public record Answer(Outcome outcome, String did, String message, String page, String recordType, Long recordId,
            List<String> replaced) {

        Answer(Outcome outcome, String did, String message, String page, String recordType, Long recordId) {
            this(outcome, did, message, page, recordType, recordId, List.of());
        }
    }

    /** Undoes a change: a creation is deleted, an update's old values are restored, a deletion is re-created. */
    public Answer revert(long entryId) {
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.findById(entryId));
        if (entry == null) {
            throw new RecordNotFoundException("change", String.valueOf(entryId));
        }
        return revert(entry);
    }

    /** Undoes a change read already (detached: only its fields are read). */
    private Answer revert(AuditEntry entry) {
        RecordEditor<TrackedEntity> editor = registry.forType(entry.recordType)
                .orElseThrow(() -> new RecordNotFoundException("kind of record", entry.recordType));
        String back = "/history/" + entry.recordType + "/" + entry.recordId;
        try {
            EditService.Reverted<TrackedEntity> reverted = edits.revert(editor, entry);
            return switch (reverted.how()) {
                case DELETED -> new Answer(Outcome.REVERTED, "deleted", "Reverted change " + entry.id + ": deleted the "
                        + editor.noun() + " " + reverted.deleted().description() + " it created."
                        + withDependents(reverted.deleted().withIt()), "/history", entry.recordType, null);
                case RESTORED -> new Answer(Outcome.REVERTED, "restored", "Reverted change " + entry.id
                        + ": restored the earlier values." + replacing(editor, reverted.replaced()), back,
                        entry.recordType, entry.recordId, reverted.replaced());
                case RECREATED -> new Answer(Outcome.REVERTED, "re-created", "Reverted change " + entry.id
                        + ": re-created the " + editor.noun() + " " + editor.describe(reverted.record())
                        + withCascade(reverted.cascade(), entry.id), editor.pageOf(reverted.record()),
                        entry.recordType, entry.recordId);
                case GONE, BACK -> nothingToRevert(entry, editor, back);
                case UNCHANGED -> new Answer(Outcome.NOTHING_TO_REVERT, null, "Nothing to revert: the "
                        + editor.noun() + " has the values it had before change " + entry.id + " already.", back,
                        entry.recordType, null);
            };
        } catch (InvalidFormException e) {
            // Editors reverting one deletion at the same moment: the one whose revert commits first brings the
            // record back, and each other's re-creation is refused by it. They are told what they would be told a
            // moment later, not that the record's values are recorded already.
            if (entry.action == AuditEntry.Action.DELETED && restoredSince(editor, entry)) {
                return nothingToRevert(entry, editor, back);
            }
            AuditEntry madeWith = deletionNotRevertedOf(entry);
            return new Answer(Outcome.REFUSED, null, "Cannot revert change " + entry.id + ": " + (madeWith == null
                    ? edits.refusal(editor, e)
                    : edits.refusal(editor, e, deleted -> "It was made with change " + madeWith.id + " ("
                            + madeWith.summary + "): revert that change, and this one is reverted with it.")),
                    back, entry.recordType, null);
        }
    }

    /**
     * Why a rollback leaves a change as it is, as others have built on it since (null where they have not): its record
     * was changed since, or for a creation, records made by others depend on it now, which reverting it would delete
     * with it. The person's own later changes are reverted before it, so what still depends on it is others' work.
     */
    private static String builtOnSince(RecordEditor<TrackedEntity> editor, AuditEntry change) {
        TrackedEntity record = editor.find(change.recordId);
        if (record == null) {
            return null;
        }
        if (EditService.changedSince(editor.values(record), change)) {
            return "the " + editor.noun() + " was changed since.";
        }
        int dependents = change.action == AuditEntry.Action.CREATED ? editor.dependents(record).size() : 0;
        if (dependents > 0) {
            return (dependents == 1 ? "another record depends" : dependents + " other records depend") + " on the "
                    + editor.noun() + " now, which reverting it would delete or change too: revert it on its own.";
        }
        return null;
    }

    /** How many of a person's changes one rollback reverts at most, the newest first; another reverts the rest. */
    public static final int ROLLBACK_LIMIT = 100;

    /**
     * What a rollback came to: how many changes it listed, reverted, and found with nothing left to revert, and why
     * each it left was left.
     */
    public record Rollback(int listed, int reverted, int nothingLeft, List<String> left) {

        /** Said to the editor or bot: the counts, the first few changes left with why, then a count of the rest. */
        public String message(String username, long fromId) {
            if (listed == 0) {
                return "Nothing to revert: no change by " + username + " from change " + fromId
                        + " is left to revert.";
            }
            StringBuilder said = new StringBuilder("Reverted " + reverted + " of " + listed
                    + (listed == 1 ? " change" : " changes") + " by " + username + " from change " + fromId + ".");
            if (nothingLeft > 0) {
                said.append(' ').append(nothingLeft).append(" had nothing left to revert.");
            }
            said.append(namedThenCounted(left, "."));
            if (listed == ROLLBACK_LIMIT) {
                said.append(" Only the latest ").append(ROLLBACK_LIMIT).append(" were taken: revert again for the"
                        + " earlier ones.");
            }
            return said.toString();
        }
    }

    /**
     * Reverts the changes the user made from the one with this id on, the newest first, each as {@link #revert}
     * does and in a transaction of its own: a vandal's spree undone in one step. A change whose record was changed
     * since (by someone else: the user's own later changes are reverted first) is left as it is, as is one the
     * records refuse, each with why.
     */
    public Rollback rollBack(String username, long fromId) {
        List<AuditEntry> changes = QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.leftToRevertBy(username, fromId, ROLLBACK_LIMIT));
        int reverted = 0;
        int nothingLeft = 0;
        List<String> left = new ArrayList<>();
        for (AuditEntry change : changes) {
            RecordEditor<TrackedEntity> editor = registry.forType(change.recordType).orElseThrow();
            String leftBecause = QuarkusTransaction.requiringNew().call(() -> builtOnSince(editor, change));
            if (leftBecause != null) {
                left.add(EditService.notReverted(change, leftBecause));
                continue;
            }
            Answer answer = revert(change);
            switch (answer.outcome()) {
                case REVERTED -> reverted++;
                case NOTHING_TO_REVERT -> nothingLeft++;
                case REFUSED -> left.add(answer.message());
            }
        }
        return new Rollback(changes.size(), reverted, nothingLeft, List.copyOf(left));
    }

    /**
     * What a revert of an update says of the fields it set back that had been changed again since: the editor asked
     * for the earlier values, and is told which later ones went (the history keeps them).
     */
    private static String replacing(RecordEditor<?> editor, List<String> fields) {
        List<String> labels = labels(editor.fields(), fields);
        if (labels.isEmpty()) {
            return "";
        }
        return " " + changedAgainSince(labels) + ", and " + (labels.size() == 1 ? "its later value is"
                : "their later values are") + " replaced too.";
    }

    /**
     * What the history says beside a change before it is reverted, of the fields whose later values reverting it
     * would replace; null where there are none.
     */
    static String wouldReplace(List<Field> fieldsOfKind, List<String> fields) {
        List<String> labels = labels(fieldsOfKind, fields);
        if (labels.isEmpty()) {
            return null;
        }
        return changedAgainSince(labels) + ": reverting this change replaces " + (labels.size() == 1
                ? "its later value" : "their later values") + " too.";
    }

    /** The opening both say it with, before and after a revert: "The name and website were changed again since". */
    private static String changedAgainSince(List<String> labels) {
        return "The " + Formats.series(labels, "and") + (labels.size() == 1 ? " was" : " were")
                + " changed again since";
    }

    /** The fields' labels as a sentence names them, in the form's order. */
    private static List<String> labels(List<Field> fieldsOfKind, List<String> fields) {
        return fieldsOfKind.stream().filter(field -> fields.contains(field.name()))
                .map(field -> field.label().toLowerCase(Locale.ROOT)).toList();
    }

    private static Answer nothingToRevert(AuditEntry entry, RecordEditor<TrackedEntity> editor, String back) {
        return new Answer(Outcome.NOTHING_TO_REVERT, null, unrevertable(entry, editor.noun()), back, entry.recordType,
                null);
    }

    /**
     * The deletion a change was made with (a membership deleted with its organization), where that deletion is not
     * reverted yet: reverting it is what brings back the records this change needs.
     */
    private AuditEntry deletionNotRevertedOf(AuditEntry entry) {
        if (entry.cascadeOfEntryId == null) {
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry deletion = AuditEntry.findById(entry.cascadeOfEntryId);
            boolean notReverted = deletion != null && registry.forType(deletion.recordType)
                    .map(owner -> owner.find(deletion.recordId) == null).orElse(false);
            return notReverted ? deletion : null;
        });
    }

    private static boolean restoredSince(RecordEditor<TrackedEntity> editor, AuditEntry deletion) {
        return QuarkusTransaction.requiringNew().call(() -> editor.find(deletion.recordId) != null);
    }

    /** How many of the changes a revert left as they are it names, each with why, before counting the others. */
    static final int LEFT_NAMED = 5;

    /**
     * What reverting a deletion did with the changes it made to other records, to follow the re-created record's
     * name: the records deleted with it re-created too, those it changed restored, and why any was left. Where many
     * were left, the first few are named and the others counted: the history shows each.
     */
    static String withCascade(EditService.CascadeReverted cascade, long deletionId) {
        List<String> done = new ArrayList<>();
        if (cascade.recreated() > 0) {
            done.add("re-created " + records(cascade.recreated()) + " deleted with it");
        }
        if (cascade.restored() > 0) {
            done.add("restored " + records(cascade.restored()) + " the deletion changed");
        }
        if (cascade.deleted() > 0) {
            done.add("deleted " + records(cascade.deleted()) + " made with it");
        }
        StringBuilder said = new StringBuilder(".");
        if (!done.isEmpty()) {
            said.append(" Also ").append(Formats.series(done, "and")).append('.');
        }
        said.append(namedThenCounted(cascade.left(), ", made with change " + deletionId + "."));
        return said.toString();
    }

    /**
     * The changes left, each with why, the first {@link #LEFT_NAMED} named and the others counted, each sentence
     * after a space; the count's sentence ends with {@code ending}.
     */
    private static String namedThenCounted(List<String> left, String ending) {
        StringBuilder said = new StringBuilder();
        left.stream().limit(LEFT_NAMED).forEach(reason -> said.append(' ').append(reason));
        int unnamed = left.size() - LEFT_NAMED;
        if (unnamed > 0) {
            said.append(' ').append(unnamed).append(unnamed == 1 ? " other change was" : " other changes were")
                    .append(" not reverted either; the history shows each").append(ending);
        }
        return said.toString();
    }

    /** What a creation's revert deleted or changed with the record, which depended on it, to follow its name. */
    private static String withDependents(int count) {
        return count == 0 ? "" : " Also deleted or changed " + records(count) + " that depended on it.";
    }

    private static String records(int count) {
        return count == 1 ? "the record" : "the " + count + " records";
    }

    /**
     * Why a change is not reverted, on the history page as in the answer to its form: a creation or deletion has been
     * undone already, an update has no record left to restore.
     */
    static String unrevertable(AuditEntry entry, String noun) {
        return switch (entry.action) {
            case CREATED -> "Nothing to revert: the " + noun + " was deleted since.";
            case UPDATED -> "Cannot revert: the " + noun + " was deleted since.";
            case DELETED -> "Nothing to revert: the " + noun + " was restored since.";
        };
    }
}
