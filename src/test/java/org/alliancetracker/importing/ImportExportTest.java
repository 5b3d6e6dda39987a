package org.alliancetracker.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.backing.BackingRole;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.project.Project;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.Pages;
import org.alliancetracker.testing.SqlStatements;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportExportTest {

    private static final String OVA = "/alliances/open-virtualization-alliance";

    private GeneratedData data;
    private Browser editor;
    private String lastImport;

    @BeforeAll
    void generate() {
        data = GeneratedData.allianceWithMembers(3);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization.findBySlug(data.prefix + "-org-0").orElseThrow().name = "=HYPERLINK(\"http://evil\")";
            GeneratedData.touch();
        });
    }

    @BeforeEach
    void logIn() {
        if (editor == null) {
            editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        }
    }

    @AfterAll
    void remove() {
        data.close();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static long auditCount() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
    }

    private Document preview(String kind, String fileName, byte[] content) {
        editor.page("/import");
        Response uploaded = editor.upload("/import", Map.of("kind", kind), fileName, content);
        assertEquals(303, uploaded.statusCode(), uploaded.asString());
        lastImport = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        return previewAt(lastImport);
    }

    /** The preview page, once made: a large file's first views show that it is being checked, and refresh. */
    private Document previewAt(String path) {
        for (int i = 0; i < 300; i++) {
            Document page = editor.page(path);
            if (page.selectFirst("meta[http-equiv=refresh]") == null) {
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the preview was not made within a minute");
    }

    /** Applies the previewed import and waits for it to finish; answers the final status page. */
    private Document applyAndWait(Document preview) throws InterruptedException {
        Response started = editor.post(lastImport + "/apply", Map.of());
        assertEquals(303, started.statusCode());
        String status = started.header("Location").replaceFirst("^https?://[^/]+", "");
        for (int i = 0; i < 150; i++) {
            Document page = editor.page(status);
            if (page.selectFirst("progress") == null) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void theCsvExportHasTheRowsOfThePageInItsOrder() throws IOException {
        Response response = given().get(OVA + "/members.csv?at=2011-06");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"));
        assertTrue(response.header("Content-Disposition").contains("open-virtualization-alliance-members-2011-06.csv"));
        List<CSVRecord> rows = csv(response.asString());
        List<String> pageNames = Pages.get(OVA + "?at=2011-06").select("table.members tbody th a").eachText();
        assertEquals(pageNames, rows.stream().map(r -> r.get("organization_name")).toList());
        CSVRecord ibm = rows.stream().filter(r -> r.get("organization").equals("ibm")).findFirst().orElseThrow();
        assertEquals("2011-05", ibm.get("joined"));
        assertEquals("yes", ibm.get("founding"));
        assertEquals(2, ibm.get("sources").split(";").length);
    }

    @Test
    void theJsonExportMatchesThePage() {
        List<String> names = given().get(OVA + "/members.json").then().statusCode(200)
                .contentType("application/json").extract().jsonPath().getList("members.name");
        assertEquals(Pages.get(OVA).select("table.members tbody th a").eachText(), names);
        assertEquals("2011", given().get(OVA + "/members.json?at=2011").jsonPath().getString("at"));
        assertEquals("2011-05", given().get(OVA + "/members.json").jsonPath().getString("members[3].joined"));
    }

    @Test
    void theExportsOfOneTierHoldItsMembersAndSaySo() throws IOException {
        String alliance = "/alliances/" + data.alliance.slug;
        Response csv = given().get(alliance + "/members.csv?tier=governing&at=2019");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").contains(data.alliance.slug + "-members-governing-2019.csv"),
                csv.header("Content-Disposition"));
        List<String> pageSlugs = Pages.get(alliance + "?tier=governing&at=2019").select("table.members tbody th a")
                .eachAttr("href").stream().map(href -> href.substring("/organizations/".length())).toList();
        assertFalse(pageSlugs.isEmpty());
        assertEquals(pageSlugs, csv(csv.asString()).stream().map(r -> r.get("organization")).toList());
        assertTrue(csv(csv.asString()).stream().allMatch(r -> r.get("tier").equals("Governing")));

        JsonPath json = given().get(alliance + "/members.json?tier=General").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("General", json.getString("tier"));
        assertEquals(List.of("General"), json.getList("members.tier").stream().distinct().toList());
        assertNull(given().get(alliance + "/members.json").jsonPath().getString("tier"));

        given().get(alliance + "/members.csv?tier=Platinum").then().statusCode(400)
                .body(containsString("must name one of the tiers"));
        given().accept("application/json").get(alliance + "/members.json?tier=Platinum").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("must name one of the tiers"));
    }

    @Test
    void theExportsKeepTheOrderThePageWasSortedIn() throws IOException {
        List<String> byName = Pages.get(OVA + "?sort=-name").select("table.members tbody th a").eachText();
        assertEquals(byName, csv(given().get(OVA + "/members.csv?sort=-name").then().statusCode(200).extract()
                .asString()).stream().map(r -> r.get("organization_name")).toList());
        assertEquals(byName, given().get(OVA + "/members.json?sort=-name").then().statusCode(200).extract()
                .jsonPath().getList("members.name"));
        assertTrue(given().get(OVA + "/members.csv?sort=-name").header("Content-Disposition")
                .contains("\"open-virtualization-alliance-members.csv\""), "the order leaves the file name alone");

        given().get(OVA + "/members.csv?sort=size").then().statusCode(400)
                .body(containsString("must be one of: joined, -joined, name, -name, left, -left."));
        given().accept("application/json").get(OVA + "/members.json?sort=size").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'sort' must be one of"));
    }

    @Test
    void exportedCellsCannotRunAsFormulas() throws IOException {
        String text = given().get("/alliances/" + data.alliance.slug + "/members.csv").asString();
        CSVRecord evil = csv(text).stream().filter(r -> r.get("organization").endsWith("-org-0")).findFirst()
                .orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil\")", evil.get("organization_name"));
        assertEquals(CsvFiles.safeCell("-12"), "-12", "negative numbers stay numbers");
        assertEquals("'+1", CsvFiles.safeCell("+1"));
        assertEquals("'@SUM(A1)", CsvFiles.safeCell("@SUM(A1)"));
        for (String cell : List.of("=HYPERLINK(1)", "+1", "@SUM(A1)", "-x", "-12", "'quoted", "''", "'")) {
            assertEquals(cell, CsvFiles.unguarded(CsvFiles.safeCell(cell)), "an import reads back what was exported");
        }
        assertEquals("'-12", CsvFiles.unguarded("'-12"), "an apostrophe the export did not add stays");
    }

    @Test
    void aFileWithOneBadRowPreviewsItsErrorAndImportsNothing() throws InterruptedException {
        String p = data.prefix;
        String file = "slug,name,kind\n" + p + "-imp-a,Imported A,company\n" + p + "-imp-b,,company\n"
                + p + "-imp-c,Imported C,foundation\n";
        long before = auditCount();
        Document preview = preview("ORGANIZATIONS", "orgs.csv", file.getBytes(StandardCharsets.UTF_8));
        List<String> errors = preview.select("table.import-errors tbody tr").eachText();
        assertEquals(List.of("3 name: A name is required."), errors);
        assertTrue(preview.selectFirst(".error-message").text().contains("until this error is fixed"));
        assertNull(preview.selectFirst("form[action$=/apply] button"), "no apply button while errors stand");
        assertEquals(before, auditCount(), "a preview changes nothing");

        Document result = applyAndWait(preview);
        assertTrue(result.selectFirst(".error-message").text().startsWith("Nothing was imported"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Organization.findBySlug(p + "-imp-a")).isEmpty(),
                "all or nothing: the good rows were not saved either");
        assertEquals(before, auditCount());
    }

    @Test
    void aPreviewIsMadeOnceForEachVersionOfTheData() {
        String p = data.prefix;
        String file = "slug,name,kind\n" + p + "-kept-a,Kept A,company\n" + p + "-kept-b,Kept B,company\n";
        editor.page("/import");
        Response uploaded = editor.upload("/import", Map.of("kind", "ORGANIZATIONS"), "kept.csv",
                file.getBytes(StandardCharsets.UTF_8));
        String page = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        Document[] shown = new Document[1];
        long firstView = SqlStatements.countDuring(() -> shown[0] = previewAt(page));
        assertEquals("The import will create 2, update 0 and leave 0 unchanged.",
                shown[0].selectFirst("p.summary").text());
        long reload = SqlStatements.countDuring(() -> shown[0] = editor.page(page));
        assertEquals("The import will create 2, update 0 and leave 0 unchanged.",
                shown[0].selectFirst("p.summary").text());
        assertTrue(reload < firstView, "a reload does not run the import again: " + reload + " statements against "
                + firstView + " for the first view");

        QuarkusTransaction.requiringNew().run(() -> {
            GeneratedData.touch();
            Organization kept = new Organization();
            kept.slug = p + "-kept-a";
            kept.name = "Kept A";
            kept.kind = OrganizationKind.COMPANY;
            kept.persist();
        });
        assertEquals("The import will create 1, update 0 and leave 1 unchanged.",
                previewAt(page).selectFirst("p.summary").text(), "the data changed, so the preview is made again");
    }

    @Test
    void aPreviewListsTheFirstErrorsAndCountsThemAll() {
        StringBuilder file = new StringBuilder("slug,name,kind\n");
        int bad = ImportResource.PREVIEW_ROWS + 1;
        for (int i = 0; i < bad; i++) {
            file.append(data.prefix).append("-nameless-").append(i).append(",,company\n");
        }
        Document preview = preview("ORGANIZATIONS", "nameless.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.selectFirst(".error-message").text().contains("until these " + bad + " errors are fixed"));
        assertEquals(ImportResource.PREVIEW_ROWS, preview.select("table.import-errors tbody tr").size());
        assertEquals("Errors (the first " + ImportResource.PREVIEW_ROWS + " of " + bad + ")",
                preview.selectFirst("table.import-errors caption").text());
        assertEquals("2 name: A name is required.", preview.selectFirst("table.import-errors tbody tr").text());
    }

    @Test
    void aGoodFileImportsAndImportingItAgainChangesNothing() throws InterruptedException {
        String p = data.prefix;
        String file = "\uFEFFalliance;organization;organization_name;tier;joined;left;founding;notes\r\n"
                + data.alliance.slug + ";" + p + "-org-1;;General;2030-01;;no;\"Semicolons; quoted\"\r\n"
                + data.alliance.slug + ";" + p + "-newcomer;Newcomer Ltd;Governing;2031;;yes;\r\n";
        Document preview = preview("MEMBERSHIPS", "members.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals("The import will create 3, update 0 and leave 0 unchanged.",
                preview.selectFirst("p.summary").text(), "a membership, a new organization and its membership");
        long before = auditCount();
        Document done = applyAndWait(preview);
        assertTrue(done.selectFirst(".flash").text().startsWith("Imported: created 3, updated 0, unchanged 0"),
                done.text());
        assertEquals(before + 3, auditCount());
        QuarkusTransaction.requiringNew().run(() -> {
            Membership m = Membership.<Membership>list("organization.slug = ?1 and joined.earliest = ?2",
                    p + "-org-1", LocalDate.parse("2030-01-01")).get(0);
            assertEquals("Semicolons; quoted", m.notes);
            assertEquals("General", m.tier.name);
            Organization newcomer = Organization.findBySlug(p + "-newcomer").orElseThrow();
            assertEquals("Newcomer Ltd", newcomer.name);
            AuditEntry created = AuditEntry.<AuditEntry>find("recordType = 'organization' and recordId = ?1",
                    newcomer.id).singleResult();
            assertEquals(AuditEntry.Action.CREATED, created.action);
            assertNull(created.beforeValues, "a creation has no values before it");
            assertEquals("Newcomer Ltd", created.after().get("name"), "the feed carries the record as imported");
            assertEquals(p + "-newcomer", created.after().get("slug"));
        });

        Document again = preview("MEMBERSHIPS", "members.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals("The import will create 0, update 0 and leave 2 unchanged.",
                again.selectFirst("p.summary").text());
        assertNotNull(again.selectFirst("form[action$=/apply] button[disabled]"));
        assertEquals(before + 3, auditCount());
    }

    @Test
    void anExportReImportsUnchanged() {
        byte[] export = given().get("/alliances/" + data.alliance.slug + "/members.csv").asByteArray();
        Document preview = preview("MEMBERSHIPS", "export.csv", export);
        assertTrue(preview.select("table.import-errors").isEmpty(), preview.select("table.import-errors").text());
        assertTrue(preview.selectFirst("p.summary").text().startsWith("The import will create 0, update 0"),
                preview.selectFirst("p.summary").text());
    }

    @Test
    void theOrganizationsExportHoldsEveryOrganizationInNameOrderAndReImportsUnchanged() throws IOException {
        Response response = given().get("/organizations.csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertTrue(response.header("Content-Disposition").contains("\"organizations.csv\""),
                response.header("Content-Disposition"));
        List<CSVRecord> rows = csv(response.asString());
        assertEquals(Importer.ORGANIZATION_COLUMNS, rows.get(0).getParser().getHeaderNames());
        List<String> inNameOrder = QuarkusTransaction.requiringNew().call(() -> Organization
                .<Organization>list("order by nameKey, lower(name), id").stream().map(o -> o.slug).toList());
        assertEquals(inNameOrder, rows.stream().map(r -> r.get("slug")).toList());
        CSVRecord redHat = rows.stream().filter(r -> r.get("slug").equals("red-hat")).findFirst().orElseThrow();
        assertEquals(List.of("red-hat", "Red Hat", "Company"), redHat.toList().subList(0, 3));
        CSVRecord evil = rows.stream().filter(r -> r.get("slug").equals(data.prefix + "-org-0")).findFirst()
                .orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil\")", evil.get("name"), "a name a spreadsheet would run is guarded");

        // The rows of this test's organizations, as a community manager would keep the part of the file they edit.
        String ours = response.asString().lines().filter(line -> line.startsWith("slug,")
                || line.startsWith(data.prefix + "-org-")).map(line -> line + "\r\n").reduce("", String::concat);
        assertEquals(1 + data.organizations.size(), ours.lines().count());
        long before = auditCount();
        Document preview = preview("ORGANIZATIONS", "organizations.csv", ours.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.select("table.import-errors").isEmpty(), preview.select("table.import-errors").text());
        assertEquals("The import will create 0, update 0 and leave " + data.organizations.size() + " unchanged.",
                preview.selectFirst("p.summary").text(), "the guard on a formula is taken off again");
        assertEquals(before, auditCount());
    }

    @Test
    void theOrganizationsExportKeepsToTheKindAskedFor() throws IOException {
        String community = data.addOrganization("community", OrganizationKind.PROJECT_COMMUNITY);
        Response response = given().get("/organizations.csv?kind=project-community");
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition").contains("\"organizations-project-community.csv\""),
                response.header("Content-Disposition"));
        List<String> communities = QuarkusTransaction.requiringNew().call(() -> Organization
                .<Organization>list("kind = ?1 order by nameKey, lower(name), id", OrganizationKind.PROJECT_COMMUNITY)
                .stream().map(o -> o.slug).toList());
        assertTrue(communities.contains(community), communities.toString());
        List<CSVRecord> rows = csv(response.asString());
        assertEquals(communities, rows.stream().map(r -> r.get("slug")).toList());
        assertTrue(rows.stream().allMatch(r -> r.get("kind").equals("Project community")));

        given().get("/organizations.csv?kind=robot").then().statusCode(400)
                .body(containsString("must be one of: company, foundation, project-community"));
    }

    @Test
    void aProjectsBackersImportLikeMembershipsAndTheirExportReImportsUnchanged() throws InterruptedException {
        String p = data.prefix;
        String project = data.project.slug;
        String file = "project,organization,organization_name,role,from,to,notes,sources\n"
                + project + "," + p + "-org-1,," + "sponsor,2030-02,,Sponsors it now," + data.source.id + "\n"
                + project + "," + p + "-backer,Backer Ltd,Distributor,,2031,\"Ships it; no start given\",\n";
        Document preview = preview("BACKINGS", "backers.csv", file.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.select("table.import-errors").isEmpty(), preview.select("table.import-errors").text());
        assertEquals("The import will create 3, update 0 and leave 0 unchanged.",
                preview.selectFirst("p.summary").text(), "a backing, a new organization and its backing");
        long before = auditCount();
        Document done = applyAndWait(preview);
        assertTrue(done.selectFirst(".flash").text().startsWith("Imported: created 3"), done.text());
        assertEquals(before + 3, auditCount());
        QuarkusTransaction.requiringNew().run(() -> {
            Backing sponsor = Backing.<Backing>list("organization.slug = ?1 and role = ?2", p + "-org-1",
                    BackingRole.SPONSOR).get(0);
            assertEquals("2030-02", sponsor.since.iso());
            assertEquals("Sponsors it now", sponsor.notes);
            assertEquals(List.of(data.source.id), sponsor.sources.stream().map(source -> source.id).toList());
            Backing distributor = Backing.<Backing>list("organization.slug = ?1", p + "-backer").get(0);
            assertNull(distributor.since, "no start given");
            assertEquals("2031", distributor.until.iso());
            assertEquals(BackingRole.DISTRIBUTOR, distributor.role);
        });

        Document again = preview("BACKINGS", "backers.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals("The import will create 0, update 0 and leave 2 unchanged.", again.selectFirst("p.summary").text(),
                "a backing is matched by project, organization and start, an empty start too");
        byte[] export = given().get("/projects/" + project + "/backers.csv").asByteArray();
        Document exported = preview("BACKINGS", "export.csv", export);
        assertTrue(exported.select("table.import-errors").isEmpty(), exported.select("table.import-errors").text());
        assertTrue(exported.selectFirst("p.summary").text().startsWith("The import will create 0, update 0"),
                exported.selectFirst("p.summary").text());
    }

    @Test
    void aFileWrittenBeforeSlugsChangedFindsTheRecordsAtTheirNewSlugs() throws InterruptedException {
        try (GeneratedData renamed = GeneratedData.allianceWithMembers(2)) {
            String p = renamed.prefix;
            String organization = p + "-org-0";
            // An editor gave the alliance, the project and an organization new slugs after the files were written.
            QuarkusTransaction.requiringNew().run(() -> {
                Alliance alliance = Alliance.findById(renamed.alliance.id);
                alliance.slug = p + "-alliance-renamed";
                FormerSlug.remember(alliance, renamed.alliance.slug);
                Project project = Project.findById(renamed.project.id);
                project.slug = p + "-project-renamed";
                FormerSlug.remember(project, renamed.project.slug);
                Organization org = Organization.findBySlug(organization).orElseThrow();
                org.slug = p + "-org-renamed";
                FormerSlug.remember(org, organization);
                GeneratedData.touch();
            });
            String members = "alliance,organization,organization_name,joined\n"
                    + renamed.alliance.slug + "," + organization + ",Made Again Ltd,2030\n";
            Document memberships = preview("MEMBERSHIPS", "members.csv", members.getBytes(StandardCharsets.UTF_8));
            assertTrue(memberships.select("table.import-errors").isEmpty(),
                    memberships.select("table.import-errors").text());
            assertEquals("The import will create 1, update 0 and leave 0 unchanged.",
                    memberships.selectFirst("p.summary").text(), "a membership, and no organization made again");
            applyAndWait(memberships);
            String backers = "project,organization,organization_name,role,from\n"
                    + renamed.project.slug + "," + organization + ",Made Again Ltd,sponsor,2030\n";
            Document backings = preview("BACKINGS", "backers.csv", backers.getBytes(StandardCharsets.UTF_8));
            assertEquals("The import will create 1, update 0 and leave 0 unchanged.",
                    backings.selectFirst("p.summary").text(), backings.select("table.import-errors").text());
            applyAndWait(backings);
            QuarkusTransaction.requiringNew().run(() -> {
                Organization org = Organization.findBySlug(p + "-org-renamed").orElseThrow();
                assertEquals(1, Membership.count("organization = ?1 and joined.earliest = ?2", org,
                        LocalDate.parse("2030-01-01")));
                assertEquals(1, Backing.count("organization = ?1 and role = ?2", org, BackingRole.SPONSOR));
                assertTrue(Organization.findBySlug(organization).isEmpty(), "the old slug made no organization");
            });

            String organizations = "slug,name\n" + organization + ",Made Again Ltd\n";
            long before = auditCount();
            Document refused = preview("ORGANIZATIONS", "organizations.csv",
                    organizations.getBytes(StandardCharsets.UTF_8));
            String error = refused.selectFirst("table.import-errors tbody tr").text();
            assertTrue(error.startsWith("2 slug: " + organization + " is the former slug of " + renamed.prefix
                    + " organization 0, now " + p + "-org-renamed"), error);
            assertEquals(before, auditCount());
        }
    }

    @Test
    void anUnknownSlugIsAnsweredWithTheSlugsItMayBeAMisspellingOf() {
        String memberships = "alliance,organization,joined\n"
                + "open-virtualisation-alliance,red-hat,2011-05\n"
                + "open-virtualization-alliance,qumranett,2011-05\n"
                + "open-virtualization-alliance,qx,2011-05\n";
        long before = auditCount();
        List<String> errors = preview("MEMBERSHIPS", "misspelt.csv", memberships.getBytes(StandardCharsets.UTF_8))
                .select("table.import-errors tbody tr").eachText();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("2 alliance: no alliance has the slug 'open-virtualisation-alliance'."),
                errors.get(0));
        assertTrue(errors.get(0).endsWith(
                " Did you mean open-virtualization-alliance (Open Virtualization Alliance)?"), errors.get(0));
        assertTrue(errors.get(1).startsWith("3 organization: no organization has the slug 'qumranett'"),
                errors.get(1));
        assertTrue(errors.get(1).contains("Did you mean qumranet (Qumranet)?"), errors.get(1));
        assertFalse(errors.get(2).contains("Did you mean"), "two letters are too few to tell: " + errors.get(2));

        String backings = "project,organization,role\nkvmm,red-hat,developer\n";
        String error = preview("BACKINGS", "misspelt-backers.csv", backings.getBytes(StandardCharsets.UTF_8))
                .selectFirst("table.import-errors tbody tr").text();
        assertTrue(error.startsWith("2 project: no project has the slug 'kvmm'."), error);
        assertTrue(error.contains("Did you mean kvm (KVM)?"), error);
        assertEquals(before, auditCount());
    }

    @Test
    void anUnknownTierOrKindIsAnsweredWithThoseThereAre() {
        String p = data.prefix;
        String memberships = "alliance,organization,joined,tier\n"
                + data.alliance.slug + "," + p + "-org-1,2030,Platinum\n"
                + "open-virtualization-alliance," + p + "-org-1,2012,Gold\n";
        List<String> errors = preview("MEMBERSHIPS", "tiers.csv", memberships.getBytes(StandardCharsets.UTF_8))
                .select("table.import-errors tbody tr").eachText();
        assertEquals(List.of("2 tier: " + data.alliance.name + " has no tier called 'Platinum'; its tiers are"
                + " Governing and General.", "3 tier: Open Virtualization Alliance has no tier called 'Gold'; it has"
                + " no tiers: leave the column empty."), errors);

        String organizations = "slug,name,kind\n" + p + "-kinded,Kinded,corporation\n";
        String error = preview("ORGANIZATIONS", "kinds.csv", organizations.getBytes(StandardCharsets.UTF_8))
                .selectFirst("table.import-errors tbody tr").text();
        assertEquals("2 kind: use one of company, foundation, project community, university, government body, person"
                + " or other, not 'corporation'.", error);
    }

    @Test
    void aPreviewWarnsOfOrganizationsItMakesThatMayBeRecordedAlready() throws InterruptedException {
        String p = data.prefix;
        Organization recorded = QuarkusTransaction.requiringNew().call(
                () -> Organization.findBySlug(p + "-org-1").orElseThrow());
        Organization misspeltOf = QuarkusTransaction.requiringNew().call(
                () -> Organization.findBySlug(p + "-org-2").orElseThrow());
        data.addFormerName(recorded, " Bygone Name", null);
        String file = "slug,name\n"
                + p + "-again,\"" + recorded.name.toUpperCase(Locale.ROOT) + ", Inc.\"\n"
                + p + "-fresh,\"" + p + " Fresh Widgets\"\n"
                + p + "-misspelt," + misspeltOf.name.replace("organization", "organisation") + "\n"
                + p + "-fresh-again," + p + " FRESH-WIDGETS LTD\n"
                + p + "-bygone," + p + " bygone name\n"
                + p + "-unlike," + p + " Nothing Like It\n";
        Document preview = preview("ORGANIZATIONS", "alike.csv", file.getBytes(StandardCharsets.UTF_8));
        String ifSo = ". If so, write its slug in this row rather than making another.";
        assertEquals(List.of(
                "2 " + recorded.name.toUpperCase(Locale.ROOT) + ", Inc. may be " + recorded.name + " (" + recorded.slug
                        + "): " + NewDuplicates.ALIKE + ifSo,
                "4 " + misspeltOf.name.replace("organization", "organisation") + " may be " + misspeltOf.name + " ("
                        + misspeltOf.slug + "): " + NewDuplicates.ONE_LETTER_APART + ifSo,
                "5 " + p + " FRESH-WIDGETS LTD may be " + p + " Fresh Widgets (" + p + "-fresh, line 3): "
                        + NewDuplicates.ALIKE + ifSo,
                "6 " + p + " bygone name may be " + recorded.name + " (" + recorded.slug + "): "
                        + NewDuplicates.FORMER_NAME + ifSo),
                preview.select("table.import-warnings tbody tr").eachText());
        assertTrue(preview.selectFirst(".warning-message").text().startsWith("Organizations the file makes may be"
                + " recorded already: 4 possible duplicates below."), preview.selectFirst(".warning-message").text());

        Document done = applyAndWait(preview);
        assertTrue(done.text().contains("created 6"), "a warning stops nothing: " + done.text());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Organization.findBySlug(p + "-again").isPresent()));

        String members = "alliance,organization,organization_name,joined\n" + data.alliance.slug + "," + p
                + "-member-again,\"" + misspeltOf.name + " GmbH\",2030\n";
        String misspelling = misspeltOf.name.replace("organization", "organisation");
        assertEquals(List.of("2 " + misspeltOf.name + " GmbH may be " + misspeltOf.name + " (" + misspeltOf.slug
                + "): " + NewDuplicates.ALIKE + ifSo, "2 " + misspeltOf.name + " GmbH may be " + misspelling + " ("
                + p + "-misspelt): " + NewDuplicates.ONE_LETTER_APART + ifSo), preview("MEMBERSHIPS", "member.csv",
                members.getBytes(StandardCharsets.UTF_8)).select("table.import-warnings tbody tr").eachText(),
                "a company a membership's row makes too, also beside the misspelling the import above made");
    }

    @Test
    void aFileRepeatingAMisspeltSlugReadsTheNamesItIsComparedWithOnce() {
        long misspelt = statementsToPreview(rowsOfAlliance("open-virtualisation-alliance", 1), "once.csv");
        long misspeltOften = statementsToPreview(rowsOfAlliance("open-virtualisation-alliance", 21), "often.csv");
        long tooShort = statementsToPreview(rowsOfAlliance("zz", 1), "short-once.csv");
        long tooShortOften = statementsToPreview(rowsOfAlliance("zz", 21), "short-often.csv");
        assertEquals(tooShortOften - tooShort, misspeltOften - misspelt,
                "20 more rows with the same misspelt slug cost what 20 more rows of a slug offered nothing cost");
    }

    private static String rowsOfAlliance(String allianceSlug, int rows) {
        return "alliance,organization,joined\n" + (allianceSlug + ",red-hat,2011-05\n").repeat(rows);
    }

    private long statementsToPreview(String file, String fileName) {
        Document[] shown = new Document[1];
        long statements = SqlStatements.countDuring(
                () -> shown[0] = preview("MEMBERSHIPS", fileName, file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(file.lines().count() - 1, shown[0].select("table.import-errors tbody tr").size());
        return statements;
    }

    @Test
    void aBackingsFileWithBadRowsSaysWhatIsWrongWithEach() {
        String p = data.prefix;
        String file = "project,organization,role,from\n"
                + "no-such-project," + p + "-org-1,sponsor,2030\n"
                + data.project.slug + "," + p + "-org-1,benefactor,2030\n"
                + data.project.slug + ",no-such-org-" + p + ",sponsor,2030\n"
                + data.project.slug + "," + p + "-org-2,,2030\n"
                + data.project.slug + "," + p + "-org-2,owner,someday\n";
        long before = auditCount();
        Document preview = preview("BACKINGS", "bad-backers.csv", file.getBytes(StandardCharsets.UTF_8));
        List<String> errors = preview.select("table.import-errors tbody tr").eachText();
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("2 project: no project has the slug 'no-such-project'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("3 role: use one of Developer, Owner, Sponsor"), errors.get(1));
        assertTrue(errors.get(2).startsWith("4 organization: no organization has the slug"), errors.get(2));
        assertTrue(errors.get(3).startsWith("5 role: "), errors.get(3));
        assertTrue(errors.get(4).startsWith("6 from: "), errors.get(4));
        assertEquals(before, auditCount());
        Document wrong = preview("BACKINGS", "wrong.csv", "name,when\nx,2011\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(wrong.selectFirst("table.import-errors").text().contains("lacks the columns organization, project"),
                wrong.selectFirst("table.import-errors").text());
    }

    @Test
    void anExcelFileInWindowsEncodingReadsItsAccents() {
        String p = data.prefix;
        byte[] latin = ("slug;name\r\n" + p + "-societe;Société Générale\r\n")
                .getBytes(Charset.forName("windows-1252"));
        Document preview = preview("ORGANIZATIONS", "excel.csv", latin);
        assertEquals(List.of("2 Create Société Générale"), preview.select("table.import-changes tbody tr").eachText());
    }

    @Test
    void aRunningImportShowsItsProgress() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.kind = ImportJob.Kind.ORGANIZATIONS;
            job.username = "test";
            job.filename = "big.csv";
            job.createdAt = Instant.now();
            job.status = ImportJob.Status.RUNNING;
            job.content = "slug,name\n";
            job.totalRows = 4000;
            job.processedRows = 1300;
            job.persist();
            return job.id;
        });
        Document page = editor.page("/import/" + id);
        assertEquals("1300", page.selectFirst("progress").attr("value"));
        assertEquals("4000", page.selectFirst("progress").attr("max"));
        assertEquals("2", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        QuarkusTransaction.requiringNew().run(() -> ImportJob.deleteById(id));
    }

    @Test
    void missingColumnsAndTooLargeFilesAreRefusedClearly() {
        Document preview = preview("MEMBERSHIPS", "wrong.csv", "name,when\nx,2011\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.selectFirst("table.import-errors").text()
                .contains("lacks the columns alliance, joined, organization"));
        editor.page("/import");
        Response big = editor.upload("/import", Map.of("kind", "ORGANIZATIONS"), "big.csv", new byte[1_000_001]);
        assertEquals(422, big.statusCode());
        assertTrue(Jsoup.parse(big.asString()).selectFirst(".error-message").text().contains("too large"));
        assertEquals(302, Browser.visitor().get("/import").statusCode(), "visitors cannot import");
    }
}
