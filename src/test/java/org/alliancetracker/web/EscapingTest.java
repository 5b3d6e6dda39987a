package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.Pages;

/** A name made of markup is shown as text on every page that shows it, never run or parsed as markup. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {

    private static final String HOSTILE = "<script>alert('x')</script> \"Evil\" & <b>Co</b>";

    private GeneratedData data;

    @BeforeAll
    void createHostileNames() {
        data = GeneratedData.allianceWithMembers(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization evil = Organization.findBySlug(data.prefix + "-org-0").orElseThrow();
            evil.name = HOSTILE;
            evil.description = "<img src=x onerror=alert(1)>";
            GeneratedData.touch();
        });
    }

    @AfterAll
    void removeThem() {
        data.close();
    }

    @Test
    void theNameIsTextOnEveryPage() {
        for (String path : List.of("/alliances/" + data.alliance.slug, "/organizations/" + data.prefix + "-org-0",
                "/projects/" + data.project.slug, "/organizations", "/search?q=evil")) {
            Document page = Pages.get(path);
            assertTrue(page.select("script").isEmpty(), path);
            assertTrue(page.select("main b, main img").isEmpty(), path);
            assertTrue(page.selectFirst("main").text().contains(HOSTILE), path);
        }
    }

    @Test
    void theSearchTextIsEscapedToo() {
        Document page = Pages.get("/search?q=<script>alert(1)</script>");
        assertTrue(page.select("script").isEmpty());
        assertEquals("<script>alert(1)</script>", page.selectFirst("input#q").val());
    }
}
