package org.alliancetracker.source;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import org.alliancetracker.api.Paging;
import org.alliancetracker.api.Paging.Page;
import org.alliancetracker.api.Views;
import org.alliancetracker.web.RecordNotFoundException;

/** The sources that facts cite by id. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceApi {

    public record SourceView(long id, String title, String publisher, String url, String published, String note) {

        public static SourceView of(Source source) {
            return new SourceView(source.id, source.title, source.publisher, source.url, Views.iso(source.published),
                    source.note);
        }
    }

    /** Every source, so that a bot mirroring the facts reads their sources a page at a time, not one by one. */
    @GET
    @Operation(summary = "All sources, in id order, a page at a time")
    public RestResponse<Page<SourceView>> list(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        List<Source> page = Source.after(Paging.after("cursor", cursor), size + 1);
        return Paging.page(page, size, s -> s.id, SourceView::of, uri, "cursor");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source")
    public SourceView get(@PathParam("id") String id) {
        Source source = id.matches("[0-9]{1,18}") ? Source.findById(Long.parseLong(id)) : null;
        if (source == null) {
            throw new RecordNotFoundException("source", id);
        }
        return SourceView.of(source);
    }
}
