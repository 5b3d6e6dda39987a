package org.alliancetracker.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.GeneratedData;

/**
 * Who may use each write route: a visitor, an editor, an editor whose account was disabled after logging in, an
 * administrator; and on the API, no token, a revoked token, a disabled account's token and a live one. Requests
 * that pass carry no valid data (unknown ids, empty forms), so they are refused later (404, 422) and change
 * nothing; what is asserted is whether authorization let them through. The routes are found in the compiled
 * resources, so a new write route without a line in this table fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who { ANYONE, EDITOR, ADMIN }

    /** Every write route (and the administrators' backup download), and who may use it. */
    static final Map<String, Who> ROUTES = new LinkedHashMap<>();
    static {
        ROUTES.put("POST /login", Who.ANYONE);
        ROUTES.put("POST /logout", Who.ANYONE);
        ROUTES.put("POST /edit/{type}/new", Who.EDITOR);
        ROUTES.put("POST /edit/{type}/{id}", Who.EDITOR);
        ROUTES.put("POST /edit/{type}/{id}/delete", Who.EDITOR);
        ROUTES.put("POST /edit/organization/{id}/merge", Who.EDITOR);
        ROUTES.put("POST /edit/duplicates/not-duplicates", Who.EDITOR);
        ROUTES.put("POST /edit/duplicates/not-duplicates/{id}/delete", Who.EDITOR);
        ROUTES.put("POST /history/{entryId}/revert", Who.EDITOR);
        ROUTES.put("POST /history/rollback", Who.EDITOR);
        ROUTES.put("POST /import", Who.EDITOR);
        ROUTES.put("POST /import/{id}/apply", Who.EDITOR);
        ROUTES.put("POST /import/{id}/undo", Who.EDITOR);
        ROUTES.put("POST /account/password", Who.EDITOR);
        ROUTES.put("POST /account/tokens", Who.EDITOR);
        ROUTES.put("POST /account/tokens/{id}/revoke", Who.EDITOR);
        ROUTES.put("POST /admin/accounts/new", Who.ADMIN);
        ROUTES.put("POST /admin/accounts/{id}/disable", Who.ADMIN);
        ROUTES.put("POST /admin/accounts/{id}/enable", Who.ADMIN);
        ROUTES.put("POST /admin/accounts/{id}/reset", Who.ADMIN);
        ROUTES.put("POST /admin/webhooks", Who.ADMIN);
        ROUTES.put("POST /admin/webhooks/{id}/stop", Who.ADMIN);
        ROUTES.put("POST /admin/webhooks/{id}/resume", Who.ADMIN);
        ROUTES.put("POST /admin/webhooks/{id}/retry", Who.ADMIN);
        ROUTES.put("POST /admin/webhooks/{id}/test", Who.ADMIN);
        ROUTES.put("GET /admin/backup", Who.ADMIN);
        ROUTES.put("POST /api/v1/records/{type}", Who.EDITOR);
        ROUTES.put("PUT /api/v1/records/{type}/{id}", Who.EDITOR);
        ROUTES.put("DELETE /api/v1/records/{type}/{id}", Who.EDITOR);
        ROUTES.put("POST /api/v1/records/organization/{id}/merge", Who.EDITOR);
        ROUTES.put("POST /api/v1/changes/{id}/revert", Who.EDITOR);
        ROUTES.put("POST /api/v1/changes/rollback", Who.EDITOR);
    }

    /** The write routes declared in the compiled resource classes. */
    static TreeSet<String> declaredWriteRoutes() throws IOException, ClassNotFoundException {
        TreeSet<String> routes = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("org/alliancetracker"))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, AuthorizationMatrixTest.class.getClassLoader());
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = ("/" + base.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                routes.add(verb + " " + (path.length() > 1 ? path.replaceAll("/$", "") : path));
            }
        }
        return routes;
    }

    @Test
    void everyWriteRouteIsInTheMatrix() throws Exception {
        TreeSet<String> declared = declaredWriteRoutes();
        TreeSet<String> listed = new TreeSet<>(ROUTES.keySet());
        listed.remove("GET /admin/backup");
        assertEquals(listed, declared, "the matrix and the application's write routes differ");
    }

    private static String concrete(String template) {
        return template.replace("{type}", "organization").replaceAll("\\{[a-zA-Z]+\\}", "987654321");
    }

    /** Whether the request got past authorization: not sent to the login, and neither 401 nor 403. */
    private static boolean passed(Response response) {
        int status = response.statusCode();
        String location = String.valueOf(response.header("Location"));
        return status != 401 && status != 403 && !((status == 302 || status == 303) && location.contains("/login"));
    }

    /** A request by a person in a browser, with the CSRF token of a page they can see. */
    private static Response asPerson(Browser browser, String route) {
        String verb = route.substring(0, route.indexOf(' '));
        String path = concrete(route.substring(route.indexOf(' ') + 1));
        if (verb.equals("GET")) {
            return browser.get(path);
        }
        browser.get("/login"); // a page with a form, for the CSRF cookie and token
        if (path.equals("/login")) {
            return browser.post(path, Map.of("username", "nobody-" + System.nanoTime(), "password", "wrong"));
        }
        if (path.equals("/import")) {
            return browser.upload(path, Map.of("kind", "ORGANIZATIONS"), "empty.csv", new byte[0]);
        }
        return browser.post(path, Map.of());
    }

    private static Browser disabledEditor() {
        Account account = Browser.newAccount(Role.EDITOR);
        Browser browser = Browser.loggedInAs(account);
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        admin.page("/admin/accounts");
        assertEquals(303, admin.post("/admin/accounts/" + account.id + "/disable", Map.of()).statusCode());
        return browser;
    }

    @TestFactory
    Stream<DynamicTest> peopleInBrowsers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Who> route : ROUTES.entrySet()) {
            if (route.getKey().contains(" /api/")) {
                continue;
            }
            Who who = route.getValue();
            Map<String, Supplier<Browser>> people = new LinkedHashMap<>();
            people.put("visitor", Browser::visitor);
            people.put("editor", () -> Browser.loggedInAs(Browser.newAccount(Role.EDITOR)));
            people.put("disabled editor", AuthorizationMatrixTest::disabledEditor);
            people.put("admin", () -> Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD));
            people.forEach((person, browser) -> {
                boolean allowed = who == Who.ANYONE
                        || (who == Who.EDITOR && (person.equals("editor") || person.equals("admin")))
                        || (who == Who.ADMIN && person.equals("admin"));
                tests.add(DynamicTest.dynamicTest(route.getKey() + " by " + person
                        + (allowed ? ": allowed" : ": refused"),
                        () -> {
                            Browser b = browser.get();
                            long before = GeneratedData.dataVersion();
                            Response response = asPerson(b, route.getKey());
                            if (route.getKey().equals("POST /login")) {
                                // Anyone may try; a wrong password is answered by the login form itself, with 401.
                                assertEquals(401, response.statusCode());
                                assertTrue(Jsoup.parse(response.asString())
                                        .selectFirst("input[name=username]") != null);
                                return;
                            }
                            assertEquals(allowed, passed(response), route.getKey() + " by " + person + " answered "
                                    + response.statusCode() + " " + response.header("Location"));
                            if (!allowed) {
                                assertEquals(before, GeneratedData.dataVersion(), "a refused request changed nothing");
                                if (person.equals("editor")) {
                                    assertEquals(403, response.statusCode(), "a logged-in editor is told no");
                                    assertTrue(Jsoup.parse(response.asString()).text().contains("may not do this"),
                                            "a page that says so");
                                }
                            }
                        }));
            });
        }
        return tests.stream();
    }

    private static String tokenOf(Browser browser) {
        browser.page("/account/tokens");
        Response created = browser.post("/account/tokens", Map.of("name", "matrix bot"));
        return Jsoup.parse(created.asString()).selectFirst("code.secret").text();
    }

    @TestFactory
    Stream<DynamicTest> botsWithTokens() {
        Map<String, Supplier<String>> bots = new LinkedHashMap<>();
        bots.put("no token", () -> null);
        bots.put("a made-up token", () -> "at_" + "x".repeat(40));
        bots.put("a revoked token", () -> {
            Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            String token = tokenOf(editor);
            long id = Long.parseLong(editor.page("/account/tokens").selectFirst("form[action$=/revoke]").attr("action")
                    .replaceAll("\\D", ""));
            assertEquals(303, editor.post("/account/tokens/" + id + "/revoke", Map.of()).statusCode());
            return token;
        });
        bots.put("a disabled account's token", () -> {
            Account account = Browser.newAccount(Role.EDITOR);
            String token = tokenOf(Browser.loggedInAs(account));
            Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
            admin.page("/admin/accounts");
            assertEquals(303, admin.post("/admin/accounts/" + account.id + "/disable", Map.of()).statusCode());
            return token;
        });
        bots.put("an editor's token", () -> tokenOf(Browser.loggedInAs(Browser.newAccount(Role.EDITOR))));
        List<DynamicTest> tests = new ArrayList<>();
        ROUTES.keySet().stream().filter(r -> r.contains(" /api/")).forEach(route -> bots.forEach((bot, token) -> {
            boolean allowed = bot.equals("an editor's token");
            tests.add(DynamicTest.dynamicTest(route + " with " + bot + (allowed ? ": allowed" : ": refused"), () -> {
                String secret = token.get();
                var request = given().redirects().follow(false).contentType("application/json").body("{}")
                        .header("If-Match", "\"0\"");
                if (secret != null) {
                    request.header("Authorization", "Bearer " + secret);
                }
                String verb = route.substring(0, route.indexOf(' '));
                String path = concrete(route.substring(route.indexOf(' ') + 1));
                long before = GeneratedData.dataVersion();
                Response response = request.request(verb, path);
                assertEquals(allowed, passed(response), route + " with " + bot + " answered " + response.statusCode());
                if (!allowed) {
                    assertEquals(401, response.statusCode());
                    assertEquals("application/problem+json", response.contentType().split(";")[0]);
                    assertEquals(before, GeneratedData.dataVersion());
                }
            }));
        }));
        return tests.stream();
    }

    @Test
    void anEditorCannotRevokeAnotherEditorsToken() {
        Browser owner = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        tokenOf(owner);
        long id = Long.parseLong(owner.page("/account/tokens").selectFirst("form[action$=/revoke]").attr("action")
                .replaceAll("\\D", ""));
        Browser other = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        other.page("/account/tokens");
        Response response = other.post("/account/tokens/" + id + "/revoke", Map.of());
        assertEquals(404, response.statusCode(), "another editor's token is not theirs to see or revoke");
        assertTrue(owner.page("/account/tokens").selectFirst("form[action$=/revoke]") != null, "still live");
    }
}
