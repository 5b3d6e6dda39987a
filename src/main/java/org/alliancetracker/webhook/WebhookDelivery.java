package org.alliancetracker.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to send to one webhook: written with the change, sent later, retried until it is taken. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Webhook webhook;

    @Column(nullable = false)
    public long auditEntryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    /** While set and in the future, one instance is sending this delivery; the others leave it alone. */
    public Instant claimedUntil;

    public Integer lastStatusCode;

    @Column(length = 500)
    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant deliveredAt;

    /** Deliveries to send now: pending, due, not being sent by another instance, and of a webhook not stopped. */
    public static List<Long> due(Instant now, int limit) {
        return getEntityManager().createQuery("select d.id from WebhookDelivery d where d.status = ?1"
                + " and d.nextAttemptAt <= ?2 and (d.claimedUntil is null or d.claimedUntil < ?2)"
                + " and d.webhook.active = true order by d.id", Long.class)
                .setParameter(1, Status.PENDING).setParameter(2, now).setMaxResults(limit).getResultList();
    }

    public static long countFailedOf(Webhook webhook) {
        return count("webhook = ?1 and status = ?2", webhook, Status.FAILED);
    }

    /**
     * Makes the webhook's given-up deliveries pending again, due now and with their attempts anew, as once the
     * receiver is back; their last answer stays until the next attempt. Answers how many.
     */
    public static int sendFailedAgain(Webhook webhook, Instant now) {
        return update("status = ?1, attempts = 0, nextAttemptAt = ?2, claimedUntil = null where webhook = ?3"
                + " and status = ?4", Status.PENDING, now, webhook, Status.FAILED);
    }

    /** Claims the delivery for this instance until the given time; false when another instance has it. */
    public static boolean claim(long id, Instant now, Instant until) {
        return update("claimedUntil = ?1 where id = ?2 and status = ?3 and (claimedUntil is null or claimedUntil < ?4)",
                until, id, Status.PENDING, now) == 1;
    }

    /** What waits to be sent, and how many deliveries were given up, over all webhooks. */
    public record Backlog(long pending, Instant oldestPending, long failed) {
        public static final Backlog NONE = new Backlog(0, null, 0);
    }

    public static Backlog backlog() {
        Object[] row = getEntityManager().createQuery("select"
                + " coalesce(sum(case when d.status = ?1 then 1 else 0 end), 0),"
                + " min(case when d.status = ?1 then d.createdAt end),"
                + " coalesce(sum(case when d.status = ?2 then 1 else 0 end), 0)"
                + " from WebhookDelivery d", Object[].class)
                .setParameter(1, Status.PENDING).setParameter(2, Status.FAILED).getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), (Instant) row[1], ((Number) row[2]).longValue());
    }

    public static List<WebhookDelivery> recentOf(Webhook webhook, int limit) {
        return find("webhook = ?1 order by id desc", webhook).page(0, limit).list();
    }
}
