package org.alliancetracker.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
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

    /** The organizations' ids a group's "different organizations" form posts, as the page holds them. */
    private static List<String> tellApartIds(Element group) {
        return group.select("form.tell-apart input[name=organization]").eachAttr("value");
    }

    /** Tells these organizations apart, as the page's form does with the token of the last page read. */
    private static void tellApart(Browser editor, List<String> ids) {
        assertEquals(303, editor.post("/edit/duplicates/not-duplicates", Map.of("organization", ids)).statusCode());
    }

    /** The list item of the told-apart pair that links both organizations, or null. */
    private static Element toldApart(Document page, Organization one, Organization other) {
        return page.select("#told-apart li").stream()
                .filter(li -> li.selectFirst("a[href=/organizations/" + one.slug + "]") != null
                        && li.selectFirst("a[href=/organizations/" + other.slug + "]") != null)
                .findFirst().orElse(null);
    }

    @Test
    void organizationsToldApartAreNoLongerListedAndMayBeListedAgain() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Widgetry Labs", "Widgetty Labs"))) {
            Organization one = data.organizations.get(0);
            Organization other = data.organizations.get(1);
            Account account = Browser.newAccount(Role.EDITOR);
            Browser editor = Browser.loggedInAs(account);
            Element group = groupOf(editor.page("/edit/duplicates"), one, other);
            assertEquals(List.of(String.valueOf(one.id), String.valueOf(other.id)), tellApartIds(group));
            assertEquals("/edit/duplicates/not-duplicates", group.selectFirst("form.tell-apart").attr("action"));
            assertEquals("They are different organizations",
                    group.selectFirst("form.tell-apart button").ownText());

            // The form as the page gives it, with its own CSRF token.
            Element form = group.selectFirst("form.tell-apart");
            Response told = editor.postRaw(form.attr("action"), Map.of("organization", tellApartIds(group),
                    "csrf-token", form.selectFirst("input[name=csrf-token]").val()));
            assertEquals(303, told.statusCode());
            assertTrue(told.header("Location").endsWith("/edit/duplicates"), told.header("Location"));
            Document page = editor.page("/edit/duplicates");
            assertEquals("Told apart " + one.name + " and " + other.name + ": they are no longer listed as possible"
                    + " duplicates.", page.selectFirst(".flash").text());
            assertNull(groupOf(page, one, other), "told apart, they are no longer listed");
            Element pair = toldApart(page, one, other);
            assertNotEquals(null, pair, "but among those told apart");
            assertTrue(pair.text().contains("told apart by " + account.username + " on "), pair.text());

            Response again = editor.postRaw(pair.selectFirst("form").attr("action"),
                    Map.of("csrf-token", pair.selectFirst("form input[name=csrf-token]").val()));
            assertEquals(303, again.statusCode());
            page = editor.page("/edit/duplicates");
            assertEquals(one.name + " and " + other.name + " are listed again where their names are alike.",
                    page.selectFirst(".flash").text());
            assertNotEquals(null, groupOf(page, one, other), "listed again");
            assertNull(toldApart(page, one, other));
        }
    }

    @Test
    void aGroupToldApartIsListedAgainWithANewcomerWithoutMergesBetweenThoseToldApart() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Omega Tools", "OMEGA-TOOLS"))) {
            Organization first = data.organizations.get(0);
            Organization second = data.organizations.get(1);
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            Element group = groupOf(editor.page("/edit/duplicates"), first, second);
            tellApart(editor, tellApartIds(group));

            Organization third = data.addOrganizationNamed("Omega Tools, Inc.");
            group = groupOf(editor.page("/edit/duplicates"), first, second, third);
            assertNotEquals(null, group, "a third spelling may be either one");
            Map<String, List<String>> mergesBySlug = group.select("li").stream().collect(Collectors.toMap(
                    li -> li.selectFirst("a").attr("href"), li -> li.select("a.merge-link").eachText()));
            assertEquals(List.of("Merge into " + third.name + " (/organizations/" + third.slug + ")"),
                    mergesBySlug.get("/organizations/" + first.slug), "not into the one told apart from it");
            assertEquals(2, mergesBySlug.get("/organizations/" + third.slug).size());
            assertEquals(3, tellApartIds(group).size());

            tellApart(editor, tellApartIds(group));
            Document page = editor.page("/edit/duplicates");
            assertNull(groupOf(page, first, third));
            assertNull(groupOf(page, second, third));
            assertNotEquals(null, toldApart(page, first, third));
            assertNotEquals(null, toldApart(page, second, third));
        }
    }

    @Test
    void tellingApartOrganizationsThatAreGoneOrNotTwoSaysSoAndChangesNothing() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Kappa Works", "KAPPA WORKS"))) {
            Organization one = data.organizations.get(0);
            Organization other = data.organizations.get(1);
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/edit/duplicates");
            for (List<String> ids : List.of(List.of(String.valueOf(one.id)), List.of("x", String.valueOf(one.id)),
                    List.of(String.valueOf(one.id), String.valueOf(one.id)), List.<String>of())) {
                Response refused = editor.post("/edit/duplicates/not-duplicates", Map.of("organization", ids));
                assertEquals(400, refused.statusCode(), ids.toString());
                assertTrue(Jsoup.parse(refused.asString()).text().contains("two organizations or more"),
                        ids.toString());
            }
            Response gone = editor.post("/edit/duplicates/not-duplicates",
                    Map.of("organization", List.of(String.valueOf(one.id), "987654321")));
            assertEquals(303, gone.statusCode());
            Document page = editor.page("/edit/duplicates");
            assertEquals("One of those organizations was merged or deleted since the list was read: look again.",
                    page.selectFirst(".flash").text());
            assertNotEquals(null, groupOf(page, one, other), "nothing was told apart");

            Response pairGone = editor.post("/edit/duplicates/not-duplicates/987654321/delete", Map.of());
            assertEquals(303, pairGone.statusCode());
            assertEquals("Those organizations were already listed again, or one of them is gone.",
                    editor.page("/edit/duplicates").selectFirst(".flash").text());

            // "List again" from a list read before one of the two was deleted: the pair is kept, but not listed again.
            tellApart(editor, List.of(String.valueOf(one.id), String.valueOf(other.id)));
            String listAgain = toldApart(editor.page("/edit/duplicates"), one, other).selectFirst("form")
                    .attr("action");
            editor.page("/edit/organization/" + other.id + "/delete");
            assertEquals(303, editor.post("/edit/organization/" + other.id + "/delete", Map.of()).statusCode());
            editor.page("/edit/duplicates");
            assertEquals(303, editor.post(listAgain, Map.of()).statusCode());
            assertEquals("Those organizations were already listed again, or one of them is gone.",
                    editor.page("/edit/duplicates").selectFirst(".flash").text());
        }
    }

    @Test
    void aPairToldApartGoesWithAnOrganizationMergedIntoAnother() {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Theta Bank", "THETA-BANK",
                "Theta Bank Ltd"))) {
            Organization kept = data.organizations.get(0);
            Organization other = data.organizations.get(1);
            Organization dropped = data.organizations.get(2);
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/edit/duplicates");
            tellApart(editor, List.of(String.valueOf(other.id), String.valueOf(dropped.id)));
            assertNotEquals(null, toldApart(editor.page("/edit/duplicates"), other, dropped));

            Document form = editor.page("/edit/organization/" + dropped.id + "/merge");
            assertEquals(303, editor.post("/edit/organization/" + dropped.id + "/merge", Map.of(
                    "into", kept.name + " (" + kept.slug + ")", "keepName", "false",
                    "version", form.selectFirst("input[name=version]").val())).statusCode());
            Document page = editor.page("/edit/duplicates");
            assertNull(toldApart(page, other, dropped), "the pair went with the organization merged");
            assertNotEquals(null, groupOf(page, kept, other), "the two left are still alike");

            // The merge reverted, the organization is back, told apart from the other as it was.
            long merge = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("recordType ="
                    + " 'organization' and recordId = ?1 and action = ?2", dropped.id, AuditEntry.Action.DELETED)
                    .singleResult().id);
            editor.page("/history");
            assertEquals(303, editor.post("/history/" + merge + "/revert", Map.of()).statusCode());
            page = editor.page("/edit/duplicates");
            assertNotEquals(null, toldApart(page, other, dropped), "told apart again");
            Element otherListed = groupOf(page, kept, other, dropped).select("li").stream()
                    .filter(li -> li.selectFirst("a").attr("href").equals("/organizations/" + other.slug))
                    .findFirst().orElseThrow();
            assertEquals(List.of("Merge into " + kept.name + " (/organizations/" + kept.slug + ")"),
                    otherListed.select("a.merge-link").eachText(), "not into the one told apart from it");
        }
    }

    @Test
    void editorsTellingTheSameOrganizationsApartAtOnceAllSucceedAndRecordThemOnce() throws Exception {
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(List.of("Lambda Race", "LAMBDA-RACE"))) {
            List<String> ids = data.organizations.stream().map(o -> String.valueOf(o.id)).toList();
            List<Browser> editors = IntStream.range(0, 6)
                    .mapToObj(i -> Browser.loggedInAs(Browser.newAccount(Role.EDITOR))).toList();
            editors.forEach(editor -> editor.page("/edit/duplicates"));
            ExecutorService pool = Executors.newFixedThreadPool(editors.size());
            try {
                List<Future<Integer>> answers = pool.invokeAll(editors.stream().<Callable<Integer>>map(editor ->
                        () -> editor.post("/edit/duplicates/not-duplicates", Map.of("organization", ids)).statusCode())
                        .toList());
                for (Future<Integer> answer : answers) {
                    assertEquals(303, answer.get());
                }
            } finally {
                pool.shutdown();
            }
            Document page = editors.get(0).page("/edit/duplicates");
            assertEquals(1, page.select("#told-apart li").stream().filter(li -> li.select("a").eachAttr("href")
                    .containsAll(data.organizations.stream().map(o -> "/organizations/" + o.slug).toList())).count());
        }
    }

    @Test
    void thePageCostsTheSameStatementsForThreeGroupsAsForThirtyAndPairsToldApart() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        try (GeneratedData few = GeneratedData.allianceWithMembersNamed(List.of("Beta One", "beta-one", "Gamma",
                "gamma.", "Delta Co", "DELTA CO"))) {
            editor.page("/edit/duplicates");
            long forFew = SqlStatements.countDuring(() -> editor.page("/edit/duplicates"));
            List<String> names = IntStream.range(0, 27).boxed()
                    .flatMap(i -> Stream.of("Pair " + i, "PAIR-" + i)).toList();
            try (GeneratedData many = GeneratedData.allianceWithMembersNamed(names)) {
                for (int i = 27; i < 37; i++) {
                    Organization one = many.addOrganizationNamed("Apart " + i);
                    Organization other = many.addOrganizationNamed("APART-" + i);
                    tellApart(editor, List.of(String.valueOf(one.id), String.valueOf(other.id)));
                }
                long forMany = SqlStatements.countDuring(() -> {
                    Document page = editor.page("/edit/duplicates");
                    assertTrue(page.select("section.duplicates").size() >= 30, "thirty groups or more");
                    assertTrue(page.select("#told-apart li").size() >= 10, "ten pairs told apart or more");
                });
                assertEquals(forFew, forMany, forFew + " statements for three groups, " + forMany + " for thirty"
                        + " and ten pairs told apart");
                assertTrue(forMany <= 7, forMany + " statements");
            }
        }
    }

    @Test
    void groupsOfNamesAlikeComeInTheirNamesOrderUpToTheLimit() {
        int pairs = DuplicateOrganizationsResource.LIMIT / 2 + 1;
        // Made from the last pair back, each pair's name that comes second first, so that no order of ids is the
        // page's.
        List<String> names = IntStream.iterate(pairs, i -> i - 1).limit(pairs).boxed()
                .flatMap(i -> Stream.of("Limit %03d Ltd".formatted(i), "limit-%03d".formatted(i))).toList();
        try (GeneratedData data = GeneratedData.allianceWithMembersNamed(names)) {
            Map<String, Organization> byName = data.organizations.stream()
                    .collect(Collectors.toMap(o -> o.name, o -> o));
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            Document page = editor.page("/edit/duplicates");
            List<Element> sections = page.select("section.duplicates");
            int previous = -1;
            int shown = 0;
            for (int i = 1; i <= pairs; i++) {
                Organization first = byName.get(data.prefix + " limit-%03d".formatted(i));
                Organization second = byName.get(data.prefix + " Limit %03d Ltd".formatted(i));
                Element group = groupOf(page, first, second);
                if (group == null) {
                    break;
                }
                assertEquals(first.name + " and " + second.name, group.selectFirst("h2").text(), "in name order");
                assertTrue(sections.indexOf(group) > previous, "pair " + i + " comes after pair " + (i - 1));
                previous = sections.indexOf(group);
                shown++;
            }
            assertTrue(shown >= 1 && shown < pairs, shown + " pairs shown of " + pairs);
            for (int i = shown + 1; i <= pairs; i++) {
                assertNull(groupOf(page, byName.get(data.prefix + " limit-%03d".formatted(i))), "pair " + i
                        + " is beyond the limit, as pair " + shown + " is the last shown");
            }
            assertTrue(sections.stream().filter(s -> s.selectFirst(".reason").text().equals(REASON))
                    .mapToInt(s -> s.select("li").size()).sum() <= DuplicateOrganizationsResource.LIMIT);
            assertTrue(page.text().contains("Only the first " + DuplicateOrganizationsResource.LIMIT
                    + " organizations of each kind of likeness are read"), "the page says there are more");
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

            tellApart(editor, tellApartIds(group));
            assertNull(groupOf(editor.page("/edit/duplicates"), renamed, zeta), "told apart, no longer listed");

            Response visitor = Browser.visitor().get("/edit/duplicates");
            assertTrue(visitor.statusCode() == 303 || visitor.statusCode() == 302, "a visitor is sent to log in");
            assertTrue(visitor.header("Location").contains("/login"), visitor.header("Location"));
        }
    }
}
