package org.alliancetracker.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.logging.Logger;

import org.alliancetracker.web.Flash;

/**
 * People change their own password: the current one first, then a new one under the same rules as any password.
 * Every other session of the account ends, so a change after a suspected theft locks the thief out.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_ROLE)
public class PasswordResource {

    private static final Logger LOG = Logger.getLogger(PasswordResource.class);

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(Map<String, String> errors, boolean required);
    }

    @GET
    public TemplateInstance form() {
        return Templates.password(Map.of(), user.mustChangePassword());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
            @Context HttpHeaders headers) {
        Account account = Account.findByUsername(user.getUsername()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || !Passwords.matches(current, account.passwordHash)) {
            errors.put("current", "This is not your current password.");
        } else {
            List<String> problems = Passwords.problems(password, account.username);
            if (!problems.isEmpty()) {
                errors.put("password", String.join(" ", problems));
            } else if (password.equals(current)) {
                errors.put("password", "Choose a password other than your current one.");
            }
        }
        if (!errors.isEmpty()) {
            LOG.infof("Password change of '%s' refused: %s", account.username, errors.keySet());
            return Response.status(422).entity(Templates.password(errors, account.mustChangePassword).render()).build();
        }
        account.passwordHash = Passwords.hash(password);
        account.mustChangePassword = false;
        long ended = AccountSession.endOthersOf(account, Sessions.hash(String.valueOf(Sessions.tokenOf(headers))));
        LOG.infof("Password of '%s' changed by its owner; %d other sessions ended", account.username, ended);
        return Flash.redirect("/", "Your password was changed"
                + (ended > 0 ? " and your " + ended + " other sessions were ended." : "."));
    }
}
