package org.alliancetracker.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.history.AuditEntry;

/**
 * A subscription to changes: each change of the chosen record types is POSTed to the URL as JSON, signed with
 * HMAC-SHA256 under the secret (header {@code X-Tracker-Signature: sha256=<hex>}).
 */
@Entity
@Table(name = "webhook")
public class Webhook extends TrackedEntity {

    /** In {@link #events}, every kind of record, including kinds that later versions add. */
    public static final String EVERY_KIND = "*";

    @NotBlank(message = "An address is required.")
    @Size(max = 500, message = "At most 500 characters.")
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "Use an http:// or https:// address.")
    public String url;

    /** The shared secret the receiver checks signatures with; kept as given, since signing needs it. */
    @NotBlank(message = "A secret is required.")
    @Size(min = 16, max = 200, message = "Use 16 to 200 characters.")
    public String secret;

    /** The record types to send, separated by commas, or * for all. */
    @NotBlank(message = "Choose the changes to send.")
    @Size(max = 500)
    public String events = EVERY_KIND;

    public boolean active = true;

    @Column(nullable = false)
    public Instant createdAt = Instant.now();

    /** Whether every kind of record is sent, including kinds that later versions add. */
    public boolean sendsEveryKind() {
        return recordTypes().contains(EVERY_KIND);
    }

    /** The record types to send, as stored. */
    public List<String> recordTypes() {
        return AuditEntry.recordTypesIn(events);
    }

    public boolean wants(String recordType) {
        return recordTypes().stream().anyMatch(e -> e.equals(EVERY_KIND) || e.equals(recordType));
    }

    public static List<Webhook> active() {
        return list("active = true order by id");
    }
}
