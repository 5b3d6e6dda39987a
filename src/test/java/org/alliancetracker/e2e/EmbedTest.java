package org.alliancetracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An embed view renders inside an iframe on another origin, drawn for the frame's width; the ordinary pages refuse to
 * be framed.
 */
@QuarkusTest
class EmbedTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anotherSiteFramesTheEmbedViewButNotThePages() throws Exception {
        Chromium.assumeInstalled();
        String app = base.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
        String html = "<!DOCTYPE html><title>Other site</title>"
                + "<iframe id='embed' width='900' height='400' src='" + app
                + "/embed/alliances/open-virtualization-alliance/growth'></iframe>"
                + "<iframe id='page' width='900' height='400' src='" + app
                + "/alliances/open-virtualization-alliance'></iframe>";
        HttpServer other = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        other.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        ChromeDriver browser = Chromium.start(true, 1280);
        try {
            browser.get("http://localhost:" + other.getAddress().getPort() + "/");
            browser.switchTo().frame("embed");
            List<WebElement> shown = browser.findElements(By.cssSelector("svg.timeline")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertEquals(1, shown.size(), "the chart renders in the frame");
            assertEquals(600, Double.parseDouble(shown.get(0).getAttribute("width")),
                    "drawn for the frame's width, 900 px");
            browser.switchTo().defaultContent();
            browser.switchTo().frame("page");
            assertTrue(browser.findElements(By.xpath("//h1[text()='Open Virtualization Alliance (OVA)']")).isEmpty(),
                    "the site's own pages do not render in a frame");
        } finally {
            browser.quit();
            other.stop(0);
        }
    }
}
