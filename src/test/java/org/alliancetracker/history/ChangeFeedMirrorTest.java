package org.alliancetracker.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.api.Paging;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditorRegistry;
import org.alliancetracker.editing.RecordEditor;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.FreshDatabaseProfile;

/** A bot that follows the change feed from its start holds an exact copy of the data, even while editors write. */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class ChangeFeedMirrorTest {

    @Inject
    EditorRegistry registry;

    /** A bot's copy: record values by type and id, and every change id it has read, in order. */
    static final class Mirror {
        final Map<String, Map<Long, Map<String, String>>> records = new TreeMap<>();
        final List<Long> seen = new ArrayList<>();
        String cursor = "";
        /** The last change to apply: a copy of the data at that moment. */
        long upTo = Long.MAX_VALUE;

        /** Reads pages until one comes back empty. */
        void catchUp() {
            while (true) {
                JsonPath page = given().get("/api/v1/changes?limit=50" + (cursor.isEmpty() ? "" : "&after=" + cursor))
                        .then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                cursor = page.getString("next");
                if (items.isEmpty()) {
                    return;
                }
                for (Map<String, Object> item : items) {
                    if (Long.parseLong((String) item.get("id")) > upTo) {
                        continue;
                    }
                    seen.add(Long.valueOf((String) item.get("id")));
                    String type = (String) item.get("type");
                    long id = ((Number) item.get("recordId")).longValue();
                    @SuppressWarnings("unchecked")
                    Map<String, String> data = (Map<String, String>) item.get("data");
                    if ("deleted".equals(item.get("action"))) {
                        records.getOrDefault(type, new TreeMap<>()).remove(id);
                    } else {
                        records.computeIfAbsent(type, t -> new TreeMap<>()).put(id, data);
                    }
                }
            }
        }

        Map<String, Map<Long, Map<String, String>>> data() {
            Map<String, Map<Long, Map<String, String>>> copy = new TreeMap<>();
            records.forEach((type, byId) -> {
                if (!byId.isEmpty()) {
                    copy.put(type, byId);
                }
            });
            return copy;
        }
    }

    /** The data as it is in the database, in the same shape as the mirror. */
    private Map<String, Map<Long, Map<String, String>>> database() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Map<Long, Map<String, String>>> snapshot = new TreeMap<>();
            for (String type : AuditEntry.RECORD_TYPES) {
                RecordEditor<TrackedEntity> editor = registry.forType(type).orElseThrow();
                List<TrackedEntity> all = Panache.getEntityManager()
                        .createQuery("from " + AuditEntry.entityName(type), TrackedEntity.class).getResultList();
                Map<Long, Map<String, String>> byId = new TreeMap<>();
                all.forEach(r -> byId.put(r.id, new LinkedHashMap<>(editor.values(r))));
                if (!byId.isEmpty()) {
                    snapshot.put(type, byId);
                }
            }
            return snapshot;
        });
    }

    @Test
    void followingTheFeedRebuildsTheDataExactly() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        long org = createOrganization(editor, "Mirror Co", "mirror-co");
        long ova = QuarkusTransaction.requiringNew().call(() ->
                Alliance.findBySlug("open-virtualization-alliance").orElseThrow().id);
        editor.page("/edit/membership/new");
        assertEquals(303, editor.post("/edit/membership/new", Map.of("alliance", String.valueOf(ova),
                "organization", "Mirror Co", "joined", "2012-02")).statusCode());
        String version = editor.page("/edit/organization/" + org).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post("/edit/organization/" + org, Map.of("version", version, "name", "Mirror Company",
                "slug", "mirror-co", "kind", "FOUNDATION")).statusCode());
        long ibm = idOf("ibm");
        deleteOrganization(editor, ibm);

        Mirror bot = new Mirror();
        bot.catchUp();
        assertEquals(database(), bot.data());
        assertTrue(bot.records.get("organization").values().stream()
                .anyMatch(o -> o.get("name").equals("Mirror Company")));
        assertTrue(bot.records.get("organization").values().stream().noneMatch(o -> o.get("slug").equals("ibm")),
                "a deletion reaches the mirror as a tombstone");

        String cursor = bot.cursor;
        bot.catchUp();
        assertEquals(cursor, bot.cursor, "polling when nothing changed keeps the cursor");

        long deletion = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "recordType = 'organization' and recordId = ?1 and action = ?2", ibm, AuditEntry.Action.DELETED)
                .singleResult().id);
        editor.page("/history");
        assertEquals(303, editor.post("/history/" + deletion + "/revert", Map.of()).statusCode());
        bot.catchUp();
        assertEquals(database(), bot.data());
        assertEquals("ibm", bot.records.get("organization").get(ibm).get("slug"),
                "a deletion reverted comes back at its id");
    }

    @Test
    void aSnapshotThenTheFeedFromItsMomentRebuildsTheDataWhateverIsWrittenMeanwhile() {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        long snapshotCo = createOrganization(editor, "Snapshot Co", "snapshot-co");
        String version = editor.page("/edit/organization/" + snapshotCo).selectFirst("input[name=version]").val();
        assertEquals(303, editor.post("/edit/organization/" + snapshotCo, Map.of("version", version,
                "name", "Snapshot Company", "slug", "snapshot-co", "kind", "COMPANY")).statusCode());
        long novell = idOf("novell");
        deleteOrganization(editor, novell);

        Map<String, Map<Long, Map<String, String>>> snapshot = new TreeMap<>();
        List<String> kindsByPage = new ArrayList<>();
        JsonPath page = given().get("/api/v1/snapshot?limit=4").then().statusCode(200).extract().jsonPath();
        String changesAfter = page.getString("changesAfter");
        // Written after the snapshot's moment: on none of its pages, even those read afterwards.
        long amd = idOf("amd");
        deleteOrganization(editor, amd);
        while (true) {
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= 4, items.toString());
            assertEquals(changesAfter, page.getString("changesAfter"), "one moment for every page");
            Set<Object> kinds = new HashSet<>(page.getList("items.type"));
            assertTrue(kinds.size() <= 1, "a page holds records of one kind: " + kinds);
            kinds.forEach(kind -> kindsByPage.add((String) kind));
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, String> data = (Map<String, String>) item.get("data");
                Object previous = snapshot.computeIfAbsent((String) item.get("type"), t -> new TreeMap<>())
                        .put(((Number) item.get("recordId")).longValue(), data);
                assertNull(previous, "no record is given twice");
            }
            String next = page.getString("next");
            if (next == null) {
                break;
            }
            page = given().get("/api/v1/snapshot?limit=4&cursor=" + next).then().statusCode(200).extract().jsonPath();
        }
        assertEquals(AuditEntry.RECORD_TYPES.stream().filter(kindsByPage::contains).toList(),
                kindsByPage.stream().distinct().toList(), "kinds in the order a mirror creates them");
        Map<Long, Map<String, String>> organizations = snapshot.get("organization");
        assertEquals("Snapshot Company", organizations.get(snapshotCo).get("name"));
        assertTrue(organizations.containsKey(amd), "deleted after the snapshot's moment");
        assertFalse(organizations.containsKey(novell), "deleted before it");

        Mirror folded = new Mirror();
        folded.upTo = Paging.after("after", changesAfter);
        folded.catchUp();
        assertEquals(folded.data(), snapshot, "the snapshot is the change feed up to its moment");

        Mirror bot = new Mirror();
        bot.records.putAll(snapshot);
        bot.cursor = changesAfter;
        bot.catchUp();
        assertEquals(database(), bot.data());
        assertFalse(bot.records.get("organization").containsKey(amd), "the deletion came through the feed");
    }

    private static long createOrganization(Browser editor, String name, String slug) {
        editor.page("/edit/organization/new");
        assertEquals(303, editor.post("/edit/organization/new", Map.of("name", name, "slug", slug,
                "kind", "COMPANY")).statusCode());
        return idOf(slug);
    }

    private static long idOf(String organizationSlug) {
        return QuarkusTransaction.requiringNew().call(() ->
                Organization.findBySlug(organizationSlug).orElseThrow().id);
    }

    private static void deleteOrganization(Browser editor, long id) {
        editor.page("/edit/organization/" + id + "/delete");
        assertEquals(303, editor.post("/edit/organization/" + id + "/delete", Map.of()).statusCode());
    }

    @Test
    void noChangeIsSkippedOrRepeatedWhileEditorsWriteConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        Mirror bot = new Mirror();
        try {
            Future<?> poller = pool.submit(() -> {
                while (writing.get()) {
                    bot.catchUp();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
                    for (int i = 0; i < 8; i++) {
                        editor.page("/edit/organization/new");
                        String slug = "concurrent-" + writer + "-" + i;
                        assertEquals(303, editor.post("/edit/organization/new", Map.of("name", "Concurrent " + writer
                                + " " + i, "slug", slug, "kind", "COMPANY")).statusCode());
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            poller.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        bot.catchUp();
        Set<Long> unique = new HashSet<>(bot.seen);
        assertEquals(bot.seen.size(), unique.size(), "no change is repeated");
        for (int i = 1; i < bot.seen.size(); i++) {
            assertTrue(bot.seen.get(i) > bot.seen.get(i - 1), "changes arrive in order");
        }
        long entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        assertEquals(entries, bot.seen.size(), "no change is skipped");
        assertEquals(database(), bot.data());
    }
}
