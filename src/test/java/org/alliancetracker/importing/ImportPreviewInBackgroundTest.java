package org.alliancetracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.alliancetracker.account.Role;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.testing.Browser;
import org.alliancetracker.testing.FreshDatabaseProfile;

/**
 * A preview that takes longer than a view waits is made in the background: the page says the file is being checked
 * and refreshes itself until the preview is there. Here views do not wait at all, so every new preview goes this way.
 */
@QuarkusTest
@TestProfile(ImportPreviewInBackgroundTest.NoWaitProfile.class)
class ImportPreviewInBackgroundTest {

    public static class NoWaitProfile extends FreshDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("tracker.imports.preview-wait", "0S");
            return overrides;
        }
    }

    @Test
    void aSlowPreviewShowsThatTheFileIsBeingCheckedThenShowsItself() throws InterruptedException {
        Browser editor = Browser.loggedInAs(Browser.newAccount(Role.EDITOR));
        String prefix = "bg-" + System.nanoTime();
        String file = "slug,name,kind\n" + prefix + "-a,Background A,company\n\n" + prefix
                + "-b,Background B,company\n";
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        editor.page("/import");
        Response uploaded = editor.upload("/import", Map.of("kind", "ORGANIZATIONS"), "background.csv",
                file.getBytes(StandardCharsets.UTF_8));
        String path = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");

        Document checking = editor.page(path);
        assertEquals("2", checking.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(checking.selectFirst("[role=status]").text().startsWith("Checking the file against the data: "),
                checking.selectFirst("[role=status]").text());
        assertEquals("2", checking.selectFirst("progress").attr("max"), "the file's rows, the blank line left out");
        assertNull(checking.selectFirst("form[action$=/apply]"), "nothing to apply before the preview is made");

        Document preview = checking;
        for (int i = 0; i < 300 && preview.selectFirst("p.summary") == null; i++) {
            Thread.sleep(100);
            preview = editor.page(path);
        }
        assertEquals("The import will create 2, update 0 and leave 0 unchanged.",
                preview.selectFirst("p.summary").text());
        assertNull(preview.selectFirst("meta[http-equiv=refresh]"), "the preview stops refreshing");
        assertNotNull(preview.selectFirst("form[action$=/apply] button"));
        assertEquals(audited, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count()),
                "a preview changes nothing");
    }
}
