package org.alliancetracker.account;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.jboss.logging.Logger;

import org.alliancetracker.common.Texts;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.RecordNotFoundException;

/** Editors create personal API tokens for their bots (shown once) and revoke them. */
@Path("/account/tokens")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<ApiToken> tokens, String error, String newSecret);
    }

    private Account me() {
        return Account.findByUsername(user.getUsername()).orElseThrow();
    }

    @GET
    public TemplateInstance list() {
        return Templates.tokens(ApiToken.of(me()), null, null);
    }

    /** Shows the new token in the answer itself, once, never to be shown again; the page is not stored. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@FormParam("name") String name) {
        Account account = me();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80 || Texts.hasControlCharacters(label)) {
            return Response.status(422).entity(Templates.tokens(ApiToken.of(account),
                    "Give the token a name of 1 to 80 characters, such as the bot that will use it.", null).render())
                    .build();
        }
        String secret = ApiToken.newSecret();
        ApiToken token = new ApiToken();
        token.account = account;
        token.name = label;
        token.tokenHash = Sessions.hash(secret);
        token.tokenPrefix = secret.substring(0, 10);
        token.createdAt = Instant.now();
        token.persist();
        LOG.infof("API token %d created by '%s'", token.id, account.username);
        return Response.ok(Templates.tokens(ApiToken.of(account), null, secret).render())
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/revoke")
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.account.username.equals(user.getUsername())) {
            throw new RecordNotFoundException("token", String.valueOf(id));
        }
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
            LOG.infof("API token %d revoked by '%s'", token.id, user.getUsername());
        }
        return Flash.redirect("/account/tokens", "Revoked the token " + token.name
                + ". Bots using it are refused from now on.");
    }
}
