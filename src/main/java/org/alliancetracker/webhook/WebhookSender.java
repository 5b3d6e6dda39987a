package org.alliancetracker.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

import org.alliancetracker.common.DatabaseOutage;
import org.alliancetracker.config.TrackerConfig;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.history.ChangeFeedApi;

/**
 * Sends webhook deliveries: each change becomes a signed JSON POST, retried with exponential backoff when the
 * receiver fails. Deliveries are queued in the transaction of the change and sent afterwards by this scheduled
 * sender, so a slow or broken receiver never delays or fails an edit.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    public static final String SIGNATURE_HEADER = "X-Tracker-Signature";
    static final int BATCH = 50;
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Inject
    TrackerConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    DeliveryMetrics metrics;

    /**
     * The HTTP client, made on the first delivery rather than with this bean: building one loads the JDK's trust
     * store (about 140 certificates), which the first poll would otherwise do at every start, beside the first page.
     */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Queues the change for every active webhook that wants its record type, in the current transaction. */
    public static void enqueue(AuditEntry entry) {
        for (Webhook webhook : Webhook.active()) {
            if (webhook.wants(entry.recordType)) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.webhook = webhook;
                delivery.auditEntryId = entry.id;
                delivery.createdAt = entry.changedAt;
                delivery.nextAttemptAt = entry.changedAt;
                delivery.persist();
            }
        }
    }

    /** HMAC-SHA256 of the body under the secret, as lower-case hex. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private final DatabaseOutage.TolerantJob sending = new DatabaseOutage.TolerantJob(LOG, "Webhook delivery");

    // Not while the application stops: the database may already be closed, and the next start sends what is due.
    @Scheduled(every = "${tracker.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDueWhileTheDatabaseAnswers() {
        sending.run(this::sendDue);
    }

    void sendDue() {
        Instant now = Instant.now();
        for (long id : QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.due(now, BATCH))) {
            Instant until = now.plus(config.webhooks().timeout().multipliedBy(3));
            boolean mine = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.claim(id, now, until));
            if (mine) {
                send(id);
            }
        }
        metrics.backlogIs(QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.backlog()));
    }

    private record Attempt(String url, String secret, byte[] body, String event, long deliveryId) {
    }

    private void send(long deliveryId) {
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            AuditEntry entry = AuditEntry.findById(d.auditEntryId);
            byte[] body = json.writeValueAsBytes(ChangeFeedApi.ChangeView.of(entry));
            return new Attempt(d.webhook.url, d.webhook.secret, body,
                    entry.recordType + "." + entry.action.name().toLowerCase(Locale.ROOT), d.id);
        });
        Answer answer = post(attempt.url(), attempt.secret(), attempt.body(), attempt.event(),
                String.valueOf(attempt.deliveryId()));
        record(deliveryId, answer);
    }

    /** What a receiver answered: its HTTP status, or why there was none. */
    public record Answer(Integer status, String error) {
        public boolean taken() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * Sends a signed test to the webhook now, while the administrator waits, and records nothing: event
     * {@code ping}, with a body that names the webhook, so that its receiver's signature check can be tried.
     */
    public Answer sendTest(Webhook webhook) throws IOException {
        Map<String, Object> ping = new LinkedHashMap<>();
        ping.put("event", "ping");
        ping.put("webhook", webhook.id);
        ping.put("sentAt", Instant.now().toString());
        return post(webhook.url, webhook.secret, json.writeValueAsBytes(ping), "ping", "ping-" + webhook.id);
    }

    private Answer post(String url, String secret, byte[] body, String event, String delivery) {
        try {
            HttpResponse<Void> response = Client.INSTANCE.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "AllianceTracker-Webhook/1")
                    .header("X-Tracker-Event", event)
                    .header("X-Tracker-Delivery", delivery)
                    .header(SIGNATURE_HEADER, "sha256=" + sign(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), null);
        } catch (IOException e) {
            return new Answer(null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }

    private void record(long deliveryId, Answer answer) {
        boolean success = answer.taken();
        Integer status = answer.status();
        String error = answer.error();
        boolean gaveUp = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            d.attempts++;
            d.lastStatusCode = status;
            d.lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
            d.claimedUntil = null;
            Instant now = Instant.now();
            if (success) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = now;
            } else if (d.attempts >= config.webhooks().maxAttempts()) {
                d.status = WebhookDelivery.Status.FAILED;
                LOG.warnf("Webhook delivery %d failed after %d attempts", d.id, d.attempts);
                return true;
            } else {
                Duration wait = config.webhooks().backoffBase().multipliedBy(1L << Math.min(d.attempts - 1, 20));
                d.nextAttemptAt = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
            }
            return false;
        });
        metrics.attempted(success, gaveUp);
    }
}
