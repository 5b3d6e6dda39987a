package org.alliancetracker.web;

/** Where a "next" parameter may send the browser: a path on this site, never another site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    public static String localPath(String next, String fallback) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.contains("\n") || next.contains("\r") || next.length() > 500) {
            return fallback;
        }
        return next;
    }
}
