package org.alliancetracker.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.alliancetracker.account.Account;
import org.alliancetracker.account.Role;

/**
 * A browser for tests: keeps its cookies between requests, does not follow redirects, and sends the CSRF token of
 * the last page it read with every form it posts.
 */
public final class Browser {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test pelican harbour 42";
    /** bcrypt's lowest cost, for test accounts' hashes (see {@link #fixtureHash}). */
    private static final int FIXTURE_BCRYPT_COST = 4;

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    public static Browser visitor() {
        return new Browser();
    }

    public static Browser loggedIn(String username, String password) {
        Browser browser = new Browser();
        Response response = browser.login(username, password);
        if (response.statusCode() != 303) {
            throw new AssertionError("login of " + username + " answered " + response.statusCode());
        }
        return browser;
    }

    /** Creates an account with a unique user name and answers it; its password is {@link #passwordOf}. */
    public static Account newAccount(Role role) {
        return newAccount(role, "t-");
    }

    /** Creates an account whose unique user name starts with the prefix (at most 31 characters). */
    public static Account newAccount(Role role, String prefix) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = new Account();
            account.username = username;
            account.displayName = "Tester " + username;
            account.role = role;
            account.passwordHash = fixtureHash(passwordOf(username));
            account.persist();
            return account;
        });
    }

    /**
     * A test account's password hash: bcrypt as the site's own, at bcrypt's lowest cost, so that each of the suite's
     * hundreds of logins checks a real hash in a millisecond instead of a third of a second. The site's hashes, made
     * at cost 12 (AccountsTest checks it), are still what its own account forms and the administrator's bootstrap
     * store.
     */
    private static String fixtureHash(String password) {
        return BCrypt.withDefaults().hashToString(FIXTURE_BCRYPT_COST, password.toCharArray());
    }

    public static String passwordOf(String username) {
        return "walrus lantern " + username + " quietly";
    }

    public static Browser loggedInAs(Account account) {
        return loggedIn(account.username, passwordOf(account.username));
    }

    public Response login(String username, String password) {
        page("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).accept("text/html").get(path);
        remember(response);
        if (response.contentType() != null && response.contentType().startsWith("text/html")) {
            Element token = Jsoup.parse(response.asString()).selectFirst("input[name=csrf-token]");
            if (token != null) {
                csrfToken = token.val();
            }
        }
        return response;
    }

    /** A GET as a page's script makes it: with this browser's cookies, asking for JSON. */
    public Response getJson(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).accept("application/json").get(path);
        remember(response);
        return response;
    }

    /**
     * The message a form's answer flashes: the one shown on the page its redirect (POST-redirect-GET) leads to,
     * read as this browser.
     */
    public String flashAfter(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        return page(redirect.header("Location").replaceFirst("^https?://[^/]+", "")).selectFirst(".flash").text();
    }

    public Document page(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + " "
                    + response.header("Location"));
        }
        return Jsoup.parse(response.asString());
    }

    /**
     * A personal API token made on the tokens page, as a person makes one; it is shown this once and never stored
     * readable.
     */
    public String apiToken(String name) {
        page("/account/tokens");
        Response created = post("/account/tokens", Map.of("name", name));
        assertEquals(200, created.statusCode());
        assertEquals("no-store", created.header("Cache-Control"));
        return Jsoup.parse(created.asString()).selectFirst("code.secret").text();
    }

    /** Posts the form with the CSRF token of the last page read. */
    public Response post(String path, Map<String, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.putIfAbsent("csrf-token", csrfToken);
        }
        return postRaw(path, fields);
    }

    /** Posts exactly these fields, with no CSRF token added. */
    public Response postRaw(String path, Map<String, ?> form) {
        var request = given().redirects().follow(false).cookies(cookies).accept("text/html")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach((k, v) -> {
            if (v instanceof Iterable<?> values) {
                values.forEach(value -> request.formParam(k, value));
            } else {
                request.formParam(k, v);
            }
        });
        Response response = request.post(path);
        remember(response);
        return response;
    }

    /** Posts a multipart form with one file, and the CSRF token of the last page read. */
    public Response upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        var request = given().redirects().follow(false).cookies(cookies).accept("text/html")
                .multiPart("file", fileName, content, "text/csv");
        fields.forEach(request::multiPart);
        if (csrfToken != null) {
            request.multiPart("csrf-token", csrfToken);
        }
        Response response = request.post(path);
        remember(response);
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private void remember(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
