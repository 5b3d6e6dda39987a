package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/alliances/open-virtualization-alliance", "/login", "/api/v1/alliances",
            "/timelines/alliances/open-virtualization-alliance/growth.svg", "/alliances/nope"})
    void everyAnswerRefusesInlineScriptFramingAndSniffing(String path) {
        // The second request of a public answer is a kept one, sent with the headers it was kept with.
        for (Response response : List.of(given().get(path), given().get(path), given().put(path))) {
            String csp = only(response, "Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
                    && !csp.contains("unsafe-eval"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("object-src 'none'") && csp.contains("form-action 'self'"), csp);
            assertEquals("DENY", only(response, "X-Frame-Options"));
            assertEquals("nosniff", only(response, "X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", only(response, "Referrer-Policy"));
            assertEquals("max-age=31536000; includeSubDomains", only(response, "Strict-Transport-Security"),
                    "a year, subdomains too");
        }
    }

    /** The header's one value: set twice, a header reads as a list of both, which some clients do not parse. */
    private static String only(Response response, String header) {
        List<String> values = response.headers().getValues(header);
        assertEquals(1, values.size(), header + ": " + values);
        return values.get(0);
    }

    @Test
    void embedViewsMayBeFramedByAnySite() {
        Response embed = given().get("/embed/alliances/open-virtualization-alliance/growth");
        assertTrue(embed.header("Content-Security-Policy").contains("frame-ancestors *"));
        assertNull(embed.header("X-Frame-Options"));
    }

    @Test
    void theChartStyleIsAllowedByItsHashAndNothingElseInlineIs() throws Exception {
        String html = given().get("/timelines/alliances/open-virtualization-alliance").asString();
        String csp = given().get("/timelines/alliances/open-virtualization-alliance").header("Content-Security-Policy");
        var page = Jsoup.parse(html);
        String css = page.selectFirst("svg style").wholeText();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(page.selectFirst("svg style").wholeText().getBytes(StandardCharsets.UTF_8)));
        assertTrue(csp.contains("'sha256-" + hash + "'"), "the inline chart style matches the policy's hash");
        assertFalse(css.isBlank());
        assertTrue(page.select("script").isEmpty() && page.select("[style]").isEmpty()
                && page.select("[onclick]").isEmpty());
    }

    @Test
    void theStaticFilesAreNotSniffed() {
        for (String path : List.of("/style.css", "/favicon.svg")) {
            Response response = given().get(path);
            assertEquals("nosniff", only(response, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", only(response, "Referrer-Policy"), path);
        }
    }
}
