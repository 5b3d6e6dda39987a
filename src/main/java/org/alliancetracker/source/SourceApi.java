package org.alliancetracker.source;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.api.Views;
import org.alliancetracker.web.RecordNotFoundException;

/** The sources that facts cite by id. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceApi {

    public record SourceView(long id, String title, String publisher, String url, String published, String note) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source")
    public SourceView get(@PathParam("id") String id) {
        Source source = id.matches("[0-9]{1,18}") ? Source.findById(Long.parseLong(id)) : null;
        if (source == null) {
            throw new RecordNotFoundException("source", id);
        }
        return new SourceView(source.id, source.title, source.publisher, source.url, Views.iso(source.published),
                source.note);
    }
}
