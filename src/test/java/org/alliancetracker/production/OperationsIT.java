package org.alliancetracker.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What an operator sees of the packaged application: health, Prometheus metrics and JSON logs. */
class OperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void healthMetricsAndLogsOnTheManagementPort() throws Exception {
        ServerProcess operations = new ServerProcess("operations", ProcessDatabase.fresh("operations"));
        try (ServerProcess server = operations.start()) {
            JsonNode ready = JSON.readTree(server.management("/q/health/ready").body());
            assertEquals("UP", ready.get("status").asText());
            assertTrue(ready.get("checks").toString().contains("Database connections health check"), ready.toString());
            assertEquals(200, server.management("/q/health/live").statusCode());

            SiteSession visitor = new SiteSession(server.baseUrl());
            assertEquals(200, visitor.get("/alliances/open-virtualization-alliance").statusCode());
            String metrics = server.management("/q/metrics").body();
            assertTrue(metrics.contains("http_server_requests_seconds_count{")
                    && metrics.contains("uri=\"/alliances/{slug}\""),
                    "request rates and latencies by route");
            for (String name : List.of("tracker_change_feed_lag_seconds", "tracker_webhook_deliveries_pending",
                    "tracker_webhook_deliveries_failed", "tracker_webhook_attempts_total")) {
                assertTrue(metrics.contains(name), name);
            }
            // Visitors cannot read them: the public port does not serve /q/.
            assertEquals(404, visitor.get("/q/metrics").statusCode());
            assertEquals(404, visitor.get("/q/health").statusCode());
            // But the API's description is for the bots that visit: the footer's "API" link and the README's address.
            String apiLink = Jsoup.parse(visitor.get("/").body()).selectFirst("footer a:containsOwn(API)").attr("href");
            assertEquals(200, visitor.get(apiLink).statusCode(), apiLink);
            assertTrue(visitor.get("/q/openapi").body().contains("/api/v1/search"), "the OpenAPI document");
        }
        List<String> lines = Files.readAllLines(operations.log);
        assertTrue(lines.size() > 5);
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertTrue(record.hasNonNull("timestamp") && record.hasNonNull("level") && record.has("message"), line);
        }
    }
}
