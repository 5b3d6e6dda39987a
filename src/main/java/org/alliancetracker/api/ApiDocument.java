package org.alliancetracker.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The OpenAPI document at {@code /q/openapi} describes the API (the {@code *Api} classes; the pages and forms are left
 * out in {@code application.properties}). To each operation this adds the answers that the filters and exception
 * mappers give any request rather than the operation itself, as the problems of {@code META-INF/openapi.yaml}: a
 * malformed request (400), the rate limit (429) and a database out of reach (503); a record the address names that
 * is not there (404) where the path has a parameter; and, to each read, the 304 of a conditional request.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {

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
