package org.alliancetracker.feed;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.alliancetracker.history.AuditEntry;

/**
 * The Atom and JSON Feed of the changes that a record's page shows, at {@code {slug}/feed.atom} and
 * {@code {slug}/feed.json} below the resource that extends it (alliances, projects, organizations). Each resource says
 * which record a slug names and which changes concern it.
 */
public abstract class RecordFeeds {

    /** A record's page, its name, and its newest changes, newest first. */
    public record RecordFeed(String page, String name, List<AuditEntry> entries) {
    }

    @Inject
    FeedResource feeds;

    @GET
    @Path("{slug}/feed.atom")
    @Produces(FeedResource.ATOM)
    public Response feedAtom(@PathParam("slug") String slug, @Context UriInfo uri) {
        return feed(FeedResource.ATOM, slug, uri);
    }

    @GET
    @Path("{slug}/feed.json")
    @Produces(FeedResource.JSON_FEED)
    public Response feedJson(@PathParam("slug") String slug, @Context UriInfo uri) {
        return feed(FeedResource.JSON_FEED, slug, uri);
    }

    private Response feed(String type, String slug, UriInfo uri) {
        RecordFeed feed = feedOf(slug);
        return feeds.ofPage(type, feed.page(), feed.name(), feed.entries(), uri);
    }

    /**
     * The feed of the record {@code slug} names, with up to {@link FeedResource#ITEMS} changes.
     *
     * @throws org.alliancetracker.web.RecordNotFoundException when it names none
     */
    protected abstract RecordFeed feedOf(String slug);
}
