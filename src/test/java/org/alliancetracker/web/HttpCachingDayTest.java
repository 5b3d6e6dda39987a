package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.alliancetracker.history.DataVersionClock.DataVersion;

/**
 * The day in the validators is the day the pages count as today (LocalDate.now(), in the server's time zone): a kept
 * answer that shows "today" (members today, charts that run to today) must be rendered again when that day changes.
 */
class HttpCachingDayTest {

    private static final DataVersion VERSION = new DataVersion(7, Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void theValidatorsChangeOnTheDayOfTheTimeZoneTheyAreTakenIn() {
        // 14 hours ahead of UTC and 12 behind: at any hour, one of them is on another date than UTC.
        for (String zone : new String[] {"Pacific/Kiritimati", "Etc/GMT+12"}) {
            Clock clock = Clock.system(ZoneId.of(zone));
            LocalDate today = LocalDate.now(clock);
            HttpCaching.Validators validators = HttpCaching.validators(VERSION, "1.0", clock);
            assertEquals("\"7." + today + ".1.0\"", validators.etag(), zone);
            assertEquals(today.atStartOfDay(clock.getZone()).toInstant(), validators.lastModified(), zone);
            assertTrue(validators.lastModified().isBefore(Instant.now()), zone);
            assertEquals(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), validators.until(),
                    zone + ": kept until the next day begins there");
        }
    }

    @Test
    void theServersValidatorsAreTakenInItsTimeZoneAsThePagesCountToday() {
        HttpCaching.Validators validators = HttpCaching.validators(VERSION, "1.0");
        assertEquals("\"7." + LocalDate.now() + ".1.0\"", validators.etag());
        assertEquals(LocalDate.now().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(), validators.until());
    }
}
