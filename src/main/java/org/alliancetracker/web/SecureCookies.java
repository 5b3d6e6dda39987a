package org.alliancetracker.web;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Names and flags of the site's cookies. Outside dev mode every cookie is Secure and its name carries the __Host-
 * prefix, which browsers accept only on a Secure, host-only cookie of path / (ASVS 3.3.1): another site on a
 * sibling domain cannot plant or overwrite it. Dev mode serves plain HTTP, where such cookies would be refused.
 */
public final class SecureCookies {

    private SecureCookies() {
    }

    public static boolean secure() {
        return ConfigProvider.getConfig().getOptionalValue("tracker.session.secure-cookie", Boolean.class).orElse(true);
    }

    public static String name(String base) {
        return secure() ? "__Host-" + base : base;
    }
}
