package org.alliancetracker.organization;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.ApiAuthentication;
import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.editing.EditResource;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.editing.RecordApi;

/**
 * A bot merges an organization recorded twice into the one to keep, as an editor does on the merge page
 * ({@link OrganizationMerger}): with a token, and the duplicate's version in If-Match.
 */
@Path("/api/v1/records/organization/{id}/merge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records (write)")
public class OrganizationMergeApi {

    @Inject
    ApiAuthentication authentication;

    @Inject
    AuditLog log;

    @Inject
    OrganizationMerger merger;

    /**
     * The organization to keep, by id, and whether the duplicate's name becomes one of its former names (so that
     * searches find it; true when left out).
     */
    public record MergeRequest(Long into, Boolean keepName) {
    }

    /** The organization kept, and how many of the duplicate's records moved, were combined, and were dropped. */
    public record MergeView(long id, String slug, int moved, int combined, int dropped) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge an organization recorded twice into the one to keep (needs a Bearer token and"
            + " If-Match with the duplicate's version)",
            description = "The duplicate's memberships, backings, moves, acquisitions and former names become the kept"
                    + " organization's; one the kept organization has too is kept once, citing the sources of both;"
                    + " an acquisition of one by the other is deleted; the duplicate is deleted and its addresses"
                    + " answer 301 to the kept one's. Each change is in the change feed.")
    @SecurityRequirement(name = "apiToken")
    @APIResponse(responseCode = "200", description = "Merged: the organization kept, and what moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MergeView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "InvalidRecord")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response merge(@PathParam("id") long id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("If-Match") String ifMatch, MergeRequest body) {
        Account account = authentication.require(authorization);
        int version = RecordApi.expectedVersion(ifMatch);
        if (body == null || body.into() == null) {
            throw new InvalidFormException(Map.of("into", "Send the id of the organization to keep."));
        }
        if (body.into() == id) {
            throw new InvalidFormException(Map.of("into", "Send the id of another organization than this one."));
        }
        log.actAs(account.username);
        try {
            OrganizationMerger.Outcome outcome = merger.merge(id, version, body.into(),
                    !Boolean.FALSE.equals(body.keepName()));
            return Response.ok(new MergeView(body.into(), outcome.keptSlug(), outcome.moved(), outcome.combined(),
                    outcome.dropped())).build();
        } catch (RuntimeException e) {
            if (EditResource.isConflict(e)) {
                throw new RecordApi.PreconditionFailed();
            }
            throw e;
        }
    }
}
