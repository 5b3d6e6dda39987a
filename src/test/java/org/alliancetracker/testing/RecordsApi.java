package org.alliancetracker.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

/** Writes through the records API with a personal token, as a bot does, each with the version it read. */
public final class RecordsApi {

    private RecordsApi() {
    }

    public static String path(String type, long id) {
        return "/api/v1/records/" + type + "/" + id;
    }

    /** Creates the record; answers its id. */
    public static long create(String token, String type, Map<String, String> fields) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(fields)
                .post("/api/v1/records/" + type).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Sets these fields of the record, leaving its others as they are. */
    public static void update(String token, String type, long id, Map<String, String> fields) {
        String etag = given().get(path(type, id)).header("ETag");
        given().header("Authorization", "Bearer " + token).header("If-Match", etag).contentType("application/json")
                .body(fields).put(path(type, id)).then().statusCode(200);
    }

    /** Deletes the record, with whatever is deleted with it. */
    public static void delete(String token, String type, long id) {
        String etag = given().get(path(type, id)).header("ETag");
        given().header("Authorization", "Bearer " + token).header("If-Match", etag).delete(path(type, id)).then()
                .statusCode(204);
    }
}
