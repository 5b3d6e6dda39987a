package org.alliancetracker.webhook;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Webhook and change-feed metrics for Prometheus. The backlog is read from the database by the sender at each poll,
 * so the gauges cover every instance and a scrape costs no query; the attempt counters are this instance's own.
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    MeterRegistry registry;

    private volatile WebhookDelivery.Backlog backlog = WebhookDelivery.Backlog.NONE;
    private Counter delivered;
    private Counter failedAttempts;
    private Counter givenUp;

    @PostConstruct
    void register() {
        Gauge.builder("tracker.change.feed.lag", this, DeliveryMetrics::lagSeconds).baseUnit("seconds")
                .description("Age of the oldest change not yet delivered to a webhook (0 when none waits)")
                .register(registry);
        Gauge.builder("tracker.webhook.deliveries.pending", this, m -> m.backlog.pending())
                .description("Webhook deliveries waiting to be sent or retried").register(registry);
        Gauge.builder("tracker.webhook.deliveries.failed", this, m -> m.backlog.failed())
                .description("Webhook deliveries given up after the last retry").register(registry);
        delivered = attempts("delivered");
        failedAttempts = attempts("failed");
        givenUp = Counter.builder("tracker.webhook.given.up").description("Deliveries this instance gave up")
                .register(registry);
    }

    private Counter attempts(String outcome) {
        return Counter.builder("tracker.webhook.attempts").tag("outcome", outcome)
                .description("Webhook POSTs sent by this instance, by outcome").register(registry);
    }

    void backlogIs(WebhookDelivery.Backlog current) {
        backlog = current;
    }

    void attempted(boolean success, boolean gaveUp) {
        (success ? delivered : failedAttempts).increment();
        if (gaveUp) {
            givenUp.increment();
        }
    }

    double lagSeconds() {
        Instant oldest = backlog.oldestPending();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }
}
