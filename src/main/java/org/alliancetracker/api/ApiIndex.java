package org.alliancetracker.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.web.Addresses;

/** The API's root: where a bot that knows only the site's address finds the lists, the feeds and the documentation. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API")
public class ApiIndex {

    /** The lists, the search, then the change feed and the snapshot, by name, at their paths. */
    static final Map<String, String> LINKS = linksInOrder("alliances", "/api/v1/alliances",
            "organizations", "/api/v1/organizations", "projects", "/api/v1/projects", "sources", "/api/v1/sources",
            "backerChanges", "/api/v1/backer-changes", "search", "/api/v1/search", "changes", "/api/v1/changes",
            "snapshot", "/api/v1/snapshot");
    /** The search's link is a template (RFC 6570) of its one parameter. */
    static final String SEARCH_TEMPLATE = "?q={q}";

    /**
     * The API's entry points.
     *
     * @param documentation the OpenAPI document
     * @param explorer the same document to read and try in a browser
     * @param links each list, the search (its {q} replaced by the text to find), the change feed and the snapshot
     */
    public record Root(String documentation, String explorer,
            @Schema(description = "Each list, the search ({q} stands for the text to find), the change feed and the"
                    + " snapshot, by name") Map<String, String> links) {
    }

    @GET
    @Operation(summary = "The API's entry points and its documentation, as absolute addresses")
    public Root root(@Context UriInfo uri) {
        Map<String, String> links = new LinkedHashMap<>();
        LINKS.forEach((name, path) -> links.put(name, Addresses.absolute(uri, path)
                + (name.equals("search") ? SEARCH_TEMPLATE : "")));
        return new Root(Addresses.absolute(uri, "/q/openapi"), Addresses.absolute(uri, "/q/swagger-ui/"), links);
    }

    private static Map<String, String> linksInOrder(String... namesAndPaths) {
        Map<String, String> links = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPaths.length; i += 2) {
            links.put(namesAndPaths[i], namesAndPaths[i + 1]);
        }
        return links;
    }
}
