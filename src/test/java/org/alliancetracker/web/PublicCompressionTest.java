package org.alliancetracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.account.Sessions;
import org.alliancetracker.testing.Browser;

/**
 * Public answers are compressed for clients that accept it, with a weak ETag and Vary: Accept-Encoding; answers for
 * a session, and pages holding a form token, never are.
 */
@QuarkusTest
class PublicCompressionTest {

    /** Requests as sent, answers as received: no Accept-Encoding unless a test adds it, and no decoding. */
    static RequestSpecification raw() {
        return given()
                .config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .redirects().follow(false);
    }

    private static byte[] gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not a gzip body", e);
        }
    }

    static boolean variesOnEncoding(Response response) {
        String vary = response.header("Vary");
        return vary != null && vary.toLowerCase(Locale.ROOT).contains("accept-encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alliances/open-virtualization-alliance", "/api/v1/changes?limit=5",
            "/timelines/alliances/open-virtualization-alliance/swimlanes.svg", "/feed.atom",
            "/alliances/open-virtualization-alliance/members.csv", "/organizations.csv", "/style.css"})
    void aPublicAnswerIsCompressedForAClientThatAcceptsIt(String path) {
        Response plain = raw().get(path);
        plain.then().statusCode(200);
        assertNotEquals("gzip", plain.header("Content-Encoding"));
        // The plain request kept the answer: it is now served gzipped from memory, on the event loop, and through
        // the application (which a request with an Origin goes to), each once gzipped.
        for (boolean withOrigin : new boolean[] {false, true}) {
            RequestSpecification request = raw().header("Accept-Encoding", "gzip");
            Response zipped = (withOrigin ? request.header("Origin", "https://widget.example") : request).get(path);
            zipped.then().statusCode(200);
            assertEquals("gzip", zipped.header("Content-Encoding"), path);
            assertArrayEquals(plain.asByteArray(), gunzip(zipped.asByteArray()), path);
            if (!path.equals("/style.css")) { // the stylesheet is Quarkus's, validated by Last-Modified
                assertTrue(variesOnEncoding(zipped), "Vary: " + zipped.header("Vary"));
                assertTrue(variesOnEncoding(plain), "Vary: " + plain.header("Vary"));
                assertEquals("W/" + plain.header("ETag"), zipped.header("ETag"));
                assertEquals("hit", zipped.header("X-Cache"), "a kept answer");
            }
        }
    }

    @Test
    void aStrongEtagForAnUncompressedAnswerAndAWeakOneForACompressedOneBothRevalidate() {
        String path = "/alliances/open-virtualization-alliance";
        String strong = raw().get(path).header("ETag");
        assertTrue(strong.startsWith("\""), strong);
        String weak = raw().header("Accept-Encoding", "gzip, deflate").get(path).header("ETag");
        assertEquals("W/" + strong, weak);

        Response notModified = raw().header("Accept-Encoding", "gzip, deflate").header("If-None-Match", weak).get(path);
        assertEquals(304, notModified.statusCode());
        assertEquals(weak, notModified.header("ETag"));
        assertTrue(variesOnEncoding(notModified));
        Response plainNotModified = raw().header("If-None-Match", strong).get(path);
        assertEquals(304, plainNotModified.statusCode());
        assertEquals(strong, plainNotModified.header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "gzip;q=0, deflate;q=0", "br"})
    void aClientThatRefusesGzipAndDeflateGetsPlainBytesAndAStrongEtag(String acceptEncoding) {
        String path = "/api/v1/alliances";
        Response response = raw().header("Accept-Encoding", acceptEncoding).get(path);
        response.then().statusCode(200);
        assertFalse("gzip".equals(response.header("Content-Encoding"))
                || "deflate".equals(response.header("Content-Encoding")));
        assertTrue(response.header("ETag").startsWith("\""), response.header("ETag"));
        assertTrue(response.asString().startsWith("{") || response.asString().startsWith("["), response.asString());
    }

    /** Odd but possible headers: answered, never a server error, and gzipped only with the weak ETag. */
    @ParameterizedTest
    @ValueSource(strings = {",,,;;", ";", ";;gzip", "gzip;;q=0.5", "gzip;q=abc", ", gzip ,", "*;q=0.1", "GZIP", "=;=,=",
            "deflate", "gzip;q=0.5, deflate"})
    void anOddAcceptEncodingGetsTheAnswerPlainOrCompressedWithAMatchingEtag(String acceptEncoding) {
        String path = "/alliances/open-virtualization-alliance";
        byte[] plain = raw().get(path).asByteArray();
        for (int round = 0; round < 2; round++) { // the first may render it afresh, the second is a kept answer
            Response response = raw().header("Accept-Encoding", acceptEncoding).get(path);
            response.then().statusCode(200);
            String coding = response.header("Content-Encoding");
            boolean compressed = "gzip".equals(coding) || "deflate".equals(coding);
            byte[] body = response.asByteArray();
            assertArrayEquals(plain,
                    "gzip".equals(coding) ? gunzip(body) : "deflate".equals(coding) ? inflate(body) : body,
                    acceptEncoding);
            assertEquals(compressed, response.header("ETag").startsWith("W/"),
                    acceptEncoding + ": " + response.header("ETag"));
        }
    }

    private static byte[] inflate(byte[] body) {
        try (var in = new InflaterInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not a deflate body", e);
        }
    }

    @Test
    void theLoginPageWithItsFormTokenIsNotCompressed() {
        Response login = raw().header("Accept-Encoding", "gzip").get("/login?next=/alliances");
        login.then().statusCode(200);
        assertNotEquals("gzip", login.header("Content-Encoding"));
        assertTrue(login.asString().contains("csrf-token"), "the page is readable as sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alliances/open-virtualization-alliance", "/edit/organization/new", "/search?q=xen"})
    void anEditorsPagesAreNotCompressed(String path) {
        Browser editor = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        Response page = raw().header("Accept-Encoding", "gzip")
                .cookie(Sessions.cookieName(), editor.cookie(Sessions.cookieName()))
                .accept("text/html").get(path);
        page.then().statusCode(200);
        assertNotEquals("gzip", page.header("Content-Encoding"));
        assertTrue(page.asString().contains("csrf-token"), "an editor's page holds a form token");
        assertNull(page.header("ETag"));
    }

    @Test
    void anErrorPageIsNotCompressed() {
        Response missing = raw().header("Accept-Encoding", "gzip").accept("text/html")
                .get("/alliances/no-such-alliance");
        assertEquals(404, missing.statusCode());
        assertNotEquals("gzip", missing.header("Content-Encoding"));
        assertTrue(missing.asString().contains("<html"), "readable as sent");
    }
}
