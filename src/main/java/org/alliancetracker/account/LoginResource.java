package org.alliancetracker.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.logging.Logger;

import org.alliancetracker.config.TrackerConfig;
import org.alliancetracker.web.Flash;
import org.alliancetracker.web.SafeRedirects;

/** Logging in and out with a user name and password; every attempt is logged and failed ones throttled. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class);
    static final String WRONG_CREDENTIALS = "The user name or the password is not right.";

    @Inject
    Sessions sessions;

    @Inject
    TrackerConfig config;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error);
    }

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.login("", SafeRedirects.localPath(next, "/"), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("login")
    @Transactional(Transactional.TxType.NEVER)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
        String typed = name.length() > 80 ? name.substring(0, 80) : name;
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String target = SafeRedirects.localPath(next, "/");

        String refusal = throttled(typed, client);
        if (refusal != null) {
            record(typed, client, false);
            LOG.warnf("Login refused for '%s' from %s: throttled", typed, client);
            return Response.status(429).entity(Templates.login(typed, target, refusal).render())
                    .header("Retry-After", config.login().window().toSeconds()).build();
        }
        Account account = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(typed).orElse(null));
        boolean passwordRight = Passwords.matches(password,
                account == null ? Passwords.DUMMY_HASH : account.passwordHash);
        if (account == null || !passwordRight) {
            record(typed, client, false);
            LOG.infof("Login failed for '%s' from %s", typed, client);
            return Response.status(401).entity(Templates.login(typed, target, WRONG_CREDENTIALS).render()).build();
        }
        if (!account.enabled) {
            record(typed, client, false);
            LOG.infof("Login refused for disabled account '%s' from %s", typed, client);
            return Response.status(403).entity(Templates.login(typed, target,
                    "This account is disabled. Ask an administrator to enable it.").render()).build();
        }
        record(typed, client, true);
        LOG.infof("Login succeeded for '%s' from %s", typed, client);
        // A login replaces the session the browser had, if any: a token planted before the login is worth nothing.
        sessions.end(Sessions.tokenOf(headers));
        String token = sessions.start(account);
        Response welcome = account.mustChangePassword
                ? Flash.redirect("/account/password", "Welcome, " + account.displayName
                        + ". Your password was set by an administrator: choose one of your own before you go on.")
                : Flash.redirect(target, "Logged in as " + account.displayName + ".");
        return Response.fromResponse(welcome)
                .cookie(sessions.cookie(token)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("logout")
    public Response logout(@Context HttpHeaders headers) {
        sessions.end(Sessions.tokenOf(headers));
        if (user.isLoggedIn()) {
            LOG.infof("Logout of '%s'", user.getUsername());
        }
        Response flash = Flash.redirect("/", "Logged out.");
        // The browser also drops what it cached of the editor's pages (ASVS 14.3.1); cookies go with the session's.
        return Response.fromResponse(flash).cookie(sessions.expiredCookie())
                .header("Clear-Site-Data", "\"cache\", \"storage\"").build();
    }

    /** Why a login must wait, or null when it may go ahead. The message does not tell whether the account exists. */
    private String throttled(String username, String client) {
        Duration window = config.login().window();
        Instant since = Instant.now().minus(window);
        long minutes = Math.max(1, window.toMinutes());
        return QuarkusTransaction.requiringNew().call(() -> {
            if (LoginAttempt.failuresForUsername(username, since) >= config.login().maxFailuresPerAccount()) {
                return "Too many failed attempts for this user name. Wait " + minutes
                        + " minutes and try again, or ask an administrator to reset the password.";
            }
            if (LoginAttempt.failuresFromClient(client, since) >= config.login().maxFailuresPerClient()) {
                return "Too many failed attempts from your network address. Wait " + minutes
                        + " minutes and try again.";
            }
            return null;
        });
    }

    private static void record(String username, String client, boolean succeeded) {
        QuarkusTransaction.requiringNew().run(() -> {
            LoginAttempt attempt = new LoginAttempt();
            attempt.username = username;
            attempt.client = client.length() > 64 ? client.substring(0, 64) : client;
            attempt.attemptedAt = Instant.now();
            attempt.succeeded = succeeded;
            attempt.persist();
        });
    }
}
