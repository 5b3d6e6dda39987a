package org.alliancetracker.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.alliancetracker.account.Role;
import org.alliancetracker.account.Sessions;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.Lookups;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.FreshDatabaseProfile;
import org.alliancetracker.testing.GeneratedData;

/**
 * Malformed and hostile input, table-driven, to every form, the write API, query parameters, the headers the site
 * reads and the CSV import. Every case must be answered with a 4xx and a clear message (the form re-shown with the
 * message beside the field, or problem+json), never a 5xx or a stack trace, and must leave the data as it was
 * (the data version, which every write increases, is unchanged). Where a value is legitimately acceptable (a search
 * for any text, a parameter that is ignored), the case asserts only that the answer is not an error and does not
 * reflect the payload unescaped. The number of cases is printed at the end.
 */
@QuarkusTest
@TestProfile(HostileInputTest.NoRateLimit.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    /** Hundreds of API calls a minute from one client: the rate limit, tested elsewhere, would answer 429. */
    public static class NoRateLimit extends FreshDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("tracker.rate-limit.per-minute", "1000000");
            return overrides;
        }
    }

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final String XSS = "<script>alert(1)</script>";

    /** Values no text field may hold, whatever it is. */
    private static final List<String> BAD_TEXT = List.of("a\u0000b", "bell\u0007", "escape\u001B[31m", "del\u007F");
    private static final List<String> BAD_DATES = List.of("2011-13", "2011-02-30", "2011-02-29", "0000", "99999",
            "2011-00",
            "2011-1", "-2011", "20110", "1e4", "2011/05/17", "17.05.2011", "２０１１", "٢٠١١", "2011-05-17T00:00",
            "' OR 1=1 --", XSS, "{config:['quarkus.datasource.password']}", "x".repeat(5000));
    private static final List<String> BAD_SLUGS = List.of("../etc/passwd", "..%2f..%2fetc", "a/b", "a\\b", "Upper Case",
            "with space", XSS, "' OR '1'='1", "{#include base /}", "%00", "ünïcode", "emoji-😀", "\u202Eevil", "-",
            "a".repeat(81),
            "e\u0301\u0301\u0301");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999", "1 OR 1=1",
            "1;DROP TABLE alliance",
            "1.5", "9".repeat(40), "0x10", XSS);
    private static final List<String> BAD_URLS = List.of("javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://example.org", "http://", "not a url", "//example.org", "https://" + "a".repeat(600) + ".org",
            "vbscript:msgbox(1)", "file:///etc/passwd");
    private static final List<String> BAD_NUMBERS = List.of("-1", "abc", "1e309", "99999999999999999999", "NaN", "1.5",
            "", XSS);
    private static final List<String> BAD_NAMES = List.of("%", "_", "%org%", "Nobody (../etc)", "Nobody (no-such-slug)",
            "' OR 1=1 --");
    /** For one-line fields: a name with a line break could not be typed to find it again. */
    private static final List<String> BAD_ONE_LINERS = List.of("two\nlines", "two\r\nlines", "a\ttab");
    private static final List<String> BAD_CHOICES = List.of("NOT_A_CHOICE", "' OR 1=1 --", XSS, "0", "company ");

    private GeneratedData data;
    private Browser editor;
    private String token;

    private Browser editor() {
        if (editor == null) {
            data = GeneratedData.allianceWithMembers(3);
            editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
            editor.page("/account/tokens");
            Response created = editor.post("/account/tokens", Map.of("name", "hostile-input bot"));
            token = Jsoup.parse(created.asString()).selectFirst("code.secret").text();
        }
        return editor;
    }

    @AfterAll
    void report() {
        System.out.printf("Hostile-input cases run: %d%n", CASES.get());
        if (data != null) {
            data.close();
        }
    }

    private static DynamicTest hostile(String name, Supplier<Response> request,
            Consumer<Response> expectations) {
        return DynamicTest.dynamicTest(name, () -> {
            CASES.incrementAndGet();
            long before = GeneratedData.dataVersion();
            Response response = request.get();
            String body = response.asString();
            assertTrue(response.statusCode() < 500, name + " answered " + response.statusCode() + ": "
                    + abbreviate(body));
            assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("org.hibernate")
                    || body.contains("java.lang"), name + " shows internals: " + abbreviate(body));
            expectations.accept(response);
            assertEquals(before, GeneratedData.dataVersion(), name + " changed the data");
        });
    }

    /** A refusal: a 4xx whose body says what is wrong, as problem+json or as a page. */
    private static void refused(Response response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "a 4xx, not " + response.statusCode());
        if (List.of(413, 414, 431).contains(response.statusCode())) {
            return; // too large for the HTTP server itself, which answers before the application with the status alone
        }
        String type = String.valueOf(response.contentType());
        if (type.startsWith("application/problem+json")) {
            assertFalse(response.jsonPath().getString("detail").isBlank(), "the problem says what is wrong");
        } else {
            assertTrue(type.startsWith("text/html"), "a page or a problem, not " + type);
            assertFalse(Jsoup.parse(response.asString()).select("main, h1").text().isBlank());
        }
    }

    /** Not an error, and the payload, if it is echoed, is escaped. */
    private static void harmless(Response response) {
        assertTrue(response.statusCode() < 500, "not a server error");
        assertFalse(response.asString().contains(XSS), "the payload is echoed unescaped");
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static String show(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints()
                .forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04X", c)
                        : Character.toString(c)));
        return out.toString();
    }

    /** The hostile values for a field: each is invalid for it, so a save with it must be refused. */
    private static List<String> hostileValuesFor(Field field) {
        List<String> values = new ArrayList<>(BAD_TEXT);
        switch (field.type()) {
            case DATE -> values.addAll(BAD_DATES);
            case SELECT -> values.addAll(field.name().equals("tier") ? BAD_IDS.subList(0, 6) : BAD_CHOICES);
            case MULTI -> values.addAll(BAD_IDS);
            case LOOKUP -> {
                // Typed names: an id, a LIKE wildcard or a made-up "name (slug)" must find nothing.
                values.addAll(BAD_IDS);
                values.addAll(BAD_NAMES);
                values.add("x".repeat(field.maxLength() + 1));
                if (field.required()) {
                    values.add("");
                    values.add("   ");
                }
            }
            case LOOKUPS -> {
                // Typed names, one per line: each line must find its record, or nothing is saved.
                values.addAll(BAD_IDS);
                values.addAll(BAD_NAMES);
                values.add(String.join("\n", BAD_NAMES));
                values.add("x\n".repeat(Lookups.MAX_NAMES + 1));
            }
            case CHECKBOX -> values.clear(); // any value is read as ticked or not: nothing to refuse
            default -> {
                switch (field.name()) {
                    case "slug" -> values.addAll(BAD_SLUGS);
                    case "website", "url" -> values.addAll(BAD_URLS);
                    case "count", "rank" -> values.addAll(BAD_NUMBERS);
                    default -> { }
                }
                if (field.maxLength() > 0) {
                    values.add("x".repeat(field.maxLength() + 1));
                }
                if (field.type() == Field.Type.TEXT) {
                    values.addAll(BAD_ONE_LINERS);
                }
                if (field.required()) {
                    values.add("");
                    values.add("   ");
                }
            }
        }
        if (field.type() == Field.Type.SELECT && field.required()) {
            values.add("");
        }
        return values;
    }

    /** A record to send hostile edits to, and the slug another record of its kind already has (if it has slugs). */
    private record Target(String type, long id, int version, List<Field> fields, Map<String, String> values,
            String takenSlug) {
    }

    /** One existing record of each editable kind, with the values its edit form shows. */
    private List<Target> targets() {
        editor();
        EditorRegistry registry = Arc.container().instance(EditorRegistry.class).get();
        List<Target> targets = new ArrayList<>();
        for (String type : registry.types()) {
            RecordEditor<TrackedEntity> recordEditor = registry.forType(type).orElseThrow();
            if (!recordEditor.editable()) {
                continue;
            }
            Target target = QuarkusTransaction.requiringNew().call(() -> {
                Class<?> entity = recordEditor.newRecord().getClass();
                Long id = AuditEntry.getEntityManager()
                        .createQuery("select max(e.id) from " + entity.getSimpleName() + " e", Long.class)
                        .getSingleResult();
                if (id == null) {
                    return null;
                }
                TrackedEntity record = recordEditor.find(id);
                String takenSlug = recordEditor.fields().stream().anyMatch(f -> f.name().equals("slug"))
                        ? AuditEntry.getEntityManager().createQuery("select e.slug from "
                                + entity.getSimpleName() + " e where e.id <> ?1 order by e.id", String.class)
                                .setParameter(1, id).setMaxResults(1).getSingleResult()
                        : null;
                // The values as the edit form shows them: lookup fields by name.
                List<Field> fields = recordEditor.fields();
                return new Target(type, id, record.version, fields,
                        Lookups.named(fields, recordEditor.values(record)), takenSlug);
            });
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    @TestFactory
    Stream<DynamicTest> everyFieldOfEveryForm() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Target target : targets()) {
            for (Field field : target.fields()) {
                List<String> hostileValues = new ArrayList<>(hostileValuesFor(field));
                if (field.name().equals("slug")) {
                    hostileValues.add(target.takenSlug()); // a duplicate: another record's address
                }
                for (String value : hostileValues) {
                    String form = "/edit/" + target.type() + "/" + target.id();
                    tests.add(hostile("form " + target.type() + "." + field.name() + " = " + show(value), () -> {
                        Map<String, Object> values = new LinkedHashMap<>(target.values());
                        values.put(field.name(), value);
                        values.put("version", String.valueOf(target.version()));
                        return editor().post(form, values); // the CSRF token is the session's, read once by editor()
                    }, response -> {
                        assertEquals(422, response.statusCode(), "the form is shown again");
                        var page = Jsoup.parse(response.asString());
                        Element error = page.getElementById("f-" + field.name() + "-error");
                        assertTrue(error != null && !error.text().isBlank(), "a message beside " + field.name()
                                + ": " + page.select(".field-error").eachText());
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theWriteApi() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Target target : targets()) {
            String path = "/api/v1/records/" + target.type() + "/" + target.id();
            for (Field field : target.fields()) {
                List<Object> values = new ArrayList<>(hostileValuesFor(field));
                if (field.type() != Field.Type.CHECKBOX) {
                    values.add(Map.of("nested", "object"));
                }
                for (Object value : values) {
                    tests.add(hostile("PUT " + target.type() + "." + field.name() + " = " + show(String.valueOf(value)),
                            () -> {
                                Map<String, Object> body = new LinkedHashMap<>();
                                body.put(field.name(), value);
                                return given().header("Authorization", "Bearer " + token)
                                        .header("If-Match", "\"" + target.version() + "\"")
                                        .contentType("application/json").body(body).put(path);
                            }, response -> {
                                assertEquals(422, response.statusCode());
                                assertEquals("application/problem+json", response.contentType().split(";")[0]);
                            }));
                }
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("truncated JSON", "{\"name\": \"x\"");
            bodies.put("deeply nested JSON", "[".repeat(5000) + "]".repeat(5000));
            bodies.put("deeply nested object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
            bodies.put("a JSON array", "[]");
            bodies.put("a JSON string", "\"name\"");
            bodies.put("JSON null", "null");
            bodies.put("an empty body", "");
            bodies.put("not JSON", "name=x&slug=y");
            bodies.put("a lone surrogate", "{\"name\": \"\\ud800\"}");
            bodies.put("NUL in JSON", "{\"name\": \"a\\u0000b\"}");
            bodies.put("a huge string", "{\"name\": \"" + "x".repeat(3_000_000) + "\"}");
            bodies.forEach((what, body) -> tests.add(hostile("PUT " + target.type() + " with " + what, () -> given()
                    .header("Authorization", "Bearer " + token).header("If-Match", "\"" + target.version() + "\"")
                    .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).put(path),
                    HostileInputTest::refused)));
            tests.add(hostile("PUT " + target.type() + " with a body over the 10 MB limit", () -> {
                // Announced with Expect: 100-continue, as HTTP clients send large bodies: the server refuses it unread.
                try {
                    var answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .build().send(HttpRequest.newBuilder(
                            URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                            .expectContinue(true).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"" + target.version() + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024])).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return new ResponseBuilder().setStatusCode(answer.statusCode())
                            .setBody(answer.body())
                            .setContentType(answer.headers().firstValue("Content-Type").orElse(""))
                            .build();
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            }, response -> assertEquals(413, response.statusCode())));
            tests.add(hostile("POST " + target.type() + " as text/plain", () -> given()
                    .header("Authorization", "Bearer " + token).contentType("text/plain").body("{\"name\":\"x\"}")
                    .post("/api/v1/records/" + target.type()), HostileInputTest::refused));
            tests.add(hostile("POST " + target.type() + " as XML", () -> given()
                    .header("Authorization", "Bearer " + token).contentType("application/xml")
                    .body("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                    .post("/api/v1/records/" + target.type()), HostileInputTest::refused));
            tests.add(hostile("POST " + target.type() + " with an empty object", () -> given()
                    .header("Authorization", "Bearer " + token).contentType("application/json").body("{}")
                    .post("/api/v1/records/" + target.type()), HostileInputTest::refused));
            for (String ifMatch : List.of("", "*x", "\"abc\"", "\"-1\"", "\"99999999999999\"", "W/\"1\" garbage",
                    XSS)) {
                tests.add(hostile("PUT " + target.type() + " with If-Match " + show(ifMatch), () -> given()
                        .header("Authorization", "Bearer " + token).header("If-Match", ifMatch)
                        .contentType("application/json").body("{\"notes\": \"x\"}").put(path),
                        HostileInputTest::refused));
            }
        }
        for (String authorization : List.of("", "Bearer", "Bearer ", "Bearer " + "x".repeat(10_000),
                "Basic YWRtaW46YWRtaW4=",
                "Bearer ' OR 1=1 --", "Bearer " + XSS, "bearer\u0000x", "Token abc", "Bearer a b c")) {
            tests.add(hostile("API write with Authorization " + show(authorization), () -> given()
                    .header("Authorization", authorization).contentType("application/json").body("{\"name\":\"x\"}")
                    .post("/api/v1/records/organization"), response -> {
                        assertEquals(401, response.statusCode());
                        refused(response);
                    }));
        }
        tests.add(hostile("a write to an unknown kind of record",
                () -> given().header("Authorization", "Bearer " + token).contentType("application/json").body("{}")
                        .post("/api/v1/records/..%2F..%2Fetc"),
                HostileInputTest::refused));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> queryParameters() {
        editor();
        String alliance = data.alliance.slug;
        List<String> values = List.of("", "abc", "-1", "0", "99999999999999999999", "2011-13", "2011-02-30", "0000",
                "99999",
                "' OR 1=1 --", XSS, "{config:['quarkus.datasource.password']}", "%00", "../../etc/passwd", "\u202Eabc",
                "😀", "e\u0301\u0301\u0301", "x".repeat(5000), "1e309", "NaN");
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("/alliances", List.of("sort"));
        parameters.put("/projects", List.of("sort"));
        parameters.put("/organizations", List.of("kind", "sort", "page"));
        parameters.put("/organizations.csv", List.of("kind"));
        parameters.put("/alliances/" + alliance, List.of("at", "tier", "sort"));
        parameters.put("/alliances/" + alliance + "/members.csv", List.of("at", "tier", "sort"));
        parameters.put("/alliances/" + alliance + "/members.json", List.of("at", "tier", "sort"));
        parameters.put("/projects/" + data.project.slug, List.of("at", "sort"));
        parameters.put("/projects/" + data.project.slug + "/backers.csv", List.of("at", "sort"));
        parameters.put("/projects/" + data.project.slug + "/backers.json", List.of("at", "sort"));
        parameters.put("/api/v1/alliances/" + alliance + "/members", List.of("at", "tier", "limit", "cursor"));
        parameters.put("/api/v1/changes", List.of("after", "limit", "type"));
        parameters.put("/api/v1/snapshot", List.of("cursor", "limit", "type"));
        parameters.put("/api/v1/organizations", List.of("cursor", "limit", "kind"));
        parameters.put("/timelines/alliances/" + alliance, List.of("from", "to", "tier", "width"));
        parameters.put("/timelines/alliances/" + alliance + "/swimlanes.svg", List.of("from", "to", "width"));
        parameters.put("/timelines/projects/" + data.project.slug, List.of("from", "to", "tier", "width"));
        parameters.put("/timelines/projects/" + data.project.slug + "/growth.svg", List.of("from", "to", "width"));
        parameters.put("/timelines/compare", List.of("projects"));
        parameters.put("/search", List.of("q"));
        parameters.put("/api/v1/search", List.of("q"));
        parameters.put("/history", List.of("before"));
        List<DynamicTest> tests = new ArrayList<>();
        parameters.forEach((path, names) -> names.forEach(name -> values.forEach(value -> tests.add(
                hostile("GET " + path + "?" + name + "=" + show(value),
                        () -> given().redirects().follow(false).queryParam(name, value).get(path), response -> {
                            if (response.statusCode() >= 400) {
                                refused(response);
                            } else {
                                harmless(response);
                            }
                        })))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> pathsAndHeaders() {
        editor();
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : List.of("/alliances/..%2F..%2Fetc%2Fpasswd", "/organizations/%00", "/projects/%3Cscript%3E",
                "/alliances/" + "a".repeat(3000), "/sources/abc", "/sources/-1", "/sources/99999999999999999999",
                "/records/organization/abc", "/edit/..%2Faccount/1", "/alliances/%E2%80%AEevil", "/organizations/😀",
                "/api/v1/organizations/%27%20OR%201=1", "/api/v1/sources/1e9",
                "/timelines/alliances/nope/swimlanes.svg",
                "/embed/alliances/%3Cx%3E/swimlanes", "/timelines/projects/%3Cx%3E/backers.svg",
                "/static/../application.properties", "/WEB-INF/web.xml",
                "/.git/HEAD", "/.git/config", "/application.properties", "/db/migration/V1__schema.sql")) {
            tests.add(hostile("GET " + path,
                    () -> given().redirects().follow(false).urlEncodingEnabled(false).get(path),
                    response -> {
                        if (path.startsWith("/edit/")) {
                            assertEquals(302, response.statusCode(), "editing asks a visitor to log in first");
                            return;
                        }
                        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, "404 or 400, not "
                                + response.statusCode());
                        refused(response);
                        assertFalse(response.asString().contains("<script>"));
                    }));
        }
        String page = "/alliances/" + data.alliance.slug;
        for (String etag : List.of("", "*garbage", "\"" + "9".repeat(5000) + "\"", "W/", XSS, "\"a\", , ,\"b\"",
                "\u0000")) {
            tests.add(hostile("If-None-Match " + show(etag), () -> given().header("If-None-Match", etag).get(page),
                    response -> assertTrue(response.statusCode() == 200 || response.statusCode() == 304)));
        }
        for (String since : List.of("yesterday", "", "Thu, 31 Feb 2011 00:00:00 GMT", "x".repeat(5000), "-1")) {
            tests.add(hostile("If-Modified-Since " + show(since),
                    () -> given().header("If-Modified-Since", since).get(page),
                    response -> assertEquals(200, response.statusCode())));
        }
        for (String accept : List.of("*/*;q=abc", "text/html;q=2", "application/json, text/html;q=0.1", "x/y", XSS)) {
            tests.add(hostile("Accept " + show(accept), () -> given().header("Accept", accept).get(page), response -> {
                if (response.statusCode() >= 400) {
                    refused(response);
                }
            }));
        }
        for (String cookie : List.of("garbage", "x".repeat(43), "' OR 1=1 --" + "x".repeat(32), XSS)) {
            tests.add(hostile("session cookie " + show(cookie), () -> given().redirects().follow(false)
                    .cookie(Sessions.COOKIE, cookie).get("/edit/organization/new"),
                    response -> {
                        assertEquals(302, response.statusCode(), "a stale or forged cookie is a visitor");
                        assertTrue(response.header("Location").contains("/login"));
                    }));
        }
        return tests.stream();
    }

    /** What a browser asks for a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The forms outside the record editors: login, tokens, accounts, webhooks; and NUL straight in the address. */
    @TestFactory
    Stream<DynamicTest> otherFormsAndRawAddresses() {
        editor();
        List<DynamicTest> tests = new ArrayList<>();
        for (String value : BAD_TEXT) {
            tests.add(hostile("login as " + show(value), () -> {
                Browser visitor = Browser.visitor();
                return visitor.login(value, "any password at all");
            }, response -> assertEquals(401, response.statusCode())));
            tests.add(hostile("token named " + show(value), () -> {
                editor().page("/account/tokens");
                return editor().post("/account/tokens", Map.of("name", value));
            }, HostileInputTest::refused));
            Map<String, Map<String, String>> adminForms = new LinkedHashMap<>();
            adminForms.put("/admin/accounts/new", Map.of("username", "someone-" + CASES.get(), "displayName", value,
                    "role", "EDITOR", "password", "granite pelican mirror 77"));
            adminForms.put("/admin/webhooks",
                    Map.of("url", "https://example.org/hook", "secret", value, "events", "*"));
            adminForms.forEach((form, fields) -> tests.add(hostile("POST " + form + " with " + show(value), () -> {
                Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
                admin.page(form.equals("/admin/webhooks") ? form : "/admin/accounts/new");
                return admin.post(form, fields);
            }, response -> {
                refused(response);
                assertEquals(422, response.statusCode());
            })));
        }
        for (String raw : List.of("/organizations/%00", "/search?q=%00", "/search?q=a%01b", "/api/v1/search?q=%00",
                "/api/v1/changes?after=%00",
                "/alliances/a%0Db")) {
            tests.add(hostile("GET " + raw + " (raw)", () -> given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT)
                    .get(raw), response -> {
                assertTrue(response.statusCode() == 400 || response.statusCode() == 404,
                        "not " + response.statusCode());
                refused(response);
                String expected = raw.startsWith("/api/") ? "application/problem+json" : "text/html";
                assertTrue(String.valueOf(response.contentType()).startsWith(expected),
                        "a browser is shown a page and a bot a problem, not " + response.contentType());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> csvImports() {
        editor();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("binary garbage", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, (byte) 0x89, 'P', 'N', 'G'});
        files.put("NUL bytes", "name,slug,kind\nA\u0000,a,COMPANY\n".getBytes(StandardCharsets.UTF_8));
        files.put("an empty file", new byte[0]);
        files.put("only a header", "name,slug,kind\n".getBytes(StandardCharsets.UTF_8));
        files.put("unknown columns", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8));
        files.put("an unterminated quote", "name,slug,kind\n\"A,a,COMPANY\n".getBytes(StandardCharsets.UTF_8));
        files.put("ten thousand columns", (String.join(",", Collections.nCopies(10_000, "c")) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("a one-megabyte line",
                ("name,slug,kind\n" + "x".repeat(900_000) + ",a,COMPANY\n").getBytes(StandardCharsets.UTF_8));
        files.put("formulas and scripts", ("name,slug,kind\n=cmd|' /C calc'!A0,f1,COMPANY\n" + XSS + ",f2,COMPANY\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("bad dates", "alliance,organization,joined\nx,y,2011-13\n".getBytes(StandardCharsets.UTF_8));
        files.put("a UTF-16 file", "name,slug,kind\nA,a,COMPANY\n".getBytes(StandardCharsets.UTF_16));
        files.put("an oversized file", new byte[1_000_001]);
        List<DynamicTest> tests = new ArrayList<>();
        for (String kind : List.of("ORGANIZATIONS", "MEMBERSHIPS")) {
            files.forEach((what, content) -> tests.add(hostile("import " + kind + " of " + what, () -> {
                editor().page("/import");
                return editor().upload("/import", Map.of("kind", kind), "hostile.csv", content);
            }, response -> {
                if (response.statusCode() >= 400) {
                    refused(response);
                } else {
                    harmless(response); // a preview, which changes nothing until it is applied
                }
            })));
        }
        tests.add(hostile("import of an unknown kind", () -> {
            editor().page("/import");
            return editor()
                    .upload("/import", Map.of("kind", "ACCOUNTS"), "x.csv", "a\n".getBytes(StandardCharsets.UTF_8));
        }, HostileInputTest::refused));
        return tests.stream();
    }
}
