package org.alliancetracker.sitemap;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

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
 * sitemaps.org describes them). The sitemap is an index of parts: the lists in one, then each kind of record's pages
 * in parts of at most 50,000 addresses, the protocol's limit per file ({@code tracker.sitemap.addresses-per-part}),
 * so that no part outgrows it however many records there are. The index costs one count query per kind of
 * record, a part one query.
 */
@Path("/")
public class SitemapResource {

    private static final List<String> LISTS = List.of("/", "/alliances", "/organizations", "/projects", "/sources",
            "/timelines", "/timelines/compare");

    /** A kind of page listed in parts: how many there are, and the paths of a stretch of them in id order. */
    private record Kind(String name, LongSupplier count, BiFunction<Integer, Integer, List<String>> paths) {
    }

    // Lambdas, not method references: Panache's static methods exist only on each entity, added at build time.
    private static final LongSupplier ALLIANCES = () -> Alliance.count();
    private static final LongSupplier PROJECTS = () -> Project.count();
    private static final List<Kind> KINDS = List.of(
            new Kind("alliances", ALLIANCES, (offset, size) -> under("/alliances/", Alliance.slugs(offset, size))),
            new Kind("timelines", ALLIANCES,
                    (offset, size) -> under("/timelines/alliances/", Alliance.slugs(offset, size))),
            new Kind("projects", PROJECTS, (offset, size) -> under("/projects/", Project.slugs(offset, size))),
            new Kind("project-timelines", PROJECTS,
                    (offset, size) -> under("/timelines/projects/", Project.slugs(offset, size))),
            new Kind("organizations", () -> Organization.count(),
                    (offset, size) -> under("/organizations/", Organization.slugs(offset, size))),
            new Kind("sources", () -> Source.count(),
                    (offset, size) -> under("/sources/", Source.ids(offset, size))));

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
        int size = config.sitemap().addressesPerPart();
        List<String> sitemaps = new ArrayList<>(List.of("/sitemaps/pages.xml"));
        // Kinds that count the same records (alliances or projects and their timelines) share one query.
        Map<LongSupplier, Long> counts = new IdentityHashMap<>();
        for (Kind kind : KINDS) {
            long records = counts.computeIfAbsent(kind.count(), LongSupplier::getAsLong);
            // The first part is there even when there are no records, as a stable address.
            long parts = Math.max(1, (records + size - 1) / size);
            for (long part = 1; part <= parts; part++) {
                sitemaps.add("/sitemaps/" + kind.name() + "-" + part + ".xml");
            }
        }
        return Templates.index(absolute(uri, sitemaps));
    }

    @GET
    @Path("sitemaps/pages.xml")
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance pages(@Context UriInfo uri) {
        return Templates.addresses(absolute(uri, LISTS));
    }

    /** One part of a kind's pages: the n-th stretch of {@code addresses-per-part} records, in one query. */
    @GET
    @Path("sitemaps/{kind:[a-z-]+}-{part}.xml")
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance part(@PathParam("kind") String name, @PathParam("part") String part, @Context UriInfo uri) {
        Kind kind = KINDS.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("part of the sitemap", name + "-" + part));
        int size = config.sitemap().addressesPerPart();
        int number = part.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(part) : 0;
        long offset = (number - 1L) * size;
        List<String> found = number == 0 || offset > Integer.MAX_VALUE ? List.of()
                : kind.paths().apply((int) offset, size);
        // The first part is there even without records, as the index names it.
        if (number == 0 || (found.isEmpty() && number > 1)) {
            throw new RecordNotFoundException("part of the sitemap", name + "-" + part);
        }
        return Templates.addresses(absolute(uri, found));
    }

    private static List<String> under(String prefix, List<?> keys) {
        return keys.stream().map(key -> prefix + key).toList();
    }

    private static List<String> absolute(UriInfo uri, List<String> paths) {
        return paths.stream().map(path -> Addresses.absolute(uri, path)).toList();
    }
}
