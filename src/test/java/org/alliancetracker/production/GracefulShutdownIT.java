package org.alliancetracker.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A stop as orchestrators do it (SIGTERM, as in a rolling restart): an edit whose request is in flight when the
 * signal comes is finished, acknowledged and kept, and a request that comes meanwhile is served whole (with
 * Connection: close) rather than cut; scheduled work that comes due during the stop is skipped instead of failing on
 * a database already closed. Runs on H2 files, and on PostgreSQL with -Ppostgres.
 */
class GracefulShutdownIT {

    @Test
    void anEditInFlightWhenTheServerIsStoppedIsFinishedAndKept() throws Exception {
        Map<String, String> database = ProcessDatabase.fresh("shutdown");
        // Webhook deliveries are polled every second here, so that polls come due while the server stops.
        try (ServerProcess server = new ServerProcess("shutdown-before", database)
                .with("TRACKER_WEBHOOKS_POLL_INTERVAL", "1s").start()) {
            SiteSession editor = new SiteSession(server.baseUrl());
            assertEquals(303, editor.logIn(ServerProcess.ADMIN, ServerProcess.ADMIN_PASSWORD).statusCode());
            editor.get("/edit/organization/new");
            byte[] request = editor.rawPost("/edit/organization/new",
                    Map.of("name", "Stopped Midway", "slug", "stopped-midway", "kind", "COMPANY"));
            int head = request.length - 8; // all but the end of the body: the server holds a request in flight
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(request, 0, head);
                out.flush();
                Thread.sleep(300);
                server.terminate();
                Thread.sleep(1000);
                assertTrue(server.isAlive(), "the server waits for the request in flight");

                HttpResponse<String> meanwhile = HttpClient.newHttpClient().send(HttpRequest
                        .newBuilder(URI.create(server.baseUrl() + "/search?q=during+the+stop"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, meanwhile.statusCode(), "a request that comes during the stop is served");
                assertTrue(meanwhile.body().strip().endsWith("</html>"), "whole: " + meanwhile.body());

                out.write(request, head, request.length - head);
                out.flush();
                var answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII));
                assertEquals("HTTP/1.1 303 See Other", answer.readLine(), "the edit in flight is acknowledged");
            }
            assertTrue(server.exitsWithin(Duration.ofSeconds(20)), "then the server stops");
            assertEquals(List.of(), server.errorsLogged(), "nothing failed on the way down");
        }
        try (ServerProcess server = new ServerProcess("shutdown-after", database).start()) {
            HttpResponse<String> kept = new SiteSession(server.baseUrl())
                    .getJson("/api/v1/organizations/stopped-midway");
            assertEquals(200, kept.statusCode(), "the acknowledged edit is kept");
            assertTrue(kept.body().contains("Stopped Midway"), kept.body());
        }
    }
}
