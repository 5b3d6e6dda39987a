package org.alliancetracker.web;

import static org.alliancetracker.web.PublicCompressionTest.raw;
import static org.alliancetracker.web.PublicCompressionTest.variesOnEncoding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behind a proxy that compresses, compression is switched off: every answer goes plain, with its strong ETag. */
@QuarkusTest
@TestProfile(PublicCompressionOffTest.CompressionOff.class)
class PublicCompressionOffTest {

    public static class CompressionOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.enable-compression", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alliances/open-virtualization-alliance", "/api/v1/changes?limit=5", "/feed.atom"})
    void aPublicAnswerGoesPlainWithItsStrongEtag(String path) {
        String plain = raw().get(path).asString();
        for (int i = 0; i < 2; i++) { // rendered, then kept
            Response answer = raw().header("Accept-Encoding", "gzip, deflate").get(path);
            answer.then().statusCode(200);
            assertNull(answer.header("Content-Encoding"));
            assertEquals(plain, answer.asString());
            assertTrue(answer.header("ETag").startsWith("\""), answer.header("ETag"));
            assertFalse(variesOnEncoding(answer), answer.header("Vary"));
        }
    }
}
