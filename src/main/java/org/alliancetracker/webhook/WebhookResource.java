package org.alliancetracker.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.RecordNotFoundException;

/** Administrators register webhooks, stop them, and read each one's delivery log. */
@Path("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ROLE)
public class WebhookResource {

    static final int LOG_SIZE = 100;

    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(List<Webhook> webhooks, Map<String, String> values,
                Map<String, String> errors);

        static native TemplateInstance deliveries(Webhook webhook, List<WebhookDelivery> deliveries);
    }

    @GET
    public TemplateInstance list() {
        return Templates.webhooks(Webhook.listAll(), Map.of("events", "*"), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@FormParam("url") String url, @FormParam("secret") String secret,
            @FormParam("events") String events) {
        Webhook webhook = new Webhook();
        webhook.url = url == null ? null : url.strip();
        webhook.secret = secret;
        webhook.events = events == null || events.isBlank() ? "*" : events.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(webhook).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        for (var field : Map.of("url", String.valueOf(url), "secret", String.valueOf(secret), "events", webhook.events).entrySet()) {
            if (org.alliancetracker.common.Texts.hasControlCharacters(field.getValue())) {
                errors.put(field.getKey(), org.alliancetracker.common.Texts.CONTROL_CHARACTERS);
            }
        }
        if (!errors.isEmpty()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("url", url == null ? "" : url);
            values.put("events", webhook.events);
            return Response.status(422).entity(Templates.webhooks(Webhook.listAll(), values, errors).render()).build();
        }
        webhook.persist();
        return Flash.redirect("/admin/webhooks", "Registered the webhook " + webhook.url + ".");
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response stop(@PathParam("id") long id) {
        Webhook webhook = find(id);
        webhook.active = false;
        return Flash.redirect("/admin/webhooks", "Stopped the webhook " + webhook.url + ": no further changes are sent.");
    }

    @GET
    @Path("{id}")
    public TemplateInstance deliveries(@PathParam("id") long id) {
        Webhook webhook = find(id);
        return Templates.deliveries(webhook, WebhookDelivery.recentOf(webhook, LOG_SIZE));
    }

    private static Webhook find(long id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null) {
            throw new RecordNotFoundException("webhook", String.valueOf(id));
        }
        return webhook;
    }
}
