package org.alliancetracker.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.alliancetracker.editing.RecordLinkResource;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.web.Addresses;

/**
 * The recent changes in plain words, for feed readers: JSON Feed 1.1 and Atom (RFC 4287), for the whole site here
 * and for each alliance (served by the alliance pages). Each item links to the page of what changed.
 */
@Path("/")
@ApplicationScoped
public class FeedResource {

    /** How many of the newest changes a feed holds. */
    public static final int ITEMS = 50;
    public static final String JSON_FEED = "application/feed+json";
    public static final String ATOM = "application/atom+xml";

    /** One item of a feed, whatever its format. */
    record Item(long id, String title, String url, Date updated) {
    }

    @GET
    @Path("feed.json")
    @Produces(JSON_FEED)
    public Response siteJson(@Context UriInfo uri) {
        return jsonFeed(uri, "Alliance Tracker: recent changes", "/", "/feed.json",
                items(uri, AuditEntry.recent(null, ITEMS)));
    }

    @GET
    @Path("feed.atom")
    @Produces(ATOM)
    public Response siteAtom(@Context UriInfo uri) {
        return atomFeed(uri, "Alliance Tracker: recent changes", "/", "/feed.atom",
                items(uri, AuditEntry.recent(null, ITEMS)));
    }

    /**
     * The feed of the changes concerning one record's page (an alliance, an organization or a project), as Atom or
     * JSON Feed ({@link #ATOM} or {@link #JSON_FEED}), at {@code {page}/feed.atom} or {@code .json}.
     */
    public Response ofPage(String type, String page, String name, List<AuditEntry> entries, UriInfo uri) {
        String title = name + ": recent changes";
        return ATOM.equals(type) ? atomFeed(uri, title, page, page + "/feed.atom", items(uri, entries))
                : jsonFeed(uri, title, page, page + "/feed.json", items(uri, entries));
    }

    /** The items of the entries, each linked to the permanent address of its record. */
    private static List<Item> items(UriInfo uri, List<AuditEntry> entries) {
        List<Item> items = new ArrayList<>();
        for (AuditEntry e : entries) {
            items.add(new Item(e.id, e.summary,
                    Addresses.absolute(uri, RecordLinkResource.of(e.recordType, e.recordId)), Date.from(e.changedAt)));
        }
        return items;
    }

    private static Response jsonFeed(UriInfo uri, String title, String home, String self, List<Item> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title);
        feed.put("home_page_url", Addresses.absolute(uri, home));
        feed.put("feed_url", Addresses.absolute(uri, self));
        feed.put("language", "en");
        feed.put("items", items.stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "change-" + i.id());
            item.put("url", i.url());
            item.put("title", i.title());
            item.put("content_text", i.title());
            item.put("date_published", i.updated().toInstant().toString());
            return item;
        }).toList());
        return Response.ok(feed).type(JSON_FEED + ";charset=UTF-8").build();
    }

    private static Response atomFeed(UriInfo uri, String title, String home, String self, List<Item> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(Addresses.absolute(uri, self));
        feed.setLink(Addresses.absolute(uri, home));
        SyndLinkImpl selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(Addresses.absolute(uri, self));
        feed.setLinks(List.of(selfLink));
        feed.setAuthor("Alliance Tracker");
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : items.get(0).updated());
        List<SyndEntry> entries = new ArrayList<>();
        for (Item i : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:alliance-tracker:change:" + i.id());
            entry.setTitle(i.title());
            entry.setLink(i.url());
            entry.setUpdatedDate(i.updated());
            entry.setPublishedDate(i.updated());
            SyndContentImpl content = new SyndContentImpl();
            content.setType("text");
            content.setValue(i.title());
            entry.setDescription(content);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            return Response.ok(out.toString()).type(ATOM + ";charset=UTF-8").build();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("A feed built here is always valid Atom", e);
        }
    }
}
