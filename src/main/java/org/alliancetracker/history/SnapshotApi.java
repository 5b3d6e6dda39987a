package org.alliancetracker.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.alliancetracker.api.Paging;
import org.alliancetracker.web.InvalidParameterException;

/**
 * Every record as it stands, for a bot that starts a mirror: the values the change feed would leave it with, a page
 * at a time, without the changes since superseded. All its pages show the data at one moment, whatever is written
 * while a bot reads them; {@code changesAfter} is the change feed's cursor at that moment, to follow from there.
 */
@Path("/api/v1/snapshot")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed")
public class SnapshotApi {

    /**
     * A record's values, as the {@code data} of its latest change in the feed.
     *
     * @param changeId the id of that change
     */
    public record SnapshotItem(String type, long recordId, String changeId, Map<String, String> data) {

        static SnapshotItem of(AuditEntry e) {
            return new SnapshotItem(e.recordType, e.recordId, String.valueOf(e.id), e.after());
        }
    }

    /** A page of records of one kind. */
    public record SnapshotPage(List<SnapshotItem> items,
            @Schema(description = "The cursor of the next page, for the cursor parameter; null after the last page")
            String next,
            @Schema(description = "The change feed's cursor at the snapshot's moment: the after parameter of"
                    + " /api/v1/changes that gives every change since")
            String changesAfter) {
    }

    /** Where a page starts: the snapshot's moment (a change's id), a kind of record, and the record id before. */
    record Position(long asOf, int kind, long afterRecordId) {

        private static final Pattern CURSOR = Pattern.compile("snapshot:([0-9]{1,18}):([0-9]{1,2}):([0-9]{1,18})");

        static Position of(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return new Position(AuditEntry.latestId(), 0, 0);
            }
            Optional<Matcher> parts = Paging.opened(cursor).map(CURSOR::matcher).filter(Matcher::matches);
            if (parts.isPresent() && Integer.parseInt(parts.get().group(2)) < AuditEntry.RECORD_TYPES.size()) {
                return new Position(Long.parseLong(parts.get().group(1)), Integer.parseInt(parts.get().group(2)),
                        Long.parseLong(parts.get().group(3)));
            }
            throw new InvalidParameterException("cursor", "The parameter 'cursor' is not a cursor of the snapshot."
                    + " Start without it, then use the 'next' value (or the Link header) of each page.");
        }

        String cursor() {
            return Paging.opaque("snapshot:" + asOf + ":" + kind + ":" + afterRecordId);
        }
    }

    @GET
    @Operation(summary = "Every record as it stands, a page of one kind at a time, in the order a mirror can create"
            + " them (what a record refers to comes first); then follow the change feed from changesAfter")
    public RestResponse<SnapshotPage> snapshot(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Only the records of these kinds, separated by commas (membership,backing), as"
                    + " the change feed's parameter of that name gives their changes; send it again with each next"
                    + " cursor. Left out for every kind.")
            @QueryParam("type") String type, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        List<String> asked = ChangeFeedApi.recordTypes(type);
        Position at = Position.of(cursor);
        List<String> kinds = AuditEntry.RECORD_TYPES;
        List<AuditEntry> entries = List.of();
        int kind = at.kind();
        long after = at.afterRecordId();
        // A kind with no record left, or not asked for, gives no page of its own: the next kind's records come instead.
        while (entries.isEmpty() && kind < kinds.size()) {
            entries = asked.isEmpty() || asked.contains(kinds.get(kind))
                    ? AuditEntry.latestOf(kinds.get(kind), after, at.asOf(), size + 1) : List.of();
            if (entries.isEmpty()) {
                kind++;
                after = 0;
            }
        }
        boolean more = entries.size() > size;
        List<AuditEntry> shown = more ? entries.subList(0, size) : entries;
        Position next = more ? new Position(at.asOf(), kind, shown.get(size - 1).recordId)
                : kind + 1 < kinds.size() ? new Position(at.asOf(), kind + 1, 0) : null;
        RestResponse.ResponseBuilder<SnapshotPage> response = RestResponse.ResponseBuilder.ok(new SnapshotPage(
                shown.stream().map(SnapshotItem::of).toList(), next == null ? null : next.cursor(),
                Paging.cursor(at.asOf())), MediaType.APPLICATION_JSON_TYPE);
        if (next != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", next.cursor())
                    .build() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
