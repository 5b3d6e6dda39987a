package org.alliancetracker.config;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings, under {@code tracker.*} (environment {@code TRACKER_*}). */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Load the demo story into a new database. */
    @WithDefault("true")
    boolean demoData();

    /** Where the embedded H2 database keeps its files. */
    @WithDefault("./data")
    String dataDir();

    Admin admin();

    Session session();

    Login login();

    RateLimit rateLimit();

    Webhooks webhooks();

    Cache cache();

    Imports imports();

    Sitemap sitemap();

    /** The sitemap that search engines read (/sitemap.xml, an index of parts). */
    interface Sitemap {
        /** At most this many addresses in one part: 50,000 is the sitemap protocol's limit per file. */
        @WithDefault("50000")
        @Min(1)
        @Max(50000)
        int addressesPerPart();
    }

    /** How uploaded files are previewed. */
    interface Imports {
        /**
         * How long a view of an import waits for its preview before it shows that the file is being checked and
         * refreshes itself; the preview goes on being made meanwhile.
         */
        @WithDefault("2S")
        Duration previewWait();
    }

    /** Rendered answers kept in memory for visitors and bots (pages, charts, feeds, API answers). */
    interface Cache {
        /** At most this much (such as {@code 64M}); by default an eighth of the JVM's maximum heap. */
        Optional<MemorySize> maxSize();
    }

    /** How webhook deliveries are sent and retried. */
    interface Webhooks {
        /** How often the sender looks for deliveries that are due. */
        @WithDefault("2s")
        String pollInterval();

        /** The wait before the first retry; each further retry waits twice as long, up to an hour. */
        @WithDefault("10S")
        Duration backoffBase();

        @WithDefault("8")
        int maxAttempts();

        @WithDefault("5S")
        Duration timeout();
    }

    /** The request budget of one client for the API and feeds. */
    interface RateLimit {
        @WithDefault("600")
        int perMinute();
    }

    /** The first administrator, created on a start with no accounts at all. */
    interface Admin {
        Optional<String> username();

        Optional<String> password();
    }

    interface Session {
        /** How long a session lasts without use. */
        @WithDefault("8H")
        Duration idleTimeout();

        /** Whether the session cookie is sent over HTTPS only (false only in dev mode). */
        @WithDefault("true")
        boolean secureCookie();
    }

    /** Throttling of failed logins over a sliding window. */
    interface Login {
        @WithDefault("15M")
        Duration window();

        /** Failed attempts on one account within the window before it is locked for the rest of the window. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed attempts from one client address within the window before it is refused. */
        @WithDefault("20")
        int maxFailuresPerClient();
    }
}
