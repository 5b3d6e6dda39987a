package org.alliancetracker.sitemap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.config.TrackerConfig;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;
import org.alliancetracker.web.Addresses;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * For search engines: what not to crawl (robots.txt) and the public page of every record (sitemaps, as
 * sitemaps.org describes them). The sitemap is an index of parts: the lists, alliances and projects in one, and
 * the organizations and the sources, the numerous kinds, each in parts of at most 50,000 addresses, the protocol's
 * limit per file ({@code tracker.sitemap.addresses-per-part}). Each part costs one query per kind it lists.
 */
@Path("/")
public class SitemapResource {

    private static final String ORGANIZATIONS = "organizations";
    private static final String SOURCES = "sources";

    @Inject
    TrackerConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance robots(String sitemap);

        static native TemplateInstance index(List<String> sitemaps);

        static native TemplateInstance addresses(List<String> addresses);
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public TemplateInstance robots(@Context UriInfo uri) {
        return Templates.robots(Addresses.absolute(uri, "/sitemap.xml"));
    }

    @GET
    @Path("sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance index(@Context UriInfo uri) {
        List<String> sitemaps = new ArrayList<>();
        sitemaps.add(Addresses.absolute(uri, "/sitemaps/pages.xml"));
        addParts(sitemaps, uri, ORGANIZATIONS, Organization.count());
        addParts(sitemaps, uri, SOURCES, Source.count());
        return Templates.index(sitemaps);
    }

    /** The addresses of a kind's parts; the first is there even when there are no records, as a stable address. */
    private void addParts(List<String> sitemaps, UriInfo uri, String kind, long records) {
        int size = config.sitemap().addressesPerPart();
        long parts = Math.max(1, (records + size - 1) / size);
        for (long part = 1; part <= parts; part++) {
            sitemaps.add(Addresses.absolute(uri, "/sitemaps/" + kind + "-" + part + ".xml"));
        }
    }

    @GET
    @Path("sitemaps/pages.xml")
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance pages(@Context UriInfo uri) {
        List<String> paths = new ArrayList<>(List.of("/", "/alliances", "/organizations", "/projects", "/sources"));
        for (String slug : Alliance.allSlugs()) {
            paths.add("/alliances/" + slug);
            paths.add("/timelines/alliances/" + slug);
        }
        Project.allSlugs().forEach(slug -> paths.add("/projects/" + slug));
        return Templates.addresses(paths.stream().map(path -> Addresses.absolute(uri, path)).toList());
    }

    @GET
    @Path("sitemaps/organizations-{part}.xml")
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance organizations(@PathParam("part") String part, @Context UriInfo uri) {
        return part(ORGANIZATIONS, part, uri, (offset, size) -> Organization.slugs(offset, size).stream()
                .map(slug -> "/organizations/" + slug).toList());
    }

    @GET
    @Path("sitemaps/sources-{part}.xml")
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance sources(@PathParam("part") String part, @Context UriInfo uri) {
        return part(SOURCES, part, uri, (offset, size) -> Source.ids(offset, size).stream()
                .map(id -> "/sources/" + id).toList());
    }

    /** One part of a kind's pages: the n-th stretch of {@code addresses-per-part} records, in one query. */
    private TemplateInstance part(String kind, String part, UriInfo uri,
            BiFunction<Integer, Integer, List<String>> paths) {
        int size = config.sitemap().addressesPerPart();
        int number = part.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(part) : 0;
        long offset = (number - 1L) * size;
        List<String> found = number == 0 || offset > Integer.MAX_VALUE ? List.of() : paths.apply((int) offset, size);
        // The first part is there even without records, as the index names it.
        if (number == 0 || (found.isEmpty() && number > 1)) {
            throw new RecordNotFoundException("part of the sitemap", kind + "-" + part);
        }
        return Templates.addresses(found.stream().map(path -> Addresses.absolute(uri, path)).toList());
    }
}
