package org.alliancetracker.history;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.api.Paging;
import org.alliancetracker.web.InvalidParameterException;

/**
 * The change feed: every change to the data, oldest first, from the audit log. A bot that starts without a cursor
 * and follows {@code next} until a page comes back empty holds an exact copy of the data; polling with the last
 * {@code next} then returns only what changed since. Cursors stay valid forever.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed")
public class ChangeFeedApi {

    /**
     * One change. {@code data} holds the record's values after the change (field names as in the forms, references
     * as ids); a deletion is a tombstone with {@code data} null and the last values in {@code before}. A revert
     * names the change it reverts in {@code reverts}; a change a deletion made to another record (deleting it with
     * the deleted one, or taking the deleted one out of its fields) names that deletion in {@code madeWithDeletion}.
     * Both are null otherwise.
     */
    public record ChangeView(String id, String at, String action, String type, long recordId, String summary,
            Map<String, String> data, Map<String, String> before, String reverts, String madeWithDeletion) {

        public static ChangeView of(AuditEntry e) {
            return new ChangeView(String.valueOf(e.id), e.changedAt.toString(),
                    e.action.name().toLowerCase(Locale.ROOT), e.recordType, e.recordId, e.summary, e.after(),
                    e.before(), idOrNull(e.revertsEntryId), idOrNull(e.cascadeOfEntryId));
        }

        /** A change's id as the feed gives ids (a string), or null. */
        private static String idOrNull(Long id) {
            return id == null ? null : String.valueOf(id);
        }
    }

    /** A page of changes and the cursor to ask for the next ones with. */
    public record ChangePage(List<ChangeView> items, String next) {
    }

    @GET
    @Operation(summary = "The changes after a cursor, oldest first, to every kind of record or to those asked for")
    public ChangePage changes(@QueryParam("after") String after, @QueryParam("limit") String limit,
            @Parameter(description = "Only the changes to these kinds of record, separated by commas"
                    + " (membership,backing); send it again with each next cursor. Left out for every kind.")
            @QueryParam("type") String type) {
        long afterId = Paging.after("after", after);
        List<AuditEntry> entries = AuditEntry.after(afterId, recordTypes(type), Paging.limit(limit));
        long last = entries.isEmpty() ? afterId : entries.get(entries.size() - 1).id;
        return new ChangePage(entries.stream().map(ChangeView::of).toList(), Paging.cursor(last));
    }

    /** The kinds of record a {@code type} parameter names; none for every kind. */
    static List<String> recordTypes(String type) {
        if (type == null || type.isBlank()) {
            return List.of();
        }
        List<String> types = AuditEntry.recordTypesIn(type);
        List<String> unknown = types.stream().filter(t -> !AuditEntry.RECORD_TYPES.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException("type", "The parameter 'type' names no kind of record in the feed: "
                    + String.join(", ", unknown) + ". The kinds are " + String.join(", ",
                            AuditEntry.RECORD_TYPES.stream().sorted().toList()) + ".");
        }
        return types;
    }
}
