package org.alliancetracker.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.jboss.logging.Logger;

import org.alliancetracker.common.Texts;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.RecordNotFoundException;

/** Administrators create editors, disable and enable them, and reset their passwords. */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    Validator validator;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<Account> accounts);

        static native TemplateInstance create(Map<String, String> values, Map<String, String> errors);

        static native TemplateInstance reset(Account account, Map<String, String> errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.accounts(Account.allByUsername());
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.create(Map.of("role", Role.EDITOR.name()), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("new")
    @Transactional
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("role") String role, @FormParam("password") String password) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        values.put("displayName", displayName == null ? "" : displayName.strip());
        values.put("role", role == null ? "" : role);
        Map<String, String> errors = new LinkedHashMap<>();
        Account account = new Account();
        account.username = values.get("username");
        account.displayName = values.get("displayName");
        account.role = "ADMIN".equals(role) ? Role.ADMIN : Role.EDITOR;
        account.passwordHash = "-";
        validator.validate(account).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (Texts.hasControlCharacters(account.displayName)) {
            errors.put("displayName", Texts.CONTROL_CHARACTERS);
        }
        if (!errors.containsKey("username") && Account.isReserved(account.username)) {
            errors.put("username", Account.RESERVED_USERNAME);
        } else if (!errors.containsKey("username") && Account.findByUsername(account.username).isPresent()) {
            errors.put("username", "This user name is taken.");
        }
        if (!"ADMIN".equals(role) && !"EDITOR".equals(role)) {
            errors.put("role", "Choose editor or administrator.");
        }
        List<String> passwordProblems = Passwords.problems(password, account.username);
        if (!passwordProblems.isEmpty()) {
            errors.put("password", String.join(" ", passwordProblems));
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.create(values, errors).render()).build();
        }
        account.passwordHash = Passwords.hash(password);
        account.mustChangePassword = true;
        account.persist();
        LOG.infof("Account '%s' created by '%s'", account.username, user.getUsername());
        return Flash.redirect("/admin/accounts", "Created the account " + account.username + ".");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/disable")
    @Transactional
    public Response disable(@PathParam("id") long id) {
        Account account = find(id);
        if (account.username.equals(user.getUsername())) {
            return Flash.redirect("/admin/accounts", "You cannot disable your own account.");
        }
        account.enabled = false;
        long ended = AccountSession.endAllOf(account);
        LOG.infof("Account '%s' disabled by '%s'; %d sessions ended", account.username, user.getUsername(), ended);
        return Flash.redirect("/admin/accounts", "Disabled " + account.username + " and ended its sessions.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/enable")
    @Transactional
    public Response enable(@PathParam("id") long id) {
        Account account = find(id);
        account.enabled = true;
        LOG.infof("Account '%s' enabled by '%s'", account.username, user.getUsername());
        return Flash.redirect("/admin/accounts", "Enabled " + account.username + ".");
    }

    @GET
    @Path("{id}/reset")
    public TemplateInstance resetForm(@PathParam("id") long id) {
        return Templates.reset(find(id), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/reset")
    @Transactional
    public Response reset(@PathParam("id") long id, @FormParam("password") String password) {
        Account account = find(id);
        List<String> problems = Passwords.problems(password, account.username);
        if (!problems.isEmpty()) {
            return Response.status(422).entity(Templates.reset(account, Map.of("password", String.join(" ", problems)))
                    .render()).build();
        }
        account.passwordHash = Passwords.hash(password);
        account.mustChangePassword = true;
        long ended = AccountSession.endAllOf(account);
        LOG.infof("Password of '%s' reset by '%s'; %d sessions ended", account.username, user.getUsername(), ended);
        return Flash.redirect("/admin/accounts", "Set a new password for " + account.username
                + " and ended its sessions. Give it to them in person or over a secure channel.");
    }

    private static Account find(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new RecordNotFoundException("account", String.valueOf(id));
        }
        return account;
    }
}
