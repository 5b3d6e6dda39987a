package org.alliancetracker.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.alliancetracker.history.AuditEntry;

/** Which deliveries the sender picks up: a stopped webhook's wait, and failed ones wait to be sent again. */
@QuarkusTest
class WebhookDeliveryTest {

    private static Webhook webhook(boolean active) {
        Webhook webhook = new Webhook();
        webhook.url = "http://127.0.0.1:9/delivery-test";
        webhook.secret = "a secret of the delivery test";
        webhook.active = active;
        webhook.persist();
        return webhook;
    }

    private static WebhookDelivery delivery(Webhook webhook, WebhookDelivery.Status status, Instant due) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhook = webhook;
        delivery.auditEntryId = AuditEntry.<AuditEntry>find("order by id").firstResult().id;
        delivery.status = status;
        delivery.attempts = status == WebhookDelivery.Status.FAILED ? 8 : 0;
        delivery.createdAt = due;
        delivery.nextAttemptAt = due;
        delivery.persist();
        return delivery;
    }

    @Test
    @TestTransaction
    void aStoppedWebhooksDeliveriesWaitUntilItIsResumed() {
        Instant now = Instant.now();
        WebhookDelivery active = delivery(webhook(true), WebhookDelivery.Status.PENDING, now.minusSeconds(1));
        Webhook stopped = webhook(false);
        WebhookDelivery waiting = delivery(stopped, WebhookDelivery.Status.PENDING, now.minusSeconds(1));
        assertTrue(WebhookDelivery.due(now, 1000).contains(active.id));
        assertFalse(WebhookDelivery.due(now, 1000).contains(waiting.id));
        stopped.active = true;
        assertTrue(WebhookDelivery.due(now, 1000).contains(waiting.id));
    }

    @Test
    @TestTransaction
    void failedDeliveriesAreDueAgainWithTheirAttemptsAnew() {
        Instant now = Instant.now();
        Webhook webhook = webhook(true);
        WebhookDelivery failed = delivery(webhook, WebhookDelivery.Status.FAILED, now.minusSeconds(3600));
        WebhookDelivery delivered = delivery(webhook, WebhookDelivery.Status.DELIVERED, now.minusSeconds(3600));
        WebhookDelivery otherWebhooks = delivery(webhook(true), WebhookDelivery.Status.FAILED, now.minusSeconds(3600));
        assertEquals(1, WebhookDelivery.countFailedOf(webhook));
        assertFalse(WebhookDelivery.due(now, 1000).contains(failed.id));

        assertEquals(1, WebhookDelivery.sendFailedAgain(webhook, now));
        WebhookDelivery.getEntityManager().clear();
        WebhookDelivery again = WebhookDelivery.findById(failed.id);
        assertEquals(WebhookDelivery.Status.PENDING, again.status);
        assertEquals(0, again.attempts);
        // A moment later, as the sender's next poll: the database may round the time up to its precision.
        assertTrue(WebhookDelivery.due(now.plusMillis(1), 1000).contains(failed.id));
        assertEquals(WebhookDelivery.Status.DELIVERED, WebhookDelivery.<WebhookDelivery>findById(delivered.id).status);
        assertEquals(WebhookDelivery.Status.FAILED, WebhookDelivery.<WebhookDelivery>findById(otherWebhooks.id).status);
        assertEquals(0, WebhookDelivery.countFailedOf(webhook));
    }
}
