package org.alliancetracker.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.testing.GeneratedData;
import org.alliancetracker.testing.Pages;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineResourceTest {

    private static final String OVA = "/timelines/alliances/open-virtualization-alliance";
    private static final String HOSTILE = "<script>alert(1)</script> & \"Co\"";

    private GeneratedData generated;

    @BeforeAll
    void generate() {
        generated = GeneratedData.allianceWithMembers(12);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization.findBySlug(generated.prefix + "-org-0").orElseThrow().name = HOSTILE;
            GeneratedData.touch();
        });
    }

    @AfterAll
    void remove() {
        generated.close();
    }

    @Test
    void theTimelinesPageLinksEveryAlliancesAndProjectsTimelineAndTheComparison() {
        Document page = Pages.get("/timelines");
        assertEquals("Timelines", page.selectFirst("h1").text());
        List<String> alliances = page.select("#alliances + ul a").eachAttr("href");
        assertTrue(alliances.contains(OVA), alliances.toString());
        assertTrue(alliances.contains("/timelines/alliances/" + generated.alliance.slug), alliances.toString());
        long allianceCount = QuarkusTransaction.requiringNew().call(() -> Alliance.count());
        assertEquals(allianceCount, alliances.size(), "every alliance once");
        List<String> projects = page.select("#projects + ul a").eachAttr("href");
        assertTrue(projects.containsAll(List.of("/timelines/projects/kvm", "/timelines/projects/xen",
                "/timelines/projects/" + generated.project.slug)), projects.toString());
        assertNotNull(page.selectFirst("a[href=/timelines/compare]"), "the comparison of projects");
        assertNotNull(page.selectFirst("#organizations ~ p a[href=/organizations]"), "where organizations' are");
        assertTrue(page.select("#alliances + ul li").stream().filter(li -> li.text().startsWith("Open Virtualization"))
                .findFirst().orElseThrow().text().contains("9 named members"));
        assertNotNull(Pages.get("/").selectFirst("a[href=/timelines]"), "the home page links to it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alliances", "projects", "organizations"})
    void aListOfOneKindOfTimelineIsItsSectionOfTheTimelinesPage(String kind) {
        given().redirects().follow(false).get("/timelines/" + kind).then().statusCode(301)
                .header("Location", endsWith("/timelines#" + kind));
        assertNotNull(Pages.get("/timelines").getElementById(kind));
    }

    /** Fetches an SVG, checks its type, and parses it as XML: a malformed document fails here. */
    private static org.w3c.dom.Document svg(String path) throws Exception {
        byte[] body = given().get(path).then().statusCode(200)
                .contentType("image/svg+xml;charset=UTF-8").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getAttribute("xmlns"));
        assertEquals("img", root.getAttribute("role"));
        assertTrue(root.getAttribute("aria-labelledby").contains("-title"));
        assertNotNull(text(doc, "/svg/title"));
        assertTrue(text(doc, "/svg/desc").length() > 20);
        return doc;
    }

    private static int count(org.w3c.dom.Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                .getLength();
    }

    private static String text(org.w3c.dom.Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }

    private static List<String> texts(org.w3c.dom.Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }

    @Test
    void swimlanesDrawOneBarPerMembershipWithFoundersMarked() throws Exception {
        org.w3c.dom.Document doc = svg(OVA + "/swimlanes.svg");
        assertEquals(9, count(doc, "//g[starts-with(@class, 'bar ')]"));
        assertEquals(7, count(doc, "//text[contains(@class, 'lane-label') and contains(@class, 'emphasised')]"));
        assertTrue(texts(doc, "//text[contains(@class, 'lane-label')]/text()").contains("★ IBM"));
        String ibmTitle = texts(doc, "//g[starts-with(@class, 'bar ')]/title").stream()
                .filter(t -> t.startsWith("IBM")).findFirst().orElseThrow();
        assertTrue(ibmTitle.contains("joined May 2011") && ibmTitle.contains("ZDNet, May 2011"), ibmTitle);
        assertTrue(ibmTitle.contains("until the alliance's dissolution, 1 December 2016"), ibmTitle);
        assertTrue(count(doc, "//g[starts-with(@class, 'bar ')]/rect[@class='faded']") >= 9,
                "joins known to the month or year have a faded leading edge");
    }

    @Test
    void growthShowsTheStepLineTheReportedCountsAndTheFoundingAndDissolution() throws Exception {
        org.w3c.dom.Document doc = svg(OVA + "/growth.svg");
        assertEquals(1, count(doc, "//path[@class='step']"));
        assertEquals(List.of("10 founding members", "at least 100 members", "200 members"),
                texts(doc, "//g[@class='report']/text"));
        assertEquals(List.of("Founded", "Dissolved"), texts(doc, "//g[@class='event']/text"));
    }

    @Test
    void organizationLanesDrawTheMoveAndTheAcquisition() throws Exception {
        org.w3c.dom.Document ibm = svg("/timelines/organizations/ibm/lanes.svg");
        assertEquals(1, count(ibm, "//g[@class='change']"));
        assertTrue(text(ibm, "//g[@class='change']/title").startsWith("IBM moved from Xen to KVM, May 2011"));
        assertEquals(List.of("Open Virtualization Alliance", "Xen", "KVM"),
                texts(ibm, "//text[contains(@class, 'lane-label')]/text()"));
        org.w3c.dom.Document citrix = svg("/timelines/organizations/citrix/lanes.svg");
        assertEquals(List.of("Acquired XenSource"), texts(citrix, "//g[@class='mark']/text"));
    }

    @Test
    void aBackingWhoseStartNoSourceGivesFadesInAndTheLegendSaysWhy() throws Exception {
        org.w3c.dom.Document ibm = svg("/timelines/organizations/ibm/lanes.svg");
        assertEquals(1, count(ibm, "//g[starts-with(@class, 'bar ')][title[starts-with(., 'IBM, contributor of Xen')]]"
                + "/rect[@class='fade-in' and @mask]"), "IBM's backing of Xen, whose start is not given");
        assertEquals(1, count(ibm, "//g[@class='legend-item'][text='Start not given by any source']"
                + "/rect[@class='fade-in-swatch' and @mask]"));
        org.w3c.dom.Document ova = svg(OVA + "/swimlanes.svg");
        assertEquals(0, count(ova, "//rect[@class='fade-in']"), "every member's joining date is known");
        assertEquals(0, count(ova, "//g[@class='legend-item'][text='Start not given by any source']"));
    }

    @Test
    void theLegendSaysWhatAFadedEdgeMeansOnlyWhereABarHasOne() throws Exception {
        String rough = "//g[@class='legend-item'][text='Date known to the month or year only']";
        assertEquals(1, count(svg(OVA + "/swimlanes.svg"), rough), "members joined in May 2011");
        org.w3c.dom.Document xensource = svg("/timelines/organizations/xensource/lanes.svg");
        assertEquals(0, count(xensource, "//g[starts-with(@class, 'bar ')]/rect[@class='faded']"),
                "its backing ends on a known day and has no start");
        assertEquals(0, count(xensource, rough));
    }

    @Test
    void theComparisonHighlightsTheSwitchers() throws Exception {
        org.w3c.dom.Document doc = svg("/timelines/compare.svg?projects=xen,kvm");
        assertEquals(List.of("Xen (open source)", "KVM (open source)"),
                texts(doc, "//text[@class='group-label']/text()"));
        assertEquals(5, count(doc, "//g[@class='change']"));
        List<String> emphasised = texts(doc, "//text[contains(@class, 'emphasised')]/text()");
        assertTrue(emphasised.containsAll(List.of("⇄ IBM", "⇄ Red Hat", "⇄ AMD")), emphasised.toString());
        assertTrue(!emphasised.contains("⇄ Novell") && !emphasised.contains("Novell"));

        Document page = Pages.get("/timelines/compare?projects=xen&projects=kvm");
        assertEquals(5, page.select("ul.switches li").size());
        assertEquals("/timelines/compare.svg?projects=xen,kvm",
                page.selectFirst("figure.chart a[download]").attr("href"));
    }

    @Test
    void aProjectsGrowthCountsEachBackerOnceAndItsLanesDrawEachRole() throws Exception {
        org.w3c.dom.Document growth = svg("/timelines/projects/kvm/growth.svg");
        assertEquals(1, count(growth, "//path[@class='step']"));
        assertEquals("Organizations backing KVM over time: 6 today, at most 6 at once.", text(growth, "/svg/desc"),
                "Red Hat, its owner and a distributor of it, is one backer");
        assertTrue(text(growth, "//path[@class='step']/title").startsWith("Organizations backing KVM"));

        org.w3c.dom.Document lanes = svg("/timelines/projects/kvm/backers.svg");
        assertEquals(8, count(lanes, "//g[starts-with(@class, 'bar ')]"), "one bar per backing");
        assertEquals(List.of("Qumranet", "⇄ Red Hat (owner)", "⇄ Red Hat (distributor)", "⇄ Hewlett-Packard",
                "⇄ IBM", "⇄ Intel", "SUSE", "⇄ AMD"),
                texts(lanes, "//text[contains(@class, 'lane-label')]/text()"));
        assertEquals(List.of("Developer", "Owner", "Distributor", "Supporter", "Date known to the month or year only",
                "Start not given by any source", "⇄ Came from or left for another project"),
                texts(lanes, "//g[@class='legend-item']/text"), "the roles drawn, in the order of the roles");
        assertEquals(1, count(lanes, "//g[@class='legend-item'][starts-with(text, '⇄')]/rect[@class='no-swatch']"),
                "no arrow is drawn: the mark is the label's");
        assertTrue(texts(lanes, "//g[starts-with(@class, 'bar ')]/title").contains("Qumranet, developer of KVM: "
                + "start not given, until 4 September 2008 (InformationWeek, November 2011; "
                + "Red Hat, 4 September 2008)"));
    }

    @Test
    void aProjectsTimelinePageCarriesBothChartsTheirEmbedsAndTheBackers() {
        String kvm = "/timelines/projects/kvm";
        Document page = Pages.get(kvm);
        assertEquals("Timeline of KVM", page.selectFirst("h1").text());
        assertEquals(List.of(kvm + "/growth.svg", kvm + "/backers.svg"),
                page.select("figure.chart a[download]").eachAttr("href"));
        assertEquals(List.of("/embed/projects/kvm/growth", "/embed/projects/kvm/backers"),
                page.select("figure.chart a:containsOwn(Embeddable view)").eachAttr("href"));
        assertEquals(8, page.select("#backers-data tbody tr").size());
        assertEquals(5, page.select("ul.arrivals li").size(), "who came from Xen");
        assertEquals("/timelines/compare?projects=kvm,xen",
                page.selectFirst("a:containsOwn(Compare KVM's backers with Xen's)").attr("href"));
        assertEquals(kvm, Pages.get("/projects/kvm").selectFirst("a:containsOwn(Timeline of KVM)").attr("href"));

        Document window = Pages.get(kvm + "?from=2011&to=2012");
        assertEquals(7, window.select("#backers-data tbody tr").size(), "the backings in effect in 2011 or 2012");
        assertEquals(kvm + "/backers.svg?from=2011&to=2012",
                window.select("figure.chart a[download]").get(1).attr("href"));
        Document embed = Pages.get("/embed/projects/kvm/backers?from=2011&to=2012");
        assertEquals(List.of(7, 7, 7), embed.select("svg.timeline").stream().map(svg -> svg.select("g.bar").size())
                .toList(), "each drawing of the chart");
        assertEquals(kvm + "?from=2011&to=2012", embed.selectFirst("figcaption a").attr("href"));
        assertEquals(1, Pages.get("/embed/projects/kvm/growth").select("figure.chart .chart-wide > svg").size());
    }

    @Test
    void aProjectNoBackerMovedToOrFromHasNoMarkForMoves() throws Exception {
        org.w3c.dom.Document doc = svg("/timelines/projects/" + generated.project.slug + "/backers.svg");
        assertEquals(12, count(doc, "//text[contains(@class, 'lane-label')]"));
        assertFalse(text(doc, "/svg/desc").contains("⇄"), text(doc, "/svg/desc"));
        assertEquals(List.of("Contributor", "Date known to the month or year only"),
                texts(doc, "//g[@class='legend-item']/text"));
        assertEquals("Organizations backing " + generated.project.name + " over time: 12 today, at most 12 at once.",
                text(svg("/timelines/projects/" + generated.project.slug + "/growth.svg"), "/svg/desc"));
    }

    @Test
    void hostileProjectAndBackerNamesAreEscapedInTheProjectsCharts() throws Exception {
        String path = "/timelines/projects/" + generated.project.slug;
        org.w3c.dom.Document doc = svg(path + "/backers.svg");
        assertEquals(0, count(doc, "//script"));
        assertTrue(texts(doc, "//text[contains(@class, 'lane-label')]/title").contains(HOSTILE));
        Document page = Pages.get(path);
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("#backers-data th a").eachText().contains(HOSTILE));
    }

    @Test
    void filtersApplyToTheSvgThePageAndTheEmbedAlike() throws Exception {
        String slug = generated.alliance.slug;
        org.w3c.dom.Document all = svg("/timelines/alliances/" + slug + "/swimlanes.svg");
        assertEquals(12, count(all, "//g[starts-with(@class, 'bar ')]"));
        org.w3c.dom.Document governing = svg("/timelines/alliances/" + slug + "/swimlanes.svg?tier=Governing");
        assertEquals(4, count(governing, "//g[starts-with(@class, 'bar ')]"), "members 0, 3, 6 and 9");
        org.w3c.dom.Document early = svg("/timelines/alliances/" + slug + "/swimlanes.svg?to=2003");
        assertEquals(4, count(early, "//g[starts-with(@class, 'bar ')]"), "members who joined 2000 to 2003");

        Document page = Pages.get("/timelines/alliances/" + slug + "?tier=Governing&to=2003");
        assertEquals(2, page.select("#members-data tbody tr").size(), "members 0 and 3");
        assertEquals(List.of("Governing", "Governing"), page.select("#members-data td[data-label=Tier]").eachText());
        assertEquals("/timelines/alliances/" + slug + "/swimlanes.svg?to=2003&tier=Governing",
                page.select("figure.chart a[download]").get(1).attr("href"));
        Document embed = Pages.get("/embed/alliances/" + slug + "/swimlanes?tier=Governing&to=2003");
        assertEquals(List.of(2, 2, 2), embed.select("svg.timeline").stream().map(svg -> svg.select("g.bar").size())
                .toList(), "each drawing of the chart");
    }

    @Test
    void emptyWindowFieldsShowTheYearsTheChartCoversAndFilledOnesKeepTheirValue() {
        String thisYear = String.valueOf(LocalDate.now().getYear());
        for (String path : List.of("/timelines/alliances/" + generated.alliance.slug,
                "/timelines/compare?projects=xen,kvm", "/timelines/organizations/ibm", "/timelines/projects/kvm")) {
            Document page = Pages.get(path);
            assertEquals(thisYear, page.selectFirst("input#to").attr("placeholder"), path + " runs to today");
            assertEquals("filter-help", page.selectFirst("input#from").attr("aria-describedby"), path);
            assertNotNull(page.selectFirst("form.filter-form p#filter-help"), path);
        }
        Document alliance = Pages.get("/timelines/alliances/" + generated.alliance.slug);
        assertEquals("2000", alliance.selectFirst("input#from").attr("placeholder"), "founded in 2000");
        Document window = Pages.get("/timelines/alliances/" + generated.alliance.slug + "?from=2005-03&to=2007");
        assertEquals("2005-03", window.selectFirst("input#from").val());
        assertEquals("2005", window.selectFirst("input#from").attr("placeholder"));
        assertEquals("2007", window.selectFirst("input#to").attr("placeholder"));
    }

    @Test
    void hostileNamesAreEscapedInTheStandaloneSvgAndThePage() throws Exception {
        org.w3c.dom.Document doc = svg("/timelines/alliances/" + generated.alliance.slug + "/swimlanes.svg");
        assertEquals(0, count(doc, "//script"));
        assertTrue(texts(doc, "//text[contains(@class, 'lane-label')]/title").contains("★ " + HOSTILE));
        Document page = Pages.get("/timelines/alliances/" + generated.alliance.slug);
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("svg title").eachText().contains("★ " + HOSTILE));
    }

    @Test
    void thePageCarriesEachChartWithDownloadEmbedAndADataTable() {
        Document page = Pages.get(OVA);
        assertEquals(2, page.select("figure.chart").size());
        assertEquals(2, page.select("figure.chart .chart-wide > svg[role=img]").size());
        assertEquals(List.of(OVA + "/growth.svg", OVA + "/swimlanes.svg"),
                page.select("figure.chart a[download]").eachAttr("href"));
        assertEquals(List.of("/embed/alliances/open-virtualization-alliance/growth",
                "/embed/alliances/open-virtualization-alliance/swimlanes"),
                page.select("figure.chart a:containsOwn(Embeddable view)").eachAttr("href"));
        assertEquals(3, page.select("#growth-data tbody tr").size());
        assertEquals(9, page.select("#members-data tbody tr").size());
        assertEquals(List.of("Organization", "Joined", "Left", "Founding", "Sources"),
                page.select("#members-data thead th").eachText(), "no tier column for an alliance without tiers");
        assertEquals(9, page.select("#members-data td[data-label=Left]:contains(1 December 2016 (alliance dissolved))")
                .size(), "the table ends each membership where its bar ends");
        assertEquals(1, page.select("svg#growth-title, svg title#growth-title").size(), "ids are unique per chart");
    }

    @Test
    void aTableWithNothingToShowSaysSo() {
        String slug = QuarkusTransaction.requiringNew().call(() -> {
            GeneratedData.touch();
            return generated.persistAllianceNamed("uncounted", 1).slug;
        });
        Document page = Pages.get("/timelines/alliances/" + slug);
        assertEquals(List.of("No count of members was reported by the alliance or the press."),
                page.select("#growth-data tbody tr").eachText());
        assertEquals("3", page.selectFirst("#growth-data tbody td").attr("colspan"));

        String loner = generated.addOrganization("loner", OrganizationKind.COMPANY);
        assertEquals(List.of("Nothing recorded for " + generated.prefix + " loner yet: no membership, backing, move or"
                + " acquisition."), Pages.get("/timelines/organizations/" + loner).select("#timeline-data tbody tr")
                .eachText());
    }

    /** style.css shows the widest drawing that fits the column; e2e.ChartLabelsTest checks it in the browser. */
    @ParameterizedTest
    @ValueSource(strings = {OVA, "/timelines/organizations/ibm", "/timelines/compare?projects=xen,kvm",
            "/timelines/projects/kvm", "/embed/projects/kvm/growth",
            "/embed/alliances/open-virtualization-alliance/swimlanes", "/embed/compare?projects=xen,kvm&to=2012"})
    void withoutAWidthEachChartIsDrawnForAWideAMediumAndANarrowColumn(String path) {
        Document page = Pages.get(path);
        assertFalse(page.select("figure.chart").isEmpty(), path + " has charts");
        for (org.jsoup.nodes.Element figure : page.select("figure.chart")) {
            assertEquals(List.of("chart-scroll chart-wide", "chart-scroll chart-medium", "chart-scroll chart-narrow"),
                    figure.select(".chart-scroll").eachAttr("class"), path);
            assertEquals(List.of(960.0, 600.0, 320.0), widths(figure), path);
            assertEquals(1, figure.select(".chart-scroll > svg").stream().map(svg -> svg.select("title").eachText())
                    .distinct().count(), path + ": the same chart, with the same bars and their tooltips");
        }
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(ids.size(), Set.copyOf(ids).size(), path + ": ids are unique in the page");
        for (String id : page.select("[aria-labelledby]").eachAttr("aria-labelledby")) {
            for (String label : id.split(" ")) {
                assertNotNull(page.getElementById(label), path + ": " + label + " labels an element in the page");
            }
        }

        Document asked = Pages.get(path + (path.contains("?") ? "&" : "?") + "width=1200");
        for (org.jsoup.nodes.Element figure : asked.select("figure.chart")) {
            assertEquals(List.of("chart-scroll"), figure.select(".chart-scroll").eachAttr("class"),
                    "shown at every width");
            assertEquals(List.of(1200.0), widths(figure), "the width asked for");
        }
    }

    private static List<Double> widths(org.jsoup.nodes.Element figure) {
        return figure.select(".chart-scroll > svg").eachAttr("width").stream().map(Double::valueOf).toList();
    }

    @Test
    void theEmbedViewHasNoSiteChrome() {
        Document embed = Pages.get("/embed/alliances/open-virtualization-alliance/growth");
        assertNull(embed.selectFirst("header"));
        assertNull(embed.selectFirst("nav"));
        assertEquals(1, embed.select("figure.chart").size());
        assertEquals(1, embed.select("figure.chart .chart-wide > svg").size());
        assertEquals(OVA, embed.selectFirst("figcaption a").attr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {OVA + "/growth.svg?to=soon", OVA + "/swimlanes.svg?from=2012&to=2011",
            OVA + "/swimlanes.svg?tier=Platinum", "/embed/alliances/open-virtualization-alliance/growth?from=2011-13",
            OVA + "?width=10", OVA + "?width=wide",
            "/timelines/compare.svg?projects=xen", "/timelines/compare.svg?projects=xen,nonexistent",
            "/timelines/compare.svg?projects=a,b,c,d,e,f,g", "/timelines/organizations/ibm?tier=Gold",
            "/timelines/projects/kvm?tier=Gold", "/timelines/projects/kvm/growth.svg?from=2012&to=2011",
            "/embed/compare?projects=xen"})
    void badParametersAreRefusedWithTheAcceptedForms(String path) {
        String html = given().get(path).then().statusCode(400).contentType("text/html").extract().asString();
        String message = Jsoup.parse(html).selectFirst(".error-message").text();
        assertTrue(message.startsWith("The parameter '"), message);
    }

    /** A filter form's field that cannot be read: the page, unfiltered, with the values as typed and the error. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            OVA + "?from=2011-13&to=2012|from|2011-13|does not exist in the calendar",
            OVA + "?from=2012&to=2011|to|2011|2011 comes before the From date, 2012.",
            "/timelines/organizations/ibm?to=soon|to|soon|2011-05-17",
            "/timelines/projects/kvm?from=2011-13|from|2011-13|does not exist in the calendar",
            "/timelines/compare?projects=xen,kvm&from=2011-02-30|from|2011-02-30|does not exist in the calendar"})
    void aFilterFieldThatCannotBeReadReShowsThePageWithTheErrorBesideIt(String path, String field, String typed,
            String message) {
        Document page = Pages.get(path, 400);
        org.jsoup.nodes.Element input = page.selectFirst("form.filter-form input#" + field);
        assertEquals(typed, input.val(), "the value as typed");
        assertEquals("true", input.attr("aria-invalid"));
        assertEquals(field + "-error filter-help", input.attr("aria-describedby"));
        String error = page.selectFirst("form.filter-form p.field-error#" + field + "-error").text();
        String label = page.selectFirst("label[for=" + field + "]").text();
        assertTrue(error.startsWith(label + ": ") && error.contains(message), error);
        assertTrue(!error.contains("parameter"), "the form's words, not the link's: " + error);
        assertEquals(1, page.select("p.field-error").size(), "one field in error");
        String unfiltered = Pages.get(path.replaceAll("[?&](from|to)=[^&]*", "").replaceFirst("^([^?]*)&", "$1?"))
                .select("figure.chart svg").outerHtml();
        assertEquals(unfiltered, page.select("figure.chart svg").outerHtml(), "the charts as without a window");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "projects=xen|xen|Projects: Tick from 2 to 6 projects to compare.",
            "projects=xen&projects=nonexistent|xen|Projects: No project is called nonexistent.",
            "projects=xen&projects=kvmm|xen|Projects: No project is called kvmm. Did you mean KVM (kvm)?",
            "projects=xen,kvm,xenserver,hyper-v,vhd,vmware-esx,xen,kvm,zzz|xen kvm xenserver hyper-v vhd vmware-esx|"
                    + "Projects: Tick from 2 to 6 projects to compare."})
    void aComparisonOfTooFewOrUnknownProjectsKeepsTheTicksAndShowsTheUsualComparison(String query, String ticks,
            String message) {
        Document page = Pages.get("/timelines/compare?" + query, 400);
        assertEquals(Set.of(ticks.split(" ")),
                Set.copyOf(page.select("fieldset input[checked]").eachAttr("value")), "the ticks as sent");
        assertEquals(message, page.selectFirst("form.filter-form p.field-error#projects-error").text());
        assertEquals("projects-error", page.selectFirst("form.filter-form fieldset").attr("aria-describedby"));
        assertEquals("Xen vs KVM", page.selectFirst("h1").text(), "the usual comparison, drawn");
        assertEquals(1, page.select("figure.chart").size());
        assertEquals(1, page.select("figure.chart .chart-wide > svg").size());
    }

    @Test
    void aMisspeltProjectInALinkIsRefusedNamingTheSlugItMayBe() {
        assertEquals("The parameter 'projects' names unknown projects: kvmm. Use project slugs such as xen or kvm."
                + " Did you mean kvm?", Jsoup.parse(given().get("/timelines/compare.svg?projects=xen,kvmm").then()
                .statusCode(400).extract().asString()).selectFirst(".error-message").text());
    }

    @Test
    void anUnknownTierReShowsTheAlliancesTimelineWithTheErrorBesideTheTierField() {
        Document page = Pages.get("/timelines/alliances/" + generated.alliance.slug + "?tier=Platinum&from=2001", 400);
        assertEquals("2001", page.selectFirst("input#from").val());
        assertEquals("", page.selectFirst("input#from").attr("aria-invalid"), "only the tier is in error");
        assertEquals("tier-error", page.selectFirst("select#tier").attr("aria-describedby"));
        assertEquals("Tier: Choose one of the tiers of " + generated.alliance.name + ": Governing, General.",
                page.selectFirst("form.filter-form #tier-error").text(), "names the tiers there are");
        assertEquals(12, page.select("#members-data tbody tr").size(), "every member, unfiltered");
    }

    @Test
    void unknownRecordsAreNotFound() {
        Pages.get("/timelines/alliances/nope", 404);
        given().get("/timelines/organizations/nope/lanes.svg").then().statusCode(404);
        Pages.get("/timelines/projects/nope", 404);
        given().get("/timelines/projects/nope/backers.svg").then().statusCode(404);
        given().get("/embed/projects/nope/growth").then().statusCode(404);
    }
}
