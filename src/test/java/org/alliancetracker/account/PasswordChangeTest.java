package org.alliancetracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.alliancetracker.testing.Browser;

@QuarkusTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "copper kettle whistles at nine";

    @Test
    void aPersonChangesTheirPasswordWithTheCurrentOne() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser elsewhere = Browser.loggedInAs(account);
        Browser here = Browser.loggedInAs(account);

        Document form = here.page("/account/password");
        assertEquals("password", form.selectFirst("input[name=current]").attr("type"));
        assertEquals("new-password", form.selectFirst("input[name=password]").attr("autocomplete"));

        Response wrong = here.post("/account/password",
                Map.of("current", "not my password at all", "password", NEW_PASSWORD));
        assertEquals(422, wrong.statusCode());
        assertFalse(Jsoup.parse(wrong.asString()).getElementById("f-current-error").text().isBlank());
        here.page("/account/password");
        Response weak = here.post("/account/password", Map.of("current", Browser.passwordOf(account.username),
                "password", "password1234"));
        assertEquals(422, weak.statusCode());
        assertFalse(Jsoup.parse(weak.asString()).getElementById("f-password-error").text().isBlank());

        here.page("/account/password");
        Response changed = here.post("/account/password", Map.of("current", Browser.passwordOf(account.username),
                "password", NEW_PASSWORD));
        assertEquals(303, changed.statusCode());
        assertEquals(200, here.get("/account/tokens").statusCode(), "this session goes on");
        assertEquals(302, elsewhere.get("/account/tokens").statusCode(), "every other session ended");
        assertEquals(401, Browser.visitor().login(account.username, Browser.passwordOf(account.username)).statusCode());
        assertEquals(303, Browser.visitor().login(account.username, NEW_PASSWORD).statusCode());
    }

    /** ASVS 6.4.1: a password an administrator chose must be replaced before anything else. */
    @Test
    void aPasswordChosenByAnAdministratorIsReplacedAtTheFirstLogin() {
        String username = "new-" + System.nanoTime() % 1_000_000_000;
        String initial = "harbour lantern copper 58";
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/accounts/new");
        assertEquals(303, admin.post("/admin/accounts/new", Map.of("username", username, "displayName", "New Person",
                "role", "EDITOR", "password", initial)).statusCode());

        Browser person = Browser.visitor();
        Response login = person.login(username, initial);
        assertEquals(303, login.statusCode());
        assertTrue(login.header("Location").endsWith("/account/password"));
        for (String elsewhere : List.of("/", "/edit/organization/new", "/account/tokens")) {
            Response refused = person.get(elsewhere);
            assertEquals(303, refused.statusCode(), elsewhere);
            assertTrue(refused.header("Location").endsWith("/account/password"), elsewhere);
        }
        assertTrue(person.page("/account/password").select("[role=alert]").text().contains("administrator chose"));
        assertEquals(303,
                person.post("/account/password", Map.of("current", initial, "password", NEW_PASSWORD)).statusCode());
        assertEquals(200, person.get("/edit/organization/new").statusCode(), "free to go on");

        // A reset by an administrator is temporary too.
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
        admin.page("/admin/accounts/" + id + "/reset");
        assertEquals(303, admin.post("/admin/accounts/" + id + "/reset", Map.of("password", initial)).statusCode());
        Response again = Browser.visitor().login(username, initial);
        assertTrue(again.header("Location").endsWith("/account/password"));
    }

    @Test
    void loggingOutAsksTheBrowserToForgetWhatItCached() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        editor.page("/");
        Response out = editor.post("/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Clear-Site-Data").contains("\"cache\""));
    }
}
