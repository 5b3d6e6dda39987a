package org.alliancetracker.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fetches a page as a visitor and parses it, so tests assert on elements rather than on whole HTML strings. */
public final class Pages {

    private Pages() {
    }

    public static Document get(String path) {
        return get(path, 200);
    }

    public static Document get(String path, int expectedStatus) {
        String html = given().accept("text/html").when().get(path)
                .then().statusCode(expectedStatus).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    /** The heading of a table's column that starts with {@code name}, of the tables {@code tables} selects. */
    public static Element columnHeading(Document page, String tables, String name) {
        return page.select(tables + " thead th").stream().filter(th -> th.text().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + name + " in " + tables));
    }

    /**
     * Every page of a list shown a page at a time, from the first, following its "next" links. Checks on the way
     * that each page says where it stands, that only the first lacks a "previous" link and only the last a "next"
     * one, and that each previous link leads to the page before.
     */
    public static List<Document> everyPage(String path) {
        List<Document> pages = new ArrayList<>();
        Document page = get(path);
        for (int number = 1; ; number++) {
            pages.add(page);
            Element pager = page.selectFirst(".pager");
            if (pager == null) {
                if (number != 1) {
                    throw new AssertionError("page " + number + " of " + path + " has no page links");
                }
                return pages;
            }
            if (!pager.text().contains("Page " + number + " of ")) {
                throw new AssertionError("page " + number + " of " + path + " says: " + pager.text());
            }
            Element previous = pager.selectFirst("a[rel=prev]");
            String expectedPrevious = number == 1 ? null : number == 2 ? path
                    : path + (path.contains("?") ? "&" : "?") + "page=" + (number - 1);
            if (!Objects.equals(expectedPrevious, previous == null ? null : previous.attr("href"))) {
                throw new AssertionError("page " + number + " of " + path + " links back to " + previous);
            }
            Element next = pager.selectFirst("a[rel=next]");
            if (next == null) {
                if (!pager.text().contains("Page " + number + " of " + number)) {
                    throw new AssertionError("page " + number + " of " + path + " has no next page: " + pager.text());
                }
                return pages;
            }
            page = get(next.attr("href"));
        }
    }
}
