package org.alliancetracker.search;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.alliancetracker.source.SourceApi.SourceView;
import org.alliancetracker.web.InvalidParameterException;

/** The search page's answer for bots: what a search finds (see {@link Search}), records by slug and sources by id. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchApi {

    /** @param matchedFormerNames the organization's former names that hold the text, oldest first */
    public record OrganizationHit(long id, String slug, String name, String kind, List<String> matchedFormerNames) {
    }

    public record AllianceHit(long id, String slug, String name, String abbreviation) {
    }

    public record ProjectHit(long id, String slug, String name, String license) {
    }

    /** @param more whether the search found more than these, the best matches */
    public record Hits<T>(List<T> items, boolean more) {

        static <R, T> Hits<T> of(Search.Found<R> found, Function<R, T> hit) {
            return new Hits<>(found.shown().stream().map(hit).toList(), found.more());
        }
    }

    /** @param kind alliance, organization or project, as in the record's address */
    public record Suggestion(String kind, String slug, String name) {
    }

    /**
     * Without the text searched for: the client knows it, and an answer that echoes no input reflects nothing.
     *
     * @param didYouMean where nothing holds the text, up to five records whose names it may be a misspelling of (a
     *     few letters added, dropped or changed), the closest first; else empty
     */
    public record Results(Hits<OrganizationHit> organizations, Hits<AllianceHit> alliances, Hits<ProjectHit> projects,
            Hits<SourceView> sources, List<Suggestion> didYouMean) {
    }

    @GET
    @Operation(summary = "Organizations, alliances and projects whose name holds the text (q), and sources whose title"
            + " or publisher holds it, ignoring case, accents, spaces and punctuation: equal names first, then names"
            + " that start with it; at most 50 of each kind; where nothing holds it, the names it may be a misspelling"
            + " of")
    public Results search(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "Give the text to search for in 'q'.");
        }
        Search search = Search.of(q);
        return new Results(
                Hits.of(search.organizations(), o -> new OrganizationHit(o.id, o.slug, o.name, o.kind.name(),
                        search.formerNames().getOrDefault(o.id, List.of()))),
                Hits.of(search.alliances(), a -> new AllianceHit(a.id, a.slug, a.name, a.abbreviation)),
                Hits.of(search.projects(), p -> new ProjectHit(p.id, p.slug, p.name, p.license.name())),
                Hits.of(search.sources(), SourceView::of),
                search.spelledAlike().stream().map(miss -> new Suggestion(miss.kind(), miss.slug(), miss.name()))
                        .toList());
    }
}
