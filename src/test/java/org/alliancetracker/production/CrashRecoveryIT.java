package org.alliancetracker.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Durability: the server process is killed with SIGKILL in the middle of a stream of edits and started again.
 * Every edit it acknowledged is there afterwards, and every edit that is there is whole (the record and its
 * change-feed entry, written in one transaction). Runs on H2 files, and on PostgreSQL with -Ppostgres.
 */
class CrashRecoveryIT {

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Map<String, String> database = ProcessDatabase.fresh("crash");
        List<OrganizationWriter> writers = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (ServerProcess server = new ServerProcess("crash-before", database).start()) {
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                SiteSession editor = new SiteSession(server.baseUrl());
                assertEquals(303, editor.logIn(ServerProcess.ADMIN, ServerProcess.ADMIN_PASSWORD).statusCode());
                OrganizationWriter writer = new OrganizationWriter(editor, "crash-" + w, writing::get);
                writers.add(writer);
                Thread thread = new Thread(writer, "writer-" + w);
                thread.start();
                threads.add(thread);
            }
            // Kill while all three are writing, once enough edits were acknowledged to make the check meaningful.
            while (writers.stream().mapToInt(w -> w.acknowledged.size()).sum() < 60) {
                Thread.sleep(20);
            }
            server.kill();
            writing.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        Set<String> acknowledged = new HashSet<>();
        writers.forEach(w -> {
            assertEquals(List.of(), w.refused, "no edit was refused before the kill");
            acknowledged.addAll(w.acknowledged);
        });

        try (ServerProcess server = new ServerProcess("crash-after", database).start()) {
            SiteSession visitor = new SiteSession(server.baseUrl());
            ChangeFeedReader feed = new ChangeFeedReader(visitor);
            feed.catchUp();
            Set<String> inFeed = new HashSet<>();
            for (String slug : feed.createdOrganizations()) {
                if (slug.startsWith("crash-")) {
                    assertTrue(inFeed.add(slug), "one change entry per created organization: " + slug);
                }
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(inFeed);
            assertEquals(Set.of(), lost, "acknowledged edits missing after the restart");
            // Whole, not half-applied: each change entry has its record, and no record lacks its entry.
            for (String slug : inFeed) {
                assertEquals(200, visitor.getJson("/api/v1/organizations/" + slug).statusCode(), slug);
            }
            // Each writer saves crash-{w}-0, -1, -2... in turn, so the first slug not in the feed must not exist
            // either.
            for (int w = 0; w < writers.size(); w++) {
                String prefix = "crash-" + w + "-";
                long saved = inFeed.stream().filter(s -> s.startsWith(prefix)).count();
                assertEquals(404, visitor.getJson("/api/v1/organizations/" + prefix + saved).statusCode(),
                        "a record without its change entry: " + prefix + saved);
            }
            System.out.printf("Crash test: %d edits acknowledged before SIGKILL, %d present after restart%n",
                    acknowledged.size(), inFeed.size());

            SiteSession editor = new SiteSession(server.baseUrl());
            assertEquals(303, editor.logIn(ServerProcess.ADMIN, ServerProcess.ADMIN_PASSWORD).statusCode());
            editor.get("/edit/organization/new");
            assertEquals(303, editor.post("/edit/organization/new", Map.of("name", "After restart",
                    "slug", "after-restart", "kind", "COMPANY")).statusCode(), "the restarted server takes edits");
        }
    }
}
