package org.alliancetracker.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names and flags of the site's cookies. Outside dev mode every cookie is Secure and its name carries the __Host-
 * prefix, which browsers accept only on a Secure, host-only cookie of path / (ASVS 3.3.1): another site on a
 * sibling domain cannot plant or overwrite it. Dev mode serves plain HTTP, where such cookies would be refused.
 */
@Singleton
public class SecureCookies {

    // Read once at start: session authentication asks on every request.
    private static volatile boolean secure = true;

    void configure(@Observes @Priority(1) StartupEvent start,
            @ConfigProperty(name = "tracker.session.secure-cookie", defaultValue = "true") boolean secureCookie) {
        secure = secureCookie;
    }

    public static boolean secure() {
        return secure;
    }

    public static String name(String base) {
        return secure ? "__Host-" + base : base;
    }
}
