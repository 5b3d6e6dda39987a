package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Failures a visitor or bot can meet: the database out of reach is a 503 to retry, a bug a 500 with a reference. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownRecordIsA404PageThatOffersTheSearch() {
        Response response = given().accept("text/html").get("/alliances/nope");
        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertEquals("There is no alliance called 'nope'.", page.selectFirst(".error-message").text());
        assertEquals("/search?q=nope", page.selectFirst("main a.search-for").attr("href"));
        assertEquals("search for “nope”", page.selectFirst("main a.search-for").text());
        assertEquals(1, page.select("header form[role=search] input[name=q]").size(), "the search box");
    }

    @Test
    void theDatabaseOutOfReachIsA503PageThatSaysWhenToComeBack() {
        Response response = given().accept("text/html").get("/test-only/failing/database-out-of-reach");
        assertEquals(503, response.statusCode());
        assertEquals(String.valueOf(ErrorPages.RETRY_AFTER_SECONDS), response.header("Retry-After"));
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        Document page = Jsoup.parse(response.asString());
        assertEquals("Service unavailable", page.selectFirst("h1").text());
        assertTrue(page.text().contains("try again in a minute"), page.text());
        assertFalse(page.text().contains("127.0.0.1"), "the database's address stays in the log");
        assertTrue(response.header("Cache-Control").contains("no-store"), response.header("Cache-Control"));
    }

    @Test
    void theDatabaseOutOfReachIsA503ProblemForTheApiClient() {
        Response response = given().accept("application/json").get("/test-only/failing/database-out-of-reach");
        assertEquals(503, response.statusCode());
        assertEquals(ErrorPages.PROBLEM_JSON, response.contentType());
        assertEquals(503, response.jsonPath().getInt("status"));
        assertEquals("Service unavailable", response.jsonPath().getString("title"));
        assertEquals(String.valueOf(ErrorPages.RETRY_AFTER_SECONDS), response.header("Retry-After"));
    }

    @Test
    void aBugIsA500WithAReferenceAndNothingOfTheException() {
        Response page = given().accept("text/html").get("/test-only/failing/bug");
        assertEquals(500, page.statusCode());
        assertNull(page.header("Retry-After"));
        String text = Jsoup.parse(page.asString()).text();
        assertTrue(text.matches(".*quote reference [0-9a-f]{8}\\..*"), text);
        assertFalse(text.contains("hunter2") || text.contains("IllegalStateException"), text);

        Response problem = given().accept("application/json").get("/test-only/failing/bug");
        assertEquals(500, problem.statusCode());
        assertEquals(ErrorPages.PROBLEM_JSON, problem.contentType());
        assertFalse(problem.asString().contains("hunter2"), problem.asString());
    }
}
