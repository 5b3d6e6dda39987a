package org.alliancetracker.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.GZIPInputStream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancetracker.account.Role;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.testing.Browser;

@QuarkusTest
class BackupTest {

    private static boolean onH2() {
        return "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    @Test
    void anAdministratorDownloadsABackupThatRestores(@TempDir Path work) throws Exception {
        assumeTrue(onH2(), "the download backs up H2; PostgreSQL uses pg_dump");
        Browser admin = Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
        assertTrue(admin.page("/admin/accounts").selectFirst("a[href=/admin/backup]") != null);
        Response response = admin.get("/admin/backup");
        assertEquals(200, response.statusCode());
        assertEquals("application/gzip", response.contentType());
        assertTrue(response.header("Content-Disposition")
                .matches("attachment; filename=\"alliance-tracker-\\d{8}-\\d{6}\\.sql\\.gz\""));
        byte[] sql = new GZIPInputStream(new ByteArrayInputStream(response.asByteArray())).readAllBytes();

        // The README's restore: H2's RunScript into a new database, which then holds the same organizations.
        Path script = work.resolve("backup.sql");
        Files.write(script, sql);
        String url = "jdbc:h2:mem:restored-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        RunScript.main("-url", url, "-user", "tracker", "-script", script.toString());
        try (Connection restored = DriverManager.getConnection(url, "tracker", "");
                ResultSet count = restored.createStatement().executeQuery("select count(*) from organization")) {
            count.next();
            long live = QuarkusTransaction.requiringNew().call(() -> Organization.count());
            assertEquals(live, count.getLong(1));
        }
        // Search keys are generated columns: the restored database computes them again.
        try (Connection restored = DriverManager.getConnection(url, "tracker", "");
                ResultSet key = restored.createStatement().executeQuery(
                        "select name_key from organization where slug = 'hp'")) {
            assertTrue(key.next());
            assertEquals("hewlettpackard", key.getString(1));
        }
    }

    @Test
    void onlyAdministratorsDownloadBackups() {
        Response visitor = Browser.visitor().get("/admin/backup");
        assertEquals(302, visitor.statusCode());
        assertTrue(visitor.header("Location").contains("/login"));
        assertEquals(403, Browser.loggedInAs(Browser.newAccount(Role.EDITOR)).get("/admin/backup").statusCode());
    }

    @Test
    void thereIsNoDownloadOnPostgresql() {
        assumeTrue(!onH2(), "on H2 the download exists");
        assertEquals(404, Browser.loggedIn(Browser.ADMIN, Browser.ADMIN_PASSWORD).get("/admin/backup").statusCode());
    }
}
