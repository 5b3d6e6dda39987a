package org.alliancetracker.api;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.search.Search;

/**
 * The OpenAPI document at {@code /q/openapi} describes the API (the {@code *Api} classes; the pages and forms are left
 * out in {@code application.properties}). To each operation this adds the answers that the filters and exception
 * mappers give any request rather than the operation itself, as the problems of {@code META-INF/openapi.yaml}: a
 * malformed request (400), the rate limit (429) and a database out of reach (503); a record the address names that
 * is not there (404) where the path has a parameter; and, to each read, the 304 of a conditional request. It also
 * says what each parameter takes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {

    /**
     * What each parameter takes, by its name: a name means the same in every operation that has it. A parameter an
     * annotation describes keeps its own words.
     */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("limit", "How many items a page holds: 1 to " + Paging.MAX_LIMIT + ", " + Paging.DEFAULT_LIMIT
                    + " when left out."),
            Map.entry("cursor", "Where the page starts: the next value (or Link header) of the page before; left out"
                    + " for the first page. Cursors stay valid forever."),
            Map.entry("after", "Where the page of changes starts: the next value of the page before; left out to"
                    + " start from the first change."),
            Map.entry("slug", "The record's short name, as in its address on the site (open-virtualization-alliance)."
                    + " An old slug is answered 301 with the current address."),
            Map.entry("at", "A date, 2011, 2011-06 or 2011-06-15, a year or a month meaning its last day: only"
                    + " the members or backers on that day, as the site's pages count them; left out for all."),
            Map.entry("tier", "A tier's name, in any case: only the members of that tier."),
            Map.entry("kind", "One kind of organization: " + Arrays.stream(OrganizationKind.values())
                    .map(OrganizationKind::parameter).collect(Collectors.joining(", ")) + "."),
            Map.entry("from", "A project's slug: only the moves away from it."),
            Map.entry("to", "A project's slug: only the moves to it."),
            Map.entry("q", "The text to find, up to " + Search.MAX_QUERY_LENGTH + " characters; case, accents,"
                    + " spaces and punctuation are ignored."),
            Map.entry("type", "The kind of record, as in the change feed: alliance, organization, membership,"
                    + " backing, backer-change, source..."),
            Map.entry("id", "The record's id, as in the change feed and in other records' fields."),
            Map.entry("If-Match", "The record's version, as its ETag gives it (\"3\"): the change is refused (412) if"
                    + " someone saved it since."),
            Map.entry("If-None-Match", "An ETag this answer gave before: 304 without a body if nothing changed."));

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getDescription() == null && PARAMETERS.containsKey(parameter.getName())) {
            parameter.setDescription(PARAMETERS.get(parameter.getName()));
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> {
                APIResponses responses = operation.getResponses();
                answers(responses, "400", "BadRequest");
                if (path.contains("{")) {
                    answers(responses, "404", "NotFound");
                }
                if (method == PathItem.HttpMethod.GET) {
                    answers(responses, "304", "NotModified");
                }
                answers(responses, "429", "TooManyRequests");
                answers(responses, "503", "ServiceUnavailable");
            });
        });
    }

    /** Documents the status with the shared answer of that name, in place of the bare one the scanner may give. */
    private static void answers(APIResponses responses, String status, String sharedAnswer) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(sharedAnswer));
    }
}
