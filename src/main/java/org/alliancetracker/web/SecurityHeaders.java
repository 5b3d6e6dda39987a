package org.alliancetracker.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import io.quarkus.qute.Engine;
import io.quarkus.runtime.LaunchMode;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Security headers on every page, chart and API answer: a Content-Security-Policy with no inline script (the charts'
 * one inline style is allowed by its hash), no framing except of the embed views, and HSTS outside dev mode. No MIME
 * sniffing and the referrer policy are set for every answer, static files included, in application.properties.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    Engine engine;

    private volatile String policy;
    private volatile String embedPolicy;

    /** The SHA-256 of the chart style element's text, as CSP writes it. */
    String chartStyleHash() {
        String rendered = engine.getTemplate("tags/chartStyle").render();
        String css = rendered.substring(rendered.indexOf('>') + 1, rendered.lastIndexOf("</style>"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    String policy(boolean embed) {
        if (policy == null) {
            String common = "default-src 'self'; script-src 'self'; style-src 'self' " + chartStyleHash()
                    + "; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; ";
            policy = common + "frame-ancestors 'none'";
            embedPolicy = common + "frame-ancestors *";
        }
        return embed ? embedPolicy : policy;
    }

    /** Adds the headers to every answer of the application's resources. */
    public static class Filter {

        @Inject
        SecurityHeaders headers;

        @ServerResponseFilter
        public void add(ContainerRequestContext request, ContainerResponseContext response) {
            boolean embed = request.getUriInfo().getPath().startsWith("/embed/");
            var h = response.getHeaders();
            h.putSingle("Content-Security-Policy", headers.policy(embed));
            if (!embed) {
                h.putSingle("X-Frame-Options", "DENY");
            }
            if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
                h.putSingle("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        }
    }
}
