package org.alliancetracker.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A one-time message shown on the page a form redirects to (POST-redirect-GET): set on the redirect as a short-lived
 * cookie, read by the next request ({@code inject:flash.message}), then cleared.
 */
@RequestScoped
@Named("flash")
public class Flash {

    /** The flash cookie's name in dev mode (see {@link SecureCookies}), and the request property of a shown message. */
    static final String COOKIE = "tracker_flash";

    static String cookieName() {
        return SecureCookies.name(COOKIE);
    }
    private static final int MAX_LENGTH = 300;

    private String message;

    public String getMessage() {
        return message;
    }

    /** Set through a method: the filter holds a client proxy, on which a field write would be lost. */
    void show(String text) {
        this.message = text;
    }

    /** A 303 redirect to the location that shows the message once. */
    public static Response redirect(String location, String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) + "…" : message;
        return Response.seeOther(URI.create(location))
                .cookie(new NewCookie.Builder(cookieName()).value(URLEncoder.encode(text, StandardCharsets.UTF_8))
                        .path("/").httpOnly(true).secure(SecureCookies.secure()).sameSite(NewCookie.SameSite.LAX)
                        .maxAge(60).build())
                .build();
    }

    /** Reads the message of the previous redirect, if any. */
    public static class Filters {

        @Inject
        Flash flash;

        @ServerRequestFilter
        public void read(ContainerRequestContext request) {
            Cookie cookie = request.getCookies().get(cookieName());
            if (cookie != null && !cookie.getValue().isEmpty() && "GET".equals(request.getMethod())) {
                String text = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                flash.show(text.length() > MAX_LENGTH + 1 ? text.substring(0, MAX_LENGTH) : text);
                request.setProperty(COOKIE, Boolean.TRUE);
            }
        }

        @ServerResponseFilter
        public void clear(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(COOKIE) != null && !response.getHeaders().containsKey("Set-Cookie")) {
                response.getHeaders().add("Set-Cookie",
                        new NewCookie.Builder(cookieName()).value("").path("/").maxAge(0).httpOnly(true)
                                .secure(SecureCookies.secure()).build());
            }
        }
    }
}
