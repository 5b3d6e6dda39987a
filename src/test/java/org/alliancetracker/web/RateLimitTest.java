package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.SmallRateLimitProfile;

@QuarkusTest
@TestProfile(SmallRateLimitProfile.class)
class RateLimitTest {

    @Test
    void aClientOverItsBudgetIsToldToWaitAndConditionalRequestsStayFree() throws InterruptedException {
        startInAFreshWindow();
        Response first = given().get("/api/v1/projects");
        assertEquals(String.valueOf(SmallRateLimitProfile.LIMIT), first.header("RateLimit-Limit"));
        String etag = first.header("ETag");
        int remaining = Integer.parseInt(first.header("RateLimit-Remaining"));
        assertTrue(remaining < SmallRateLimitProfile.LIMIT);
        for (int i = 0; i < 3; i++) {
            Response notModified = given().header("If-None-Match", etag).get("/api/v1/projects");
            assertEquals(304, notModified.statusCode());
            assertEquals(String.valueOf(remaining), notModified.header("RateLimit-Remaining"), "a 304 costs nothing");
        }
        Response refused = null;
        for (int i = 0; i <= remaining; i++) {
            refused = given().get("/api/v1/projects");
        }
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        assertNotNull(refused.header("Retry-After"));
        assertEquals("0", refused.header("RateLimit-Remaining"));
        assertTrue(refused.jsonPath().getString("detail").contains("do not count"));
        assertEquals(304, given().header("If-None-Match", etag).get("/api/v1/projects").statusCode(),
                "a bot over its budget may still poll conditionally");
        assertEquals(200, given().get("/alliances").statusCode(), "pages for people are not limited");
    }

    /**
     * The budget renews at each minute on the clock, which this machine shares with the server: near the end of a
     * minute, wait for the next, so that the test's two dozen requests fall in one window.
     */
    private static void startInAFreshWindow() throws InterruptedException {
        long millisLeft = 60_000 - System.currentTimeMillis() % 60_000;
        if (millisLeft < 20_000) {
            Thread.sleep(millisLeft + 100);
        }
    }
}
