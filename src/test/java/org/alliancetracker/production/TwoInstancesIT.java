package org.alliancetracker.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Scale-out: two instances of the packaged application on one PostgreSQL database, as behind a load balancer
 * that sends each request to either. Only with -Ppostgres: H2's embedded files belong to one process.
 */
class TwoInstancesIT {

    @Test
    void twoInstancesServeOneSiteWithOneChangeFeed() throws Exception {
        assumeTrue(ProcessDatabase.isPostgres(), "several instances need a database server (mvn verify -Ppostgres)");
        Map<String, String> database = ProcessDatabase.fresh("scale_out");
        try (ServerProcess a = new ServerProcess("instance-a", database).start();
                ServerProcess b = new ServerProcess("instance-b", database).start()) {

            // A login made on one instance is honoured by the other: sessions live in the database.
            SiteSession editor = new SiteSession(a.baseUrl());
            assertEquals(303, editor.logIn(ServerProcess.ADMIN, ServerProcess.ADMIN_PASSWORD).statusCode());
            editor.switchTo(b.baseUrl());
            assertEquals(200, editor.get("/edit/organization/new").statusCode(), "B knows A's session");

            // An edit through one is visible through the other at once, past B's cache of the same page.
            SiteSession visitorOnB = new SiteSession(b.baseUrl());
            assertEquals(404, visitorOnB.getJson("/api/v1/organizations/seen-on-b").statusCode());
            String listBefore = visitorOnB.getJson("/api/v1/organizations?limit=100").body();
            editor.switchTo(a.baseUrl()).get("/edit/organization/new");
            assertEquals(303, editor.post("/edit/organization/new",
                    Map.of("name", "Seen on B", "slug", "seen-on-b", "kind", "COMPANY")).statusCode());
            assertEquals(200, visitorOnB.getJson("/api/v1/organizations/seen-on-b").statusCode());
            String listAfter = visitorOnB.getJson("/api/v1/organizations?limit=100").body();
            assertTrue(!listBefore.contains("seen-on-b") && listAfter.contains("seen-on-b"),
                    "B's cached list was renewed");

            // Editors write through both while a bot polls B's change feed: no gap, no duplicate.
            AtomicBoolean writing = new AtomicBoolean(true);
            long deadline = System.nanoTime() + 4_000_000_000L;
            List<OrganizationWriter> writers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                ServerProcess server = w % 2 == 0 ? a : b;
                SiteSession site = new SiteSession(server.baseUrl());
                assertEquals(303, site.logIn(ServerProcess.ADMIN, ServerProcess.ADMIN_PASSWORD).statusCode());
                OrganizationWriter writer = new OrganizationWriter(site, "both-" + w,
                        () -> writing.get() && System.nanoTime() < deadline);
                writers.add(writer);
                Thread thread = new Thread(writer, "writer-" + w);
                thread.start();
                threads.add(thread);
            }
            ChangeFeedReader bot = new ChangeFeedReader(new SiteSession(b.baseUrl()));
            while (threads.stream().anyMatch(Thread::isAlive)) {
                bot.catchUp();
            }
            writing.set(false);
            bot.catchUp();

            List<Long> ids = bot.ids();
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i) > ids.get(i - 1), "feed ids increase with no duplicate at " + ids.get(i));
            }
            Set<String> acknowledged = new HashSet<>();
            writers.forEach(w -> {
                assertEquals(List.of(), w.refused);
                acknowledged.addAll(w.acknowledged);
            });
            Set<String> polled = new HashSet<>(bot.createdOrganizations());
            assertTrue(polled.containsAll(acknowledged), "the polling bot saw every acknowledged edit");
            ChangeFeedReader lateReader = new ChangeFeedReader(new SiteSession(a.baseUrl()));
            lateReader.catchUp();
            assertEquals(lateReader.ids(), ids,
                    "the bot polling during the writes holds the same feed as a later reader");
            System.out.printf("Two instances: %d edits through A and B, %d feed entries polled from B while writing%n",
                    acknowledged.size(), ids.size());

            // Logging out on B ends the session on A too, even for a copy of the old cookie.
            SiteSession oldCookie = editor.copy().switchTo(a.baseUrl());
            editor.switchTo(b.baseUrl()).get("/");
            assertEquals(303, editor.post("/logout", Map.of()).statusCode());
            var refused = oldCookie.get("/edit/organization/new");
            assertEquals(302, refused.statusCode(), "A no longer honours the session");
            assertTrue(refused.headers().firstValue("Location").orElse("").contains("/login"));
        }
    }
}
