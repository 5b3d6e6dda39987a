package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A 405 names the methods its address answers, as RFC 9110 requires. */
@QuarkusTest
class AllowedMethodsTest {

    private static Set<String> methods(String header) {
        return new TreeSet<>(Arrays.stream(header.split(",")).map(String::strip).toList());
    }

    /**
     * Allow lists exactly the methods that are not refused with a 405. (RESTEasy Reactive's own answer to OPTIONS
     * lists more: every method declared under a prefix of the address, such as POST on {@code /} for
     * {@code /login}.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/alliances", "/alliances/open-virtualization-alliance", "/organizations/ibm",
            "/timelines/alliances/open-virtualization-alliance/swimlanes.svg", "/login", "/import",
            "/api/v1/alliances", "/api/v1/alliances/open-virtualization-alliance", "/api/v1/changes",
            "/api/v1/records/organizations/1", "/feed.atom"})
    void aMethodNotAllowedGetsTheListOfThoseThatAre(String path) {
        Set<String> answered = new TreeSet<>(Set.of("OPTIONS"));
        String refused = null;
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")) {
            if (given().redirects().follow(false).request(method, path).statusCode() == 405) {
                refused = method;
            } else {
                answered.add(method);
            }
        }
        Response answer = given().request(refused, path);
        assertEquals(405, answer.statusCode(), refused + " " + path);
        assertEquals(answered, methods(answer.header("Allow")), refused + " " + path);
        Set<String> options = methods(given().options(path).then().statusCode(200).extract().header("Allow"));
        assertTrue(options.containsAll(answered), "OPTIONS lists " + options);
    }

    @Test
    void anAddressThatOnlyTakesFormsAllowsPostAlone() {
        Response answer = given().get("/logout");
        assertEquals(405, answer.statusCode());
        assertEquals("OPTIONS, POST", answer.header("Allow"));
    }

    @Test
    void theApiAnswersItsRefusalAsAProblemWithTheAllowHeader() {
        Response answer = given().delete("/api/v1/changes");
        assertEquals(405, answer.statusCode());
        assertTrue(answer.contentType().startsWith(ErrorPages.PROBLEM_JSON), answer.contentType());
        assertEquals(405, answer.jsonPath().getInt("status"));
        assertEquals("GET, HEAD, OPTIONS", answer.header("Allow"));
    }

    @Test
    void templatesMatchOneSegmentPerVariableAndTheirOwnExpressions() {
        Pattern slug = AllowedMethods.patternOf("/alliances/{slug}");
        assertTrue(slug.matcher("/alliances/ova").matches());
        assertTrue(slug.matcher("/alliances/ova/").matches(), "a trailing slash is optional");
        assertFalse(slug.matcher("/alliances/ova/edit").matches());
        assertFalse(slug.matcher("/alliances").matches());
        Pattern year = AllowedMethods.patternOf("/" + "/history/{year: \\d{4}}.json");
        assertTrue(year.matcher("/history/2011.json").matches());
        assertFalse(year.matcher("/history/20111.json").matches());
        assertFalse(year.matcher("/history/2011xjson").matches(), "literal text is not a pattern");
        assertTrue(AllowedMethods.patternOf("/").matcher("/").matches());
    }
}
