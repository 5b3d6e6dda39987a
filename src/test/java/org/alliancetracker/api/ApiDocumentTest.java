package org.alliancetracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * The OpenAPI document at {@code /q/openapi} describes the API a bot calls, and every answer the API gives: each
 * error a request below provokes is documented for its operation as a problem (RFC 9457), and each page's items.
 */
@QuarkusTest
class ApiDocumentTest {

    private static final String OVA = "/api/v1/alliances/open-virtualization-alliance";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** The object a {@code $ref} names ("#/components/responses/NotFound"), or the object itself. */
    private static Map<String, Object> resolved(Map<String, Object> document, Map<String, Object> object) {
        Object ref = object.get("$ref");
        if (ref == null) {
            return object;
        }
        Map<String, Object> target = document;
        for (String part : ((String) ref).substring(2).split("/")) {
            target = map(target.get(part));
            assertNotNull(target, ref + " names nothing");
        }
        return resolved(document, target);
    }

    private static Map<String, Object> operation(Map<String, Object> document, String method, String path) {
        Map<String, Object> item = map(map(document.get("paths")).get(path));
        assertNotNull(item, path + " is documented");
        Map<String, Object> operation = map(item.get(method));
        assertNotNull(operation, method + " " + path + " is documented");
        return operation;
    }

    @Test
    void onlyTheApiIsDescribedAndEveryReferenceResolves() {
        Map<String, Object> document = document();
        List<String> paths = new ArrayList<>(map(document.get("paths")).keySet());
        assertTrue(paths.contains("/api/v1/changes"), paths.toString());
        assertTrue(paths.contains("/api/v1"), "the API's root: " + paths);
        assertTrue(paths.stream().allMatch(path -> path.equals("/api/v1") || path.startsWith("/api/v1/")),
                "pages and forms are not the API: " + paths);
        Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
        assertFalse(schemas.keySet().stream().anyMatch(name -> name.contains("Template") || name.contains("Engine")),
                "no schema of the template engine: " + schemas.keySet());
        assertTrue(schemas.containsKey("Problem"), schemas.keySet().toString());
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        references.forEach(ref -> resolved(document, Map.of("$ref", ref)));
        schemas.keySet().forEach(name -> assertTrue(references.contains("#/components/schemas/" + name),
                "schema " + name + " is used"));
    }

    private static void collectReferences(Object node, List<String> references) {
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    references.add((String) value);
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectReferences(item, references));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/alliances, AllianceView", "/api/v1/alliances/{slug}/members, MemberView",
            "/api/v1/organizations, OrganizationView", "/api/v1/projects, ProjectView",
            "/api/v1/projects/{slug}/backers, BackerView", "/api/v1/backer-changes, BackerChangeView",
            "/api/v1/sources, SourceView", "/api/v1/snapshot, SnapshotItem"})
    void aListDescribesItsPageOfItemsAndTheNextCursor(String path, String view) {
        Map<String, Object> document = document();
        Map<String, Object> ok = resolved(document, map(map(operation(document, "get", path).get("responses"))
                .get("200")));
        Map<String, Object> page = resolved(document, map(map(map(ok.get("content")).get("application/json"))
                .get("schema")));
        Map<String, Object> properties = map(page.get("properties"));
        assertNotNull(properties, path + ": " + page);
        assertEquals("#/components/schemas/" + view, map(map(properties.get("items")).get("items")).get("$ref"),
                path + ": " + properties);
        assertTrue(properties.containsKey("next"), properties.toString());
    }

    @ParameterizedTest(name = "{0} {2} answers {3}")
    @CsvSource({
            "get, /api/v1/alliances, /api/v1/alliances?limit=0, 400",
            "get, /api/v1/alliances/{slug}, /api/v1/alliances/nope, 404",
            "get, /api/v1/alliances/{slug}/members, /api/v1/alliances/nope/members, 404",
            "get, /api/v1/alliances/{slug}/members, " + OVA + "/members?at=soon, 400",
            "get, /api/v1/organizations, /api/v1/organizations?kind=guild, 400",
            "get, /api/v1/organizations/{slug}, /api/v1/organizations/nope, 404",
            "get, /api/v1/projects, /api/v1/projects?cursor=nope, 400",
            "get, /api/v1/projects/{slug}, /api/v1/projects/nope, 404",
            "get, /api/v1/projects/{slug}/backers, /api/v1/projects/nope/backers, 404",
            "get, /api/v1/projects/{slug}/backers, /api/v1/projects/kvm/backers?at=soon, 400",
            "get, /api/v1/backer-changes, /api/v1/backer-changes?limit=many, 400",
            "get, /api/v1/changes, /api/v1/changes?after=nope, 400",
            "get, /api/v1/snapshot, /api/v1/snapshot?cursor=nope, 400",
            "get, /api/v1/search, /api/v1/search?q=" + "kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm"
                    + " kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm kvm, 400",
            "get, /api/v1/sources, /api/v1/sources?limit=501, 400",
            "get, /api/v1/sources/{id}, /api/v1/sources/987654321, 404",
            "get, /api/v1/records/{type}/{id}, /api/v1/records/organization/987654321, 404",
            "get, /api/v1/records/{type}/{id}, /api/v1/records/nonsense/1, 404",
            "post, /api/v1/records/{type}, /api/v1/records/organization, 401",
            "put, /api/v1/records/{type}/{id}, /api/v1/records/organization/1, 401",
            "delete, /api/v1/records/{type}/{id}, /api/v1/records/organization/1, 401"})
    void everyErrorTheApiAnswersIsDocumentedAsAProblem(String method, String documented, String path, int status) {
        Response response = given().contentType("application/json").body("{}").request(method, path);
        assertEquals(status, response.statusCode(), method + " " + path + ": " + response.asString());
        assertDocumentedProblem(method, documented, response);
    }

    @Test
    void everyRefusedWriteIsDocumentedAsAProblem() {
        String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("documented bot");
        String record = "/api/v1/records/membership/"
                + given().get("/api/v1/organizations/red-hat").jsonPath().getLong("memberships[0].id");
        int version = given().get(record).then().statusCode(200).extract().jsonPath().getInt("version");
        String create = "/api/v1/records/{type}";
        String write = "/api/v1/records/{type}/{id}";
        String stale = "\"" + (version + 1) + "\"";
        assertDocumentedProblem("post", create, bot(token).body("{\"name\": ").post("/api/v1/records/organization"),
                400);
        assertDocumentedProblem("post", create, bot(token).contentType("text/plain").body("name=x")
                .post("/api/v1/records/organization"), 415);
        assertDocumentedProblem("post", create, bot(token).body(Map.of("slug", "Not A Slug"))
                .post("/api/v1/records/organization"), 422);
        assertDocumentedProblem("post", create, bot(token).body(Map.of()).post("/api/v1/records/nonsense"), 404);
        assertDocumentedProblem("put", write, bot(token).body(Map.of("notes", "Blind")).put(record), 428);
        assertDocumentedProblem("put", write, bot(token).header("If-Match", stale).body(Map.of("notes", "Late"))
                .put(record), 412);
        assertDocumentedProblem("put", write, bot(token).header("If-Match", "\"" + version + "\"")
                .body(Map.of("joined", "soon")).put(record), 422);
        assertDocumentedProblem("delete", write, bot(token).delete(record), 428);
        assertDocumentedProblem("delete", write, bot(token).header("If-Match", stale).delete(record), 412);
        assertEquals(version, given().get(record).jsonPath().getInt("version"), "nothing refused was saved");
    }

    @Test
    void everyRefusedMergeIsDocumentedAsAProblem() {
        String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("documented merging bot");
        long redHat = given().get("/api/v1/organizations/red-hat").jsonPath().getLong("organization.id");
        long ibm = given().get("/api/v1/organizations/ibm").jsonPath().getLong("organization.id");
        String merge = "/api/v1/records/organization/" + redHat + "/merge";
        String documented = "/api/v1/records/organization/{id}/merge";
        String etag = given().get("/api/v1/records/organization/" + redHat).header("ETag");
        Map<String, Object> intoIbm = Map.of("into", ibm);
        assertDocumentedProblem("post", documented, given().contentType("application/json").body(intoIbm)
                .post(merge), 401);
        assertDocumentedProblem("post", documented, bot(token).body("{\"into\": ").header("If-Match", etag)
                .post(merge), 400);
        assertDocumentedProblem("post", documented, bot(token).body(intoIbm).post(merge), 428);
        assertDocumentedProblem("post", documented, bot(token).header("If-Match", "\"999\"").body(intoIbm)
                .post(merge), 412);
        assertDocumentedProblem("post", documented, bot(token).contentType("text/plain").body("into=1")
                .header("If-Match", etag).post(merge), 415);
        assertDocumentedProblem("post", documented, bot(token).header("If-Match", etag).body(Map.of("into", redHat))
                .post(merge), 422);
        assertDocumentedProblem("post", documented, bot(token).header("If-Match", etag).body(intoIbm)
                .post("/api/v1/records/organization/987654321/merge"), 404);
        assertEquals(200, given().get("/api/v1/records/organization/" + redHat).statusCode(), "nothing was merged");
        assertTrue(map(operation(document(), "post", documented).get("responses")).containsKey("200"));
    }

    @Test
    void everyRefusedRevertIsDocumentedAsAProblem() {
        String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("documented reverting bot");
        String slug = "apidoc-" + UUID.randomUUID().toString().substring(0, 8);
        String documented = "/api/v1/changes/{id}/revert";
        try {
            Map<String, Object> organization = Map.of("name", slug, "slug", slug, "kind", "COMPANY");
            Response made = bot(token).body(organization).post("/api/v1/records/organization");
            made.then().statusCode(201);
            bot(token).header("If-Match", made.header("ETag"))
                    .delete(made.header("Location").replaceFirst("^https?://[^/]+", "")).then().statusCode(204);
            long id = made.jsonPath().getLong("id");
            List<Long> changes = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                    "recordType = 'organization' and recordId = ?1 order by id", id).stream().map(e -> e.id).toList());
            String creation = "/api/v1/changes/" + changes.get(0) + "/revert";
            String deletion = "/api/v1/changes/" + changes.get(1) + "/revert";
            assertDocumentedProblem("post", documented, given().contentType("application/json").post(creation), 401);
            assertDocumentedProblem("post", documented, bot(token).post(creation), 409);
            assertDocumentedProblem("post", documented, bot(token).contentType("text/plain").body("x").post(creation),
                    415);
            assertDocumentedProblem("post", documented, bot(token).post("/api/v1/changes/987654321/revert"), 404);
            bot(token).body(organization).post("/api/v1/records/organization").then().statusCode(201);
            assertDocumentedProblem("post", documented, bot(token).post(deletion), 422);
            assertTrue(map(operation(document(), "post", documented).get("responses")).containsKey("200"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> GeneratedData.deleteWithPrefix(slug));
        }
    }

    @Test
    void everyRefusedRollbackIsDocumentedAsAProblem() {
        String token = Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).apiToken("documented rolling-back bot");
        String rollback = "/api/v1/changes/rollback";
        String nobody = Browser.newAccount(Role.EDITOR).username;
        assertDocumentedProblem("post", rollback, given().contentType("application/json")
                .body(Map.of("by", nobody, "from", 1)).post(rollback), 401);
        assertDocumentedProblem("post", rollback, bot(token).body("{\"by\": ").post(rollback), 400);
        assertDocumentedProblem("post", rollback, bot(token).contentType("text/plain").body("by=x").post(rollback),
                415);
        assertDocumentedProblem("post", rollback, bot(token).body(Map.of("from", 1)).post(rollback), 422);
        assertDocumentedProblem("post", rollback, bot(token).body(Map.of("by", nobody, "from", 1)).post(rollback),
                409);
        assertTrue(map(operation(document(), "post", rollback).get("responses")).containsKey("200"));
    }

    private static RequestSpecification bot(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    private static void assertDocumentedProblem(String method, String documented, Response response, int status) {
        assertEquals(status, response.statusCode(), method + " " + documented + ": " + response.asString());
        assertDocumentedProblem(method, documented, response);
    }

    private static void assertDocumentedProblem(String method, String documented, Response response) {
        String status = String.valueOf(response.statusCode());
        assertEquals("application/problem+json", response.contentType(), response.asString());
        Map<String, Object> document = document();
        Map<String, Object> responses = map(operation(document, method, documented).get("responses"));
        assertTrue(responses.containsKey(status), method + " " + documented + " documents " + status + ": "
                + responses.keySet());
        Map<String, Object> answer = resolved(document, map(responses.get(status)));
        Map<String, Object> content = map(answer.get("content"));
        assertNotNull(content, status + " has content: " + answer);
        assertEquals("#/components/schemas/Problem", map(map(content.get("application/problem+json")).get("schema"))
                .get("$ref"), status + ": " + content);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/alliances, /api/v1/alliances", "/api/v1/alliances/{slug}, " + OVA,
            "/api/v1/alliances/{slug}/members, " + OVA + "/members",
            "/api/v1/organizations, /api/v1/organizations",
            "/api/v1/organizations/{slug}, /api/v1/organizations/red-hat",
            "/api/v1/projects, /api/v1/projects", "/api/v1/projects/{slug}, /api/v1/projects/kvm",
            "/api/v1/projects/{slug}/backers, /api/v1/projects/kvm/backers",
            "/api/v1/backer-changes, /api/v1/backer-changes", "/api/v1/changes, /api/v1/changes",
            "/api/v1/search, /api/v1/search?q=kvm", "/api/v1/sources, /api/v1/sources"})
    void everyReadDocumentsItsAnswerToAConditionalRequest(String documented, String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag, path);
        assertEquals(304, given().header("If-None-Match", etag).get(path).statusCode(), path);
        Map<String, Object> responses = map(operation(document(), "get", documented).get("responses"));
        assertTrue(responses.containsKey("304"), documented + ": " + responses.keySet());
    }

    @Test
    void everyOperationDocumentsTheRateLimitAndAnOutage() {
        Map<String, Object> document = document();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            Map<String, Object> responses = map(map(operation).get("responses"));
            for (String status : List.of("429", "503")) {
                assertTrue(responses.containsKey(status), method + " " + path + " documents " + status);
            }
        }));
    }

    @Test
    void writesAskForTheApiTokenAsABearerAndReadsForNothing() {
        Map<String, Object> document = document();
        Map<String, Object> scheme = map(map(map(document.get("components")).get("securitySchemes")).get("apiToken"));
        assertEquals("http", scheme.get("type"), scheme.toString());
        assertEquals("bearer", scheme.get("scheme"), scheme.toString());
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            Object security = map(operation).get("security");
            if (method.equals("get")) {
                assertEquals(null, security, method + " " + path);
            } else {
                assertEquals(List.of(Map.of("apiToken", List.of())), security, method + " " + path);
            }
        }));
    }

    @Test
    void everyParameterSaysWhatItTakes() {
        Map<String, Object> document = document();
        List<String> undescribed = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            Object parameters = map(operation).get("parameters");
            for (Object parameter : parameters == null ? List.of() : (List<?>) parameters) {
                Object description = map(parameter).get("description");
                if (description == null || description.toString().isBlank()) {
                    undescribed.add(method + " " + path + " " + map(parameter).get("name"));
                }
            }
        }));
        assertEquals(List.of(), undescribed);
        Map<String, Object> list = operation(document, "get", "/api/v1/alliances");
        assertTrue(((List<?>) list.get("parameters")).stream().map(ApiDocumentTest::map)
                .anyMatch(p -> p.get("name").equals("limit") && p.get("description").toString().contains("500")));
    }

    @Test
    void writesDocumentWhatTheyAnswer() {
        Map<String, Object> document = document();
        assertTrue(map(operation(document, "post", "/api/v1/records/{type}").get("responses")).containsKey("201"));
        assertTrue(map(operation(document, "delete", "/api/v1/records/{type}/{id}").get("responses"))
                .containsKey("204"));
        assertTrue(map(operation(document, "put", "/api/v1/records/{type}/{id}").get("responses")).containsKey("200"));
    }
}
