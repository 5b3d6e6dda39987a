package org.alliancetracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import org.alliancetracker.history.DataVersionClock.DataVersion;

/**
 * The day in the validators is the day the pages count as today (LocalDate.now(), in the server's time zone): a kept
 * answer that shows "today" (members today, charts that run to today) must be rendered again when that day changes.
 */
class HttpCachingDayTest {

    @Test
    void theValidatorsChangeOnTheDayThePagesCountAsTodayInAnyTimeZone() {
        TimeZone before = TimeZone.getDefault();
        // 14 hours ahead of UTC and 12 behind: at any hour, one of them is on another date than UTC.
        for (String zone : new String[] {"Pacific/Kiritimati", "Etc/GMT+12"}) {
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate today = LocalDate.now();
                HttpCaching.Validators validators = HttpCaching.validators(new DataVersion(7, Instant.parse("2020-01-01T00:00:00Z")), "1.0");
                assertEquals("\"7." + today + ".1.0\"", validators.etag(), zone);
                assertEquals(today.atStartOfDay(ZoneId.of(zone)).toInstant(), validators.lastModified(), zone);
                assertTrue(validators.lastModified().isBefore(Instant.now()), zone);
                assertEquals(today.plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant(), validators.until(),
                        zone + ": kept until the next day begins there");
            } finally {
                TimeZone.setDefault(before);
            }
        }
    }
}
