package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StylesheetTest {

    @Test
    void theAppServesItsOwnStylesheetWithDarkModeAndPrintRules() {
        given().get("/style.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("@media (prefers-color-scheme: dark)"))
                .body(containsString("@media print"));
    }
}
