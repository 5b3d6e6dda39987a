package org.alliancetracker.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.editing.EditService;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.Lookup;
import org.alliancetracker.editing.Lookups;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.HtmlPages;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.Parameters;
import org.alliancetracker.web.RecordNotFoundException;

/** The audit log for editors: recent changes site-wide, the history of one record, and reverting a change. */
@Path("/history")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class HistoryResource {

    static final int PAGE_SIZE = 50;

    @Inject
    EditorRegistry registry;

    @Inject
    Reverts reverts;

    /** One line of a change: a field whose value changed, as the user reads it. */
    public record FieldChange(String label, String before, String after) {
    }

    /**
     * A change as the history shows it: its changed fields, why it has nothing left to revert (a record deleted or
     * restored since; null where it can be reverted), for a deletion, how many changes it made to other records,
     * which reverting it reverts too, the latest change that reverted it, and for an update, what reverting it would
     * replace of later changes to the same fields.
     */
    public record EntryView(AuditEntry entry, List<FieldChange> changes, String unrevertable, long cascade,
            Long revertedBy, String wouldReplace) {

        /**
         * Whether reverting it deletes a record, with whatever depends on it: then it is asked on a page of its own
         * first, as a deletion is.
         */
        public boolean revertDeletes() {
            return entry.action == AuditEntry.Action.CREATED;
        }

        /** For a change a deletion made: the page of the latest changes that begins with that deletion. */
        public String cascadeOfLink() {
            return linkTo(entry.cascadeOfEntryId);
        }

        /** For a change reverted: the page of the latest changes that begins with the latest revert of it. */
        public String revertedByLink() {
            return linkTo(revertedBy);
        }

        private static String linkTo(long change) {
            return "/history?before=" + (change + 1) + "#change-" + change;
        }
    }

    /**
     * What reverting a creation deletes, said before: the record as it is named now, the records deleted or changed
     * with it, as the delete page lists them, and whether it was changed since it was created.
     */
    public record RecordToDelete(String noun, String name, List<String> dependents, boolean changedSince) {
    }

    /** An option of the history's filter: a person's user name, or a kind of record with its name. */
    public record Choice(String value, String label, boolean chosen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recent(List<EntryView> entries, String olderLink, String by, String kindNoun,
                List<Choice> authors, List<Choice> kinds, String kindError);

        static native TemplateInstance record(String noun, String name, String page, List<EntryView> entries);

        static native TemplateInstance rollback(String by, long from, List<EntryView> entries, int limit);

        static native TemplateInstance revert(EntryView view, List<EntryView> entries, RecordToDelete toDelete,
                String historyLink);
    }

    /**
     * The latest changes, a page at a time: all of them, or those one person (or their API token) made ({@code by},
     * a user name), to one kind of record ({@code kind}), or both. An unknown kind shows the form again with a
     * message beside the field.
     */
    @GET
    public Response recent(@QueryParam("before") String before, @QueryParam("by") String by,
            @QueryParam("kind") String kind) {
        Long beforeId = changeNumber("before", before);
        String username = by == null || by.isBlank() ? null : by.strip();
        String recordType = kind == null || kind.isBlank() ? null : kind.strip();
        List<Choice> kinds = kindChoices(recordType);
        String kindError = null;
        if (recordType != null && kinds.stream().noneMatch(Choice::chosen)) {
            kindError = "Choose one of the kinds of record listed.";
            recordType = null;
        }
        List<AuditEntry> entries = kindError != null ? List.of()
                : AuditEntry.recent(beforeId, username, recordType, PAGE_SIZE);
        String olderLink = entries.size() < PAGE_SIZE ? null : "/history" + Parameters.query("by", username,
                "kind", recordType, "before", String.valueOf(entries.get(entries.size() - 1).id));
        String kindNoun = kinds.stream().filter(Choice::chosen).map(Choice::label).findFirst().orElse(null);
        return HtmlPages.form(kindError != null, Templates.recent(views(entries), olderLink, username, kindNoun,
                authorChoices(username), kinds, kindError));
    }

    /**
     * Everyone who may have made changes, by user name: each account (disabled ones too, for their past changes),
     * and {@link AuditLog#SYSTEM}, which recorded the data that was there before the history began.
     */
    private static List<Choice> authorChoices(String chosen) {
        List<String> usernames = new ArrayList<>(Account.allByUsername().stream().map(a -> a.username).toList());
        if (!usernames.contains(AuditLog.SYSTEM)) {
            usernames.add(AuditLog.SYSTEM);
        }
        if (chosen != null && !usernames.contains(chosen)) {
            usernames.add(chosen);
        }
        return usernames.stream().map(u -> new Choice(u, u, u.equals(chosen))).toList();
    }

    /** The kinds of record in the history, by the name the forms give them. */
    private List<Choice> kindChoices(String chosen) {
        return registry.nounsOf(AuditEntry.RECORD_TYPES).entrySet().stream()
                .map(kind -> new Choice(kind.getKey(), kind.getValue(), kind.getKey().equals(chosen))).toList();
    }

    @GET
    @Path("{type}/{id}")
    public TemplateInstance record(@PathParam("type") String type, @PathParam("id") long id) {
        List<AuditEntry> entries = AuditEntry.of(type, id);
        if (entries.isEmpty()) {
            throw new RecordNotFoundException("history for " + type, String.valueOf(id));
        }
        Optional<RecordEditor<TrackedEntity>> editor = registry.forType(type);
        TrackedEntity record = editor.map(e -> e.find(id)).orElse(null);
        // A record deleted is named as its deletion named it: "Deleted organization: IBM".
        String latest = entries.get(0).summary;
        String name = record != null ? editor.get().describe(record)
                : latest.substring(latest.indexOf(": ") + 1).strip();
        return Templates.record(editor.map(RecordEditor::noun).orElse("record"), name,
                record == null ? null : editor.get().pageOf(record), views(entries));
    }

    /**
     * What reverting a change would do, with the button that does it, or why there is nothing to revert. The history
     * leads here for a creation, whose revert deletes the record and what depends on it, as the delete page does.
     */
    @GET
    @Path("{entryId}/revert")
    public TemplateInstance revertForm(@PathParam("entryId") long entryId) {
        AuditEntry entry = AuditEntry.findById(entryId);
        if (entry == null) {
            throw new RecordNotFoundException("change", String.valueOf(entryId));
        }
        EntryView view = views(List.of(entry)).get(0);
        RecordToDelete toDelete = null;
        Optional<RecordEditor<TrackedEntity>> editor = registry.forType(entry.recordType);
        if (view.revertDeletes() && view.unrevertable() == null && editor.isPresent()) {
            TrackedEntity record = editor.get().find(entry.recordId);
            toDelete = record == null ? null : new RecordToDelete(editor.get().noun(), editor.get().describe(record),
                    editor.get().dependents(record), EditService.changedSince(editor.get().values(record), entry));
        }
        return Templates.revert(view, List.of(view), toDelete,
                "/history/" + entry.recordType + "/" + entry.recordId + "#change-" + entry.id);
    }

    /** Undoes a change: a creation is deleted, an update's old values are restored, a deletion is re-created. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{entryId}/revert")
    public Response revert(@PathParam("entryId") long entryId) {
        Reverts.Answer answer = reverts.revert(entryId);
        return Flash.redirect(answer.page(), answer.message());
    }

    /**
     * What reverting a person's changes from one on would revert, newest first, with the button that does it: the
     * changes left to revert ({@link AuditEntry#leftToRevertBy}), at most {@link Reverts#ROLLBACK_LIMIT}.
     */
    @GET
    @Path("rollback")
    public TemplateInstance rollbackForm(@QueryParam("by") String by, @QueryParam("from") String from) {
        String username = rollbackUsername(by);
        long fromId = rollbackStart(from);
        return Templates.rollback(username, fromId,
                views(AuditEntry.leftToRevertBy(username, fromId, Reverts.ROLLBACK_LIMIT)), Reverts.ROLLBACK_LIMIT);
    }

    /** Reverts a person's changes from one on (see {@link Reverts#rollBack}), then shows their changes. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("rollback")
    public Response rollback(@FormParam("by") String by, @FormParam("from") String from) {
        String username = rollbackUsername(by);
        long fromId = rollbackStart(from);
        return Flash.redirect("/history" + Parameters.query("by", username),
                reverts.rollBack(username, fromId).message(username, fromId));
    }

    private static String rollbackUsername(String by) {
        if (by == null || by.isBlank()) {
            throw new InvalidParameterException("by", "The parameter 'by' must be the user name of the person whose"
                    + " changes to revert.");
        }
        return by.strip();
    }

    private static long rollbackStart(String from) {
        Long id = from == null ? null : changeNumber("from", from.strip());
        if (id == null) {
            throw notAChangeNumber("from");
        }
        return id;
    }

    /** A parameter naming a change by its number; null where it is absent or blank. */
    private static Long changeNumber(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw notAChangeNumber(parameter);
        }
        return Long.valueOf(value);
    }

    private static InvalidParameterException notAChangeNumber(String parameter) {
        return new InvalidParameterException(parameter, "The parameter '" + parameter
                + "' must be the number of a change.");
    }

    private List<EntryView> views(List<AuditEntry> entries) {
        Map<String, List<Field>> fieldsByType = new HashMap<>();
        for (AuditEntry entry : entries) {
            fieldsByType.computeIfAbsent(entry.recordType, t -> registry.forType(t).map(RecordEditor::fields)
                    .orElse(List.of()));
        }
        Map<AuditEntry, List<Map<String, String>>> named = namedSnapshots(entries, fieldsByType);
        Set<AuditEntry> unrevertable = AuditEntry.unrevertable(entries);
        Map<Long, Long> cascadeSizes = AuditEntry.cascadeSizes(entries);
        Map<Long, Long> latestReverts = AuditEntry.latestRevertsOf(entries);
        Map<String, AuditEntry> latestChanges = AuditEntry.latestChangesToRecordsOf(entries);
        List<EntryView> views = new ArrayList<>();
        for (AuditEntry entry : entries) {
            Map<String, String> before = named.get(entry).get(0);
            Map<String, String> after = named.get(entry).get(1);
            List<FieldChange> changes = new ArrayList<>();
            for (Field f : fieldsByType.get(entry.recordType)) {
                String b = before.get(f.name());
                String a = after.get(f.name());
                if (!Objects.equals(emptyToNull(b), emptyToNull(a))) {
                    changes.add(new FieldChange(f.label(), f.display(b), f.display(a)));
                }
            }
            boolean nothingToRevert = unrevertable.contains(entry);
            String wouldReplace = nothingToRevert ? null
                    : wouldReplace(entry, latestChanges.get(entry.recordKey()), fieldsByType.get(entry.recordType));
            views.add(new EntryView(entry, changes, nothingToRevert ? Reverts.unrevertable(entry,
                    registry.forType(entry.recordType).map(RecordEditor::noun).orElse("record")) : null,
                    cascadeSizes.getOrDefault(entry.id, 0L), latestReverts.get(entry.id), wouldReplace));
        }
        return views;
    }

    /**
     * For an update whose record was changed since: what reverting it would replace of those later changes, said
     * beforehand (null where nothing), read from the record's latest change, whose values after are its values now.
     */
    private static String wouldReplace(AuditEntry change, AuditEntry latest, List<Field> fieldsOfKind) {
        if (change.action != AuditEntry.Action.UPDATED || latest == null || latest.id.equals(change.id)
                || latest.action == AuditEntry.Action.DELETED) {
            return null;
        }
        return Reverts.wouldReplace(fieldsOfKind, EditService.replacedByRevert(latest.after(), change));
    }

    /**
     * Each entry's snapshots before and after, with the ids of lookup fields replaced by names: one query per kind of
     * record looked up, for all the entries of a type at once.
     */
    private static Map<AuditEntry, List<Map<String, String>>> namedSnapshots(List<AuditEntry> entries,
            Map<String, List<Field>> fieldsByType) {
        Map<AuditEntry, List<Map<String, String>>> named = new IdentityHashMap<>();
        Map<String, List<AuditEntry>> byType = new LinkedHashMap<>();
        entries.forEach(e -> byType.computeIfAbsent(e.recordType, t -> new ArrayList<>()).add(e));
        byType.forEach((type, ofType) -> {
            List<Map<String, String>> snapshots = new ArrayList<>();
            for (AuditEntry entry : ofType) {
                snapshots.add(entry.before() == null ? Map.of() : entry.before());
                snapshots.add(entry.after() == null ? Map.of() : entry.after());
            }
            List<Map<String, String>> shown = Lookups.named(fieldsByType.get(type), snapshots,
                    HistoryResource::namesWhenDeleted);
            for (int i = 0; i < ofType.size(); i++) {
                named.put(ofType.get(i), shown.subList(2 * i, 2 * i + 2));
            }
        });
        return named;
    }

    /**
     * The names records of one kind had when they were deleted, marked so ("XenSource (deleted)", once merged into
     * Citrix): what the history shows for a reference to a record that is gone. One query.
     */
    private static Map<Long, String> namesWhenDeleted(Lookup lookup, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        AuditEntry.valuesWhenDeleted(lookup.kind(), ids).forEach((id, values) -> {
            String name = values.getOrDefault("name", values.get("title"));
            if (name != null) {
                names.put(id, name + " (deleted)");
            }
        });
        return names;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() || s.equals("false") ? null : s;
    }
}
