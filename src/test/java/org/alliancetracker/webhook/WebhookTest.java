package org.alliancetracker.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.FastWebhooksProfile;

/** Changes reach a receiver signed with HMAC-SHA256, are retried on failure, and never hold up an edit. */
@QuarkusTest
@TestProfile(FastWebhooksProfile.class)
class WebhookTest {

    private static final String SECRET = "a shared secret for the test receiver";

    /** A receiver on a loopback port: records each request; answers 500 to the first {@code failures} of them. */
    static final class Receiver implements AutoCloseable {
        record Request(String body, String signature, String event) {
        }

        final HttpServer server;
        final List<Request> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft;

        Receiver(int failures) throws IOException {
            failuresLeft = new AtomicInteger(failures);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                requests.add(new Request(new String(body, StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("X-Tracker-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Tracker-Event")));
                exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static void register(Browser admin, String url, String events) {
        admin.page("/admin/webhooks");
        assertEquals(303,
                admin.post("/admin/webhooks", Map.of("url", url, "secret", SECRET, "events", events)).statusCode());
    }

    private static String rename(Browser editor, String slug, String name) {
        long id = Long.parseLong(editor.page("/organizations/" + slug).selectFirst("a[href^=/edit/organization/]")
                .attr("href").replaceAll("\\D", ""));
        String version = editor.page("/edit/organization/" + id).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post("/edit/organization/" + id, Map.of("version", version, "name", name,
                "slug", slug, "kind", "COMPANY")).statusCode());
        return String.valueOf(id);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "not within 10 seconds");
    }

    @Test
    void aChangeIsSignedSentAndRetriedUntilTaken() throws Exception {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        try (Receiver receiver = new Receiver(1)) {
            register(admin, receiver.url(), "organization");
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String id = rename(editor, "novell", "Novell, renamed by the webhook test");
            rename(editor, "novell", "Novell");
            await(() -> receiver.requests.size() >= 3);

            Receiver.Request first = receiver.requests.get(0);
            assertEquals(2, receiver.requests.stream().filter(r -> r.body().equals(first.body())).count(),
                    "the delivery answered 500 is sent again, once");
            for (Receiver.Request request : receiver.requests) {
                assertEquals("sha256=" + WebhookSender.sign(SECRET, request.body().getBytes(StandardCharsets.UTF_8)),
                        request.signature());
                assertEquals("organization.updated", request.event());
            }
            JsonPath change = new JsonPath(first.body());
            assertEquals("organization", change.getString("type"));
            assertEquals(id, change.getString("recordId"));
            assertEquals("Novell, renamed by the webhook test", change.getString("data.name"));

            String logPath = admin.page("/admin/webhooks").select("table.webhooks tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals(receiver.url())).findFirst().orElseThrow()
                    .selectFirst("a:containsOwn(Delivery log)").attr("href");
            await(() -> admin.page(logPath).select("table.deliveries tbody tr").stream()
                    .filter(r -> r.text().contains("DELIVERED")).count() == 2);
            Document log = admin.page(logPath);
            assertTrue(log.select("table.deliveries tbody tr").stream()
                    .anyMatch(r -> r.text().contains("DELIVERED 2 HTTP 204")),
                    "the retried delivery took two attempts: " + log.select("table.deliveries tbody tr").eachText());
        }
    }

    /** The address of the webhook's delivery log, from its row in the list. */
    private static String logPath(Browser admin, String url) {
        return row(admin.page("/admin/webhooks"), url).selectFirst("a:containsOwn(Delivery log)").attr("href");
    }

    private static Element row(Document list, String url) {
        return list.select("table.webhooks tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(url))
                .findFirst().orElseThrow(() -> new AssertionError(url + " is not listed"));
    }

    @Test
    void aStoppedWebhookSendsNothingUntilResumedAndThenTheChangesThatFollow() throws Exception {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        try (Receiver receiver = new Receiver(0)) {
            register(admin, receiver.url(), "organization");
            String log = logPath(admin, receiver.url());
            assertEquals(303, admin.post(log + "/stop", Map.of()).statusCode());
            Element stopped = row(admin.page("/admin/webhooks"), receiver.url());
            assertEquals("Stopped", stopped.selectFirst("td[data-label=Status]").text());
            assertEquals(log + "/resume", stopped.selectFirst("form:has(button:containsOwn(Resume))").attr("action"));

            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            rename(editor, "intel", "Intel, while its webhook is stopped");
            assertEquals(303, admin.post(log + "/resume", Map.of()).statusCode());
            assertTrue(admin.page("/admin/webhooks").text().contains("Changes made while it was stopped are not"),
                    "the flash says what was missed and where to find it");
            Element resumed = row(admin.page("/admin/webhooks"), receiver.url());
            assertEquals("Active", resumed.selectFirst("td[data-label=Status]").text());
            assertEquals(1, resumed.select("button:containsOwn(Stop)").size());
            rename(editor, "intel", "Intel");

            await(() -> !receiver.requests.isEmpty());
            Thread.sleep(1000);
            assertEquals(List.of("Intel"), receiver.requests.stream()
                    .map(r -> new JsonPath(r.body()).getString("data.name")).toList(),
                    "only the change made after the webhook was resumed");
        }
    }

    @Test
    void failedDeliveriesMayBeSentAgainOnceTheReceiverIsBack() throws Exception {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        // The profile gives up after 3 attempts: the receiver is down for those, then answers.
        try (Receiver receiver = new Receiver(3)) {
            register(admin, receiver.url(), "organization");
            String log = logPath(admin, receiver.url());
            assertTrue(admin.page(log).select("form[action$=/retry]").isEmpty(), "nothing failed yet");
            rename(Browser.loggedInAs(Browser.newAccount(Role.EDITOR)), "hp", "HP, while its receiver is down");
            await(() -> admin.page(log).select("table.deliveries tbody tr").text().contains("FAILED 3"));
            Element retry = admin.page(log).selectFirst("form[action=" + log + "/retry]");
            assertEquals("Send the 1 failed delivery again", retry.selectFirst("button").text());

            assertEquals(303, admin.post(log + "/retry", Map.of()).statusCode());
            await(() -> admin.page(log).select("table.deliveries tbody tr").text().contains("DELIVERED 1 HTTP 204"));
            assertEquals(4, receiver.requests.size());
            assertEquals(receiver.requests.get(0).body(), receiver.requests.get(3).body(), "the same change");
            assertTrue(admin.page(log).select("form[action$=/retry]").isEmpty(), "nothing left failed");
            assertEquals(303, admin.post(log + "/retry", Map.of()).statusCode(), "nothing to send: said, not refused");
        }
    }

    @Test
    void aTestDeliveryIsSentAtOnceAndSaysWhatTheReceiverAnswered() throws Exception {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        try (Receiver receiver = new Receiver(0)) {
            register(admin, receiver.url(), "organization");
            String log = logPath(admin, receiver.url());
            Document page = admin.page(log);
            assertEquals(log + "/test", page.selectFirst("form:has(button:containsOwn(Send a test))").attr("action"));
            Response sent = admin.post(log + "/test", Map.of());
            assertEquals(303, sent.statusCode());
            assertEquals(1, receiver.requests.size(), "sent while the administrator waits");
            Receiver.Request ping = receiver.requests.get(0);
            assertEquals("ping", ping.event());
            assertEquals("sha256=" + WebhookSender.sign(SECRET, ping.body().getBytes(StandardCharsets.UTF_8)),
                    ping.signature());
            assertEquals("ping", new JsonPath(ping.body()).getString("event"));
            assertEquals(log.replaceAll("\\D", ""), new JsonPath(ping.body()).getString("webhook"));
            Document after = admin.page(log);
            String flash = after.selectFirst(".flash").text();
            assertTrue(flash.contains("answered HTTP 204"), flash);
            assertTrue(after.select("table.deliveries").isEmpty(), "a test is not a change: the log stays empty");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String down = "http://127.0.0.1:" + closedPort + "/test-of-a-dead-receiver";
        register(admin, down, "organization");
        String log = logPath(admin, down);
        admin.page(log);
        assertEquals(303, admin.post(log + "/test", Map.of()).statusCode());
        String flash = admin.page(log).selectFirst(".flash").text();
        assertTrue(flash.contains("could not be reached"), flash);
    }

    /** A sample of the Prometheus text at /q/metrics, 0 when the series is absent. */
    private static double metric(String series) {
        return RestAssured.get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void failedDeliveriesShowInTheMetrics() throws Exception {
        double failedAttempts = metric("tracker_webhook_attempts_total{outcome=\"failed\"}");
        double givenUp = metric("tracker_webhook_given_up_total");
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        register(admin, "http://127.0.0.1:" + closedPort + "/metrics-test", "organization");
        rename(Browser.loggedInAs(Browser.newAccount(Role.EDITOR)), "citrix", "Citrix, while its receiver is down");
        await(() -> metric("tracker_change_feed_lag_seconds") > 0);
        // Three attempts (the profile's maximum), then the delivery is given up and counted as failed.
        await(() -> metric("tracker_webhook_given_up_total") >= givenUp + 1);
        assertTrue(metric("tracker_webhook_attempts_total{outcome=\"failed\"}") >= failedAttempts + 3);
        await(() -> metric("tracker_webhook_deliveries_failed") >= 1);
    }

    @Test
    void anEditDoesNotWaitForADeadReceiver() throws Exception {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        register(admin, "http://127.0.0.1:" + closedPort + "/nobody", "*");
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        long start = System.nanoTime();
        rename(editor, "vmware", "VMware, while the receiver is down");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3000, "the edit did not wait for the receiver");
        assertEquals("VMware, while the receiver is down",
                editor.page("/organizations/vmware").selectFirst("h1").text());
    }

    @Test
    void theFormOffersEveryKindOfRecordTickedAndRegistersTheKindsTicked() {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        Document form = admin.page("/admin/webhooks");
        List<String> offered = form.select("fieldset input[type=checkbox][name=events]").eachAttr("value");
        assertEquals(Set.copyOf(AuditEntry.RECORD_TYPES), Set.copyOf(offered), "one box per kind in the change feed");
        assertEquals(offered.size(), form.select("input[name=events][checked]").size(), "every box ticked at first");
        assertTrue(form.select("fieldset label").eachText().containsAll(List.of("Backer change", "Membership")));

        String some = "https://example.org/some-kinds-" + System.nanoTime();
        assertEquals(303, admin.post("/admin/webhooks", Map.of("url", some, "secret", SECRET,
                "events", List.of("membership", "backer-change"))).statusCode());
        String every = "https://example.org/every-kind-" + System.nanoTime();
        assertEquals(303, admin.post("/admin/webhooks", Map.of("url", every, "secret", SECRET,
                "events", offered)).statusCode());
        Document list = admin.page("/admin/webhooks");
        assertEquals("Backer change, Membership", sends(list, some));
        assertEquals("Every kind of record", sends(list, every), "so that kinds added later are sent too");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "memberships|Choose the kinds of record from the list.",
            "membership,no-such-kind|Choose the kinds of record from the list.",
            "' '|Tick at least one kind of record."})
    void kindsThatAreNotOnTheListAreRefusedBesideTheField(String events, String message) {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/webhooks");
        String url = "https://example.org/refused-" + System.nanoTime();
        Response answer = admin.post("/admin/webhooks",
                Map.of("url", url, "secret", SECRET, "events", events));
        assertEquals(422, answer.statusCode());
        Document page = Jsoup.parse(answer.asString());
        assertEquals(message, page.selectFirst("fieldset.has-error #f-events-error").text());
        assertEquals(url, page.selectFirst("input#f-url").val(), "the address is kept");
        assertEquals(events.startsWith("membership,") ? List.of("membership") : List.of(),
                page.select("input[name=events][checked]").eachAttr("value"), "the known kinds stay ticked");
        assertTrue(admin.page("/admin/webhooks").select("table.webhooks th").eachText().stream()
                .noneMatch(url::equals), "nothing registered");
    }

    private static String sends(Document list, String url) {
        return list.select("table.webhooks tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(url))
                .findFirst().orElseThrow(() -> new AssertionError(url + " is not listed"))
                .selectFirst("td[data-label=Sends]").text();
    }

    @Test
    void onlyAdministratorsManageWebhooks() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        assertEquals(403, editor.get("/admin/webhooks").statusCode());
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/webhooks");
        assertEquals(422, admin.post("/admin/webhooks", Map.of("url", "ftp://example.org", "secret", "short",
                "events", "*")).statusCode());
    }
}
