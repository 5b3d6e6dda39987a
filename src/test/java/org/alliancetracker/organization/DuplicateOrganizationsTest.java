package org.alliancetracker.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.SqlStatements;

/** The editors' list of organizations that may be one recorded twice, and its links to merge them. */
@QuarkusTest
class DuplicateOrganizationsTest {

    private static final String REASON = "Names alike but for case, accents, spaces, punctuation, or an ending such as"
            + " Inc. or Ltd.";

    /** The section of the page whose list links every one of these organizations, or null. */
    private static Element groupOf(Document page, Organization... organizations) {
        return page.select("section.duplicates").stream().filter(section -> List.of(organizations).stream()
                .allMatch(o -> section.selectFirst("a[href=/organizations/" + o.slug + "]") != null))
                .findFirst().orElse(null);
    }

    @Test
    void namesAlikeAreListedTogetherWithLinksToMergeOneIntoTheOther() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(
                List.of("Acme Widgets", "ACME-Widgets", "Other Co"))) {
            Organization acme = data.organizations.get(0);
            Organization acmeAgain = data.organizations.get(1);
            Organization other = data.organizations.get(2);
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            assertNotEquals(null, editor.page("/organizations").selectFirst(".edit-links a[href=/edit/duplicates]"));

            Document page = editor.page("/edit/duplicates");
            Element group = groupOf(page, acme, acmeAgain);
            assertNotEquals(null, group, "the two spellings are listed together");
            assertEquals(acme.name + " and " + acmeAgain.name, group.selectFirst("h2").text());
            assertEquals(REASON, group.selectFirst(".reason").text());
            assertNull(group.selectFirst("a[href=/organizations/" + other.slug + "]"), "another name is not");
            assertEquals(2, group.select("li").size());
            Element merge = group.select("li").stream()
                    .filter(li -> li.selectFirst("a").attr("href").equals("/organizations/" + acmeAgain.slug))
                    .findFirst().orElseThrow().selectFirst("a.merge-link");
            assertEquals("Merge into " + acme.name + " (/organizations/" + acme.slug + ")", merge.text());

            // The test's client encodes the query itself, as a browser would not do twice.
            Document form = editor.page(URLDecoder.decode(merge.attr("href"), StandardCharsets.UTF_8));
            assertEquals(acme.name + " (" + acme.slug + ")", form.selectFirst("#f-into").val(),
                    "the organization to keep is filled in, as a shared name would need it");
            Response merged = editor.post(merge.attr("href").replaceFirst("\\?.*", ""), Map.of(
                    "into", form.selectFirst("#f-into").val(), "keepName", "false",
                    "version", form.selectFirst("input[name=version]").val()));
            assertEquals(303, merged.statusCode());
            assertNull(groupOf(editor.page("/edit/duplicates"), acme, acmeAgain), "merged, they are no longer listed");
        }
    }

    @Test
    void namesThatDifferByACompanysEndingAreListedTogether() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Gamma Widgets", "Gamma Widgets, Inc.",
                "GAMMA WIDGETS LTD", "Gamma Widgets Company Inc", "Gamma", "Gamma Widgetsinc Two"))) {
            List<Organization> made = data.organizations;
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            Document page = editor.page("/edit/duplicates");
            Element group = groupOf(page, made.get(0), made.get(1), made.get(2), made.get(3));
            assertNotEquals(null, group, "a name with Inc., Ltd or Company Inc after it is with the name alone");
            assertEquals(REASON, group.selectFirst(".reason").text());
            assertEquals(4, group.select("li").size(), "neither a shorter name nor one with more after it");
            assertEquals(3, group.select("li").get(0).select("a.merge-link").size(), "one link for each other one");
        }
    }

    @Test
    void namesOneLetterApartAreListedAsAPossibleMisspelling() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Widgetry Systems",
                "Widgetty Systems, Inc.", "Widgetry Systems 2", "Widgetry Sys"))) {
            List<Organization> made = data.organizations;
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            Document page = editor.page("/edit/duplicates");
            Element group = groupOf(page, made.get(0), made.get(1));
            assertNotEquals(null, group, "one letter changed, once the ending is left out");
            assertEquals("Names one letter apart once case, accents, spaces, punctuation and endings such as Inc. or"
                    + " Ltd are left out: perhaps a misspelling.", group.selectFirst(".reason").text());
            assertEquals(2, group.select("li").size());
            assertEquals(List.of("Merge into " + made.get(1).name + " (/organizations/" + made.get(1).slug + ")"),
                    group.select("li").get(0).select("a.merge-link").eachText());
            assertNull(groupOf(page, made.get(0), made.get(2)), "a digit added is another organization");
            assertNull(groupOf(page, made.get(0), made.get(3)), "more than one letter apart");
        }
    }

    @Test
    void thePageCostsTheSameStatementsForThreeGroupsAsForThirty() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        try (GeneratedData few = GeneratedData.allianceWithMembersNamed(List.of("Beta One", "beta-one", "Gamma",
                "gamma.", "Delta Co", "DELTA CO"))) {
            editor.page("/edit/duplicates");
            long forFew = SqlStatements.countDuring(() -> editor.page("/edit/duplicates"));
            List<String> names = IntStream.range(0, 27).boxed()
                    .flatMap(i -> Stream.of("Pair " + i, "PAIR-" + i)).toList();
            try (GeneratedData many = GeneratedData.allianceWithMembersNamed(names)) {
                long forMany = SqlStatements.countDuring(() -> {
                    Document page = editor.page("/edit/duplicates");
                    assertTrue(page.select("section.duplicates").size() >= 30, "thirty groups or more");
                });
                assertEquals(forFew, forMany, forFew + " statements for three groups, " + forMany + " for thirty");
                assertTrue(forMany <= 8, forMany + " statements");
            }
        }
    }

    @Test
    void aFormerNameThatIsAnotherOrganizationsNameIsListed() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Renamed Co", "Zeta Old"))) {
            Organization renamed = data.organizations.get(0);
            Organization zeta = data.organizations.get(1);
            data.addFormerName(renamed, " zeta old", null);
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            Element group = groupOf(editor.page("/edit/duplicates"), renamed, zeta);
            assertNotEquals(null, group);
            assertEquals("“" + data.prefix + " zeta old” is a former name of " + renamed.name + " and the name of "
                    + zeta.name + ".", group.selectFirst(".reason").text());
            assertTrue(group.select("a.merge-link").eachAttr("href")
                    .contains("/edit/organization/" + renamed.id + "/merge?into="
                            + (zeta.name + " (" + zeta.slug + ")").replace(" ", "+").replace("(", "%28")
                                    .replace(")", "%29")), group.select("a.merge-link").eachAttr("href").toString());

            Response visitor = Browser.visitor().get("/edit/duplicates");
            assertTrue(visitor.statusCode() == 303 || visitor.statusCode() == 302, "a visitor is sent to log in");
            assertTrue(visitor.header("Location").contains("/login"), visitor.header("Location"));
        }
    }
}
