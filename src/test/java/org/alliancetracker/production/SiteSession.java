package org.alliancetracker.production;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One person's visit to one server process: keeps its cookies (Secure ones too, as a browser behind TLS would),
 * sends the CSRF token of the last page read with each form, and never follows redirects.
 */
final class SiteSession {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String baseUrl;
    private String csrfToken;

    SiteSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The same cookies, sent to another instance behind the same load balancer. */
    SiteSession switchTo(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    /** Another visit with the same cookies, as a stolen or stale cookie would be. */
    SiteSession copy() {
        SiteSession copy = new SiteSession(baseUrl);
        copy.cookies.putAll(cookies);
        copy.csrfToken = csrfToken;
        return copy;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html").GET());
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            Element token = Jsoup.parse(response.body()).selectFirst("input[name=csrf-token]");
            if (token != null) {
                csrfToken = token.val();
            }
        }
        return response;
    }

    HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    /** The form's fields, with the CSRF token of the last page read, URL-encoded. */
    private String formBody(Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.putIfAbsent("csrf-token", csrfToken);
        }
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /**
     * The bytes of the same form post as {@link #post} sends (cookies and CSRF token included), for a test that
     * writes them to a socket itself, a part at a time.
     */
    byte[] rawPost(String path, Map<String, String> form) {
        String body = formBody(form);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + URI.create(baseUrl).getAuthority()
                + "\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n"
                + (cookies.isEmpty() ? "" : "Cookie: " + cookieHeader() + "\r\n") + "\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }

    HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0");
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
