package org.alliancetracker.editing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.alliancetracker.account.CurrentUser;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.webhook.WebhookSender;

/** Records each change, with the values before and after, in the transaction of the change itself. */
@RequestScoped
public class AuditLog {

    /** Whose change it is when no person made it: the first start's record of the data the migrations wrote. */
    public static final String SYSTEM = "system";

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    private String actingUser;

    private Long importJobId;

    /** The entries recorded by each work under way, the outer ones' lists holding the nested ones' entries too. */
    private final Deque<List<AuditEntry>> recording = new ArrayDeque<>();

    /** For work done outside a user's request (a background import): whose change it is. */
    public void actAs(String username) {
        this.actingUser = username;
    }

    /** Marks the changes that follow in this request as the import's, which undoing it reverts. */
    public void forImport(long jobId) {
        this.importJobId = jobId;
    }

    /** The entries recorded while the work ran, those of work nested in it included. */
    public List<AuditEntry> recordedDuring(Runnable work) {
        List<AuditEntry> recorded = new ArrayList<>();
        recording.push(recorded);
        try {
            work.run();
        } finally {
            recording.pop();
        }
        return recorded;
    }

    public AuditEntry record(AuditEntry.Action action, String type, long id, String summary,
            Map<String, String> before, Map<String, String> after, Long revertsEntryId) {
        AuditEntry.lockFeedHead();
        AuditEntry entry = new AuditEntry();
        entry.changedAt = Instant.now();
        entry.username = actingUser != null ? actingUser : user.getUsername() == null ? SYSTEM : user.getUsername();
        entry.action = action;
        entry.recordType = type;
        entry.recordId = id;
        entry.summary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
        entry.beforeValues = write(before);
        entry.afterValues = write(after);
        entry.revertsEntryId = revertsEntryId;
        entry.importJobId = importJobId;
        entry.persist();
        recording.forEach(recorded -> recorded.add(entry));
        WebhookSender.enqueue(entry);
        return entry;
    }

    private String write(Map<String, String> values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serializes", e);
        }
    }
}
