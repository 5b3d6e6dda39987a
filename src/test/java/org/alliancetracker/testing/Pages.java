package org.alliancetracker.testing;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches a page as a visitor and parses it, so tests assert on elements rather than on whole HTML strings. */
public final class Pages {

    private Pages() {
    }

    public static Document get(String path) {
        return get(path, 200);
    }

    public static Document get(String path, int expectedStatus) {
        String html = given().accept("text/html").when().get(path)
                .then().statusCode(expectedStatus).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }
}
