package org.alliancetracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.alliancetracker.editing.AuditLog;
import org.alliancetracker.testing.Browser;

@QuarkusTest
class AccountsTest {

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void theConfiguredAdministratorLogsInAndTheHeaderShowsTheirName() {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        Document home = admin.page("/");
        assertEquals("Logged in as admin.", home.selectFirst(".flash").text());
        assertEquals("admin", home.selectFirst("header .user-name").text());
        assertNotNull(home.selectFirst("header form.logout button"));
        assertNotNull(home.selectFirst("header a[href=/admin/accounts]"));
        assertNull(home.selectFirst("header a[href=/login]"));
        assertNull(admin.page("/").selectFirst(".flash"), "a flash message shows once");
    }

    @Test
    void visitorsSeeALoginLinkAndNoEditLinks() {
        Document page = Browser.visitor().page("/alliances/open-virtualization-alliance");
        assertNotNull(page.selectFirst("header a[href=/login]"));
        assertTrue(page.select("a[href^=/edit/]").isEmpty());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Account account = Browser.newAccount(Role.EDITOR);
        Response wrong = Browser.visitor().login(account.username, "not the password at all");
        Response unknown = Browser.visitor().login("nobody-" + UUID.randomUUID(), "not the password at all");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(html(wrong).selectFirst(".error-message").text(),
                html(unknown).selectFirst(".error-message").text());
        assertEquals(account.username, html(wrong).selectFirst("input[name=username]").val(),
                "the form keeps the name");
        assertEquals("", html(wrong).selectFirst("input[name=password]").val(), "but never the password");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecure() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser browser = Browser.visitor();
        Response response = browser.login(account.username, Browser.passwordOf(account.username));
        Cookie session = response.getDetailedCookie(Sessions.COOKIE);
        assertTrue(session.isHttpOnly());
        assertTrue(session.isSecured());
        assertEquals("Lax", session.getSameSite());
        assertTrue(session.getValue().length() >= 43, "a 256-bit random token");
    }

    /** ASVS 3.3.1: each cookie is Secure, and its __Host- name keeps it host-only with path /. */
    @Test
    void everyCookieTheSiteSetsIsSecureAndHostOnly() {
        List<String> setCookies = new ArrayList<>();
        Response loginPage = RestAssured.given().get("/login");
        setCookies.addAll(loginPage.headers().getValues("Set-Cookie"));
        String csrf = Jsoup.parse(loginPage.asString()).selectFirst("input[name=csrf-token]").val();
        Response login = RestAssured.given().redirects().follow(false)
                .cookies(loginPage.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("username", Browser.ADMIN)
                .formParam("password", Browser.ADMIN_PASSWORD)
                .post("/login");
        assertEquals(303, login.statusCode());
        setCookies.addAll(login.headers().getValues("Set-Cookie"));
        assertTrue(setCookies.size() >= 3, "CSRF, session and flash cookies: " + setCookies);
        for (String cookie : setCookies) {
            assertTrue(cookie.startsWith("__Host-"), cookie);
            assertTrue(cookie.contains("Secure"), cookie);
            assertTrue(cookie.contains("Path=/"), cookie);
            assertFalse(cookie.toLowerCase(Locale.ROOT).contains("domain="), cookie);
        }
    }

    /** ASVS 7.2.4: logging in again issues a new token and ends the one the browser had. */
    @Test
    void aNewLoginEndsTheSessionTheBrowserHad() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser browser = Browser.loggedInAs(account);
        String before = browser.cookie(Sessions.COOKIE);
        assertEquals(303, browser.login(account.username, Browser.passwordOf(account.username)).statusCode());
        assertNotEquals(before, browser.cookie(Sessions.COOKIE));
        Browser copy = Browser.visitor();
        copy.setCookie(Sessions.COOKIE, before);
        assertEquals(302, copy.get("/account/tokens").statusCode(), "the earlier token no longer works");
        assertEquals(200, browser.get("/account/tokens").statusCode());
    }

    @Test
    void logoutEndsTheSessionEvenForACopiedCookie() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String copied = editor.cookie(Sessions.COOKIE);
        assertEquals(200, editor.get("/edit/organization/new").statusCode());
        editor.page("/");
        assertEquals(303, editor.post("/logout", Map.of()).statusCode());

        Browser thief = Browser.visitor();
        thief.setCookie(Sessions.COOKIE, copied);
        Response afterLogout = thief.get("/edit/organization/new");
        assertEquals(302, afterLogout.statusCode());
        assertTrue(afterLogout.header("Location").contains("/login?next=%2Fedit%2Forganization%2Fnew"));
        assertNotNull(thief.page("/").selectFirst("header a[href=/login]"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRefusesItsLogins() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser editor = Browser.loggedInAs(account);
        assertEquals(200, editor.get("/edit/organization/new").statusCode());

        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        Document accounts = admin.page("/admin/accounts");
        assertNotNull(accounts.selectFirst("form[action=/admin/accounts/" + account.id + "/disable]"));
        Element own = accounts.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").ownText().equals(Browser.ADMIN)).findFirst().orElseThrow();
        assertEquals("(you)", own.selectFirst("th .muted").text());
        assertNull(own.selectFirst("form"), "no button to disable or enable oneself");
        assertEquals("/account/password", own.selectFirst("a").attr("href"));
        Account self = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(Browser.ADMIN).orElseThrow());
        assertEquals(303, admin.post("/admin/accounts/" + self.id + "/disable", Map.of()).statusCode());
        assertEquals("You cannot disable your own account.",
                admin.page("/admin/accounts").selectFirst(".flash").text());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(self.id).enabled));
        Response disabled = admin.post("/admin/accounts/" + account.id + "/disable", Map.of());
        assertEquals(303, disabled.statusCode());

        assertEquals(302, editor.get("/edit/organization/new").statusCode(), "the old session no longer works");
        Response login = Browser.visitor().login(account.username, Browser.passwordOf(account.username));
        assertEquals(403, login.statusCode());
        assertTrue(html(login).selectFirst(".error-message").text().contains("disabled"));

        admin.page("/admin/accounts");
        admin.post("/admin/accounts/" + account.id + "/enable", Map.of());
        assertEquals(303, Browser.visitor().login(account.username, Browser.passwordOf(account.username)).statusCode());
    }

    @Test
    void anAdministratorResetsAPasswordAndTheOldOneStopsWorking() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser editor = Browser.loggedInAs(account);
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/accounts/" + account.id + "/reset");
        Response weak = admin.post("/admin/accounts/" + account.id + "/reset", Map.of("password", "short"));
        assertEquals(422, weak.statusCode());
        assertTrue(html(weak).selectFirst("#f-password-error").text().contains("at least 12"));
        admin.page("/admin/accounts/" + account.id + "/reset");
        assertEquals(303, admin.post("/admin/accounts/" + account.id + "/reset",
                Map.of("password", "granite pelican mirror 77")).statusCode());
        assertEquals(302, editor.get("/edit/organization/new").statusCode(), "sessions end on a reset");
        assertEquals(401, Browser.visitor().login(account.username, Browser.passwordOf(account.username)).statusCode());
        assertEquals(303, Browser.visitor().login(account.username, "granite pelican mirror 77").statusCode());
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        Account account = Browser.newAccount(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Browser.visitor().login(account.username, "wrong password number " + i).statusCode());
        }
        Response locked = Browser.visitor().login(account.username, Browser.passwordOf(account.username));
        assertEquals(429, locked.statusCode(), "even the right password waits");
        assertTrue(html(locked).selectFirst(".error-message").text()
                .startsWith("Too many failed attempts for this user name"));
        assertNotNull(locked.header("Retry-After"));
        QuarkusTransaction.requiringNew().run(() -> LoginAttempt.delete("username", account.username));
    }

    @Test
    void repeatedFailuresFromOneAddressAreRefused() {
        String prefix = "flood-" + UUID.randomUUID().toString().substring(0, 6);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 20; i++) {
                    LoginAttempt attempt = new LoginAttempt();
                    attempt.username = prefix + i;
                    attempt.client = "127.0.0.1";
                    attempt.attemptedAt = Instant.now();
                    attempt.persist();
                }
            });
            Response refused = Browser.visitor().login(prefix + "-other", "any password at all here");
            assertEquals(429, refused.statusCode());
            assertTrue(html(refused).selectFirst(".error-message").text().contains("network address"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> LoginAttempt.delete("username like ?1", prefix + "%"));
        }
    }

    @Test
    void passwordsFollowTheRules() {
        assertEquals(List.of(), Passwords.problems("granite pelican mirror 77", "bob"));
        assertTrue(Passwords.problems("short", "bob").get(0).contains("at least 12"));
        assertTrue(Passwords.problems("x".repeat(65), "bob").get(0).contains("at most 64"));
        assertTrue(Passwords.problems("password1234", "bob").get(0).contains("too common"));
        assertTrue(Passwords.problems("qwertyuiop123", "bob").get(0).contains("too common"));
        assertTrue(Passwords.problems("aaaaaaaaaaaaaaaa", "bob").get(0).contains("too common"));
        assertTrue(Passwords.problems("my name is roberta-smith", "roberta-smith").get(0).contains("user name"));
        assertTrue(Passwords.matches("granite pelican mirror 77", Passwords.hash("granite pelican mirror 77")));
        assertTrue(Passwords.hash("granite pelican mirror 77").startsWith("$2a$12$"), "bcrypt, cost 12");
    }

    @Test
    void administratorsCreateAccountsWithValidatedFields() {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/accounts/new");
        Response bad = admin.post("/admin/accounts/new", Map.of("username", "Bad Name!", "displayName", "",
                "role", "EDITOR", "password", "password1234"));
        assertEquals(422, bad.statusCode());
        Document form = html(bad);
        assertEquals("Bad Name!".toLowerCase(), form.selectFirst("#f-username").val());
        assertTrue(form.selectFirst("#f-username-error").text().startsWith("Use 2 to 40"));
        assertEquals("A display name is required.", form.selectFirst("#f-displayName-error").text());
        assertTrue(form.selectFirst("#f-password-error").text().contains("too common"));

        String username = "new-" + UUID.randomUUID().toString().substring(0, 6);
        admin.page("/admin/accounts/new");
        assertEquals(303, admin.post("/admin/accounts/new", Map.of("username", username, "displayName", "New Editor",
                "role", "EDITOR", "password", "granite pelican mirror 77")).statusCode());
        assertEquals(303, Browser.visitor().login(username, "granite pelican mirror 77").statusCode());
    }

    @Test
    void noAccountMayTakeTheNameTheHistoryGivesChangesNoPersonMade() {
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/accounts/new");
        Response refused = admin.post("/admin/accounts/new", Map.of("username", "System", "displayName", "Sys",
                "role", "EDITOR", "password", "granite pelican mirror 77"));
        assertEquals(422, refused.statusCode());
        assertEquals(Account.RESERVED_USERNAME, html(refused).selectFirst("#f-username-error").text());
        assertTrue(Account.isReserved(AuditLog.SYSTEM));
        assertTrue(admin.page("/admin/accounts").select("table td, table th").eachText().stream()
                .noneMatch(AuditLog.SYSTEM::equals), "no account was made");
    }

    @Test
    void aLoggedInUsersBadRequestGetsAnErrorPageNotACrash() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        editor.page("/");
        Response notAllowed = editor.post("/alliances", Map.of());
        assertEquals(405, notAllowed.statusCode());
        assertEquals("Method Not Allowed", html(notAllowed).selectFirst("h1").text());
        Response unknown = editor.post("/no/such/form", Map.of());
        assertEquals(404, unknown.statusCode());
        assertNotNull(html(unknown).selectFirst("header .user-name"), "the header still shows who is logged in");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        assertEquals(403, editor.get("/admin/accounts").statusCode());
        editor.page("/");
        assertEquals(403, editor.post("/admin/accounts/new", Map.of("username", "sneaky", "displayName", "S",
                "role", "ADMIN", "password", "granite pelican mirror 77")).statusCode());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", "sneaky")));
        assertEquals(302, Browser.visitor().get("/admin/accounts").statusCode());
    }
}
