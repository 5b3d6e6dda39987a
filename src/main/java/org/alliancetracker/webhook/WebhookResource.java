package org.alliancetracker.webhook;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.common.Texts;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.HtmlPages;
import org.alliancetracker.web.RecordNotFoundException;

/** Administrators register webhooks, stop them, and read each one's delivery log. */
@Path("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ROLE)
public class WebhookResource {

    static final int LOG_SIZE = 100;

    @Inject
    Validator validator;

    @Inject
    EditorRegistry registry;

    @Inject
    WebhookSender sender;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(List<Webhook> webhooks, Map<String, String> kinds, Set<String> ticked,
                Map<String, String> values, Map<String, String> errors);

        static native TemplateInstance deliveries(Webhook webhook, List<WebhookDelivery> deliveries, long failed);
    }

    @GET
    public TemplateInstance list() {
        Map<String, String> kinds = kinds();
        return Templates.webhooks(Webhook.listAll(), kinds, kinds.keySet(), Map.of(), Map.of());
    }

    /**
     * Registers a webhook for the kinds of record ticked. Every kind ticked is stored as "every kind", so that kinds
     * a later version adds are sent too. A script may also send {@code *}, or several types separated by commas.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@FormParam("url") String url, @FormParam("secret") String secret,
            @FormParam("events") List<String> events) {
        Map<String, String> kinds = kinds();
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> ticked = new LinkedHashSet<>();
        for (String value : events == null ? List.<String>of() : events) {
            for (String type : AuditEntry.recordTypesIn(value)) {
                if (type.equals(Webhook.EVERY_KIND)) {
                    ticked.addAll(kinds.keySet());
                } else if (kinds.containsKey(type)) {
                    ticked.add(type);
                } else {
                    errors.put("events", "Choose the kinds of record from the list.");
                }
            }
        }
        if (ticked.isEmpty()) {
            errors.putIfAbsent("events", "Tick at least one kind of record.");
        }
        Webhook webhook = new Webhook();
        webhook.url = url == null ? null : url.strip();
        webhook.secret = secret;
        webhook.events = ticked.containsAll(kinds.keySet()) ? Webhook.EVERY_KIND : String.join(",",
                kinds.keySet().stream().filter(ticked::contains).toList());
        validator.validate(webhook).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        for (var field : Map.of("url", String.valueOf(url), "secret", String.valueOf(secret)).entrySet()) {
            if (Texts.hasControlCharacters(field.getValue())) {
                errors.put(field.getKey(), Texts.CONTROL_CHARACTERS);
            }
        }
        if (!errors.isEmpty()) {
            return HtmlPages.withStatus(422, Templates.webhooks(Webhook.listAll(), kinds, ticked,
                    Map.of("url", url == null ? "" : url), errors));
        }
        webhook.persist();
        return Flash.redirect("/admin/webhooks", "Registered the webhook " + webhook.url + ".");
    }

    /** Each kind of record in the change feed, by type, with what people call it, in alphabetical order. */
    private Map<String, String> kinds() {
        return registry.nounsOf(AuditEntry.RECORD_TYPES);
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response stop(@PathParam("id") long id) {
        Webhook webhook = find(id);
        webhook.active = false;
        return Flash.redirect("/admin/webhooks", "Stopped the webhook " + webhook.url
                + ": no further changes are sent.");
    }

    /**
     * Sends again from now on: the deliveries left waiting when the webhook was stopped, and the changes that follow.
     * The changes made while it was stopped were not queued; a receiver finds them in the change feed.
     */
    @POST
    @Path("{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response resume(@PathParam("id") long id) {
        Webhook webhook = find(id);
        webhook.active = true;
        return Flash.redirect("/admin/webhooks", "Resumed the webhook " + webhook.url + ": changes are sent again. "
                + "Changes made while it was stopped are not; the receiver finds them in the change feed.");
    }

    /** Sends a signed test now, and says what the receiver answered; it is not a change, so nothing is logged. */
    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(@PathParam("id") long id) throws IOException {
        Webhook webhook = find(id);
        WebhookSender.Answer answer = sender.sendTest(webhook);
        String outcome = answer.status() == null ? "it could not be reached (" + answer.error() + ")."
                : answer.taken() ? "the receiver answered HTTP " + answer.status() + "."
                : "the receiver answered HTTP " + answer.status() + ", not a 2xx: changes would be retried.";
        return Flash.redirect("/admin/webhooks/" + id, "Sent a test to " + webhook.url + ": " + outcome);
    }

    /** Sends the deliveries given up after their last attempt again, as once the receiver is back. */
    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response retry(@PathParam("id") long id) {
        Webhook webhook = find(id);
        int again = WebhookDelivery.sendFailedAgain(webhook, Instant.now());
        return Flash.redirect("/admin/webhooks/" + id, again == 0 ? "No failed deliveries to send again."
                : "Sending " + again + (again == 1 ? " failed delivery" : " failed deliveries") + " again"
                        + (webhook.active ? "." : " once the webhook is resumed."));
    }

    @GET
    @Path("{id}")
    public TemplateInstance deliveries(@PathParam("id") long id) {
        Webhook webhook = find(id);
        return Templates.deliveries(webhook, WebhookDelivery.recentOf(webhook, LOG_SIZE),
                WebhookDelivery.countFailedOf(webhook));
    }

    private static Webhook find(long id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null) {
            throw new RecordNotFoundException("webhook", String.valueOf(id));
        }
        return webhook;
    }
}
