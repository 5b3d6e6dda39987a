package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StylesheetTest {

    private static String css() {
        return given().get("/style.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString("@media (prefers-color-scheme: dark)")).extract().asString();
    }

    @Test
    void theStylesheetIsWellFormedWithNoRuleWrittenTwice() {
        String css = css();
        assertEquals(css.chars().filter(c -> c == '{').count(), css.chars().filter(c -> c == '}').count());
        String topLevel = css.replaceAll("(?s)@media[^{]*\\{(?:[^{}]*\\{[^{}]*\\})*[^{}]*\\}", "");
        Matcher rule = Pattern.compile("([^{}]+)\\{").matcher(topLevel);
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        while (rule.find()) {
            String selector = rule.group(1).strip();
            if (!seen.add(selector)) {
                twice.add(selector);
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void printingHidesNavigationAndFormsAndShowsChartsWhole() {
        String css = css();
        String print = css.substring(css.indexOf("@media print"));
        String hidden = print.substring(0, print.indexOf("{ display: none; }"));
        for (String selector : List.of(".site-header nav", ".site-search", ".at-form", ".filter-form", ".edit-links",
                ".account-links", ".name-index")) {
            assertTrue(hidden.contains(selector), selector + " is not hidden in print");
        }
        assertTrue(print.contains(".chart-scroll svg { max-width: 100%"));
    }
}
