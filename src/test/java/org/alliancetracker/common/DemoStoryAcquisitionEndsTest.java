package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V16 ends the demo story's backings of the two companies that were bought (XenSource, Qumranet) on the
 * day of their purchase. It changes a database only before its first start, when the history holds none of those
 * backings yet: a started install keeps what its change feed has told bots, and its editors can end them by hand.
 */
class DemoStoryAcquisitionEndsTest {

    private static final String ENDS = "select o.slug, cast(b.until_earliest as varchar) from backing b join"
            + " organization o on o.id = b.organization_id where o.slug in ('qumranet', 'xensource') order by o.slug";

    @TempDir
    Path folder;

    /**
     * A database in a file, closed with its last connection: an in-memory one kept open would check the constraints
     * Flyway made with Flyway's own session, closed by then.
     */
    private String url(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath();
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/migration-h2")
                .placeholders(Map.of("load_demo_data", "true")).target(target).load();
    }

    private static List<String> ends(String url) throws SQLException {
        List<String> ends = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery(ENDS)) {
            while (rows.next()) {
                ends.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return ends;
    }

    @Test
    void aNewDatabaseGetsTheEnds() throws SQLException {
        String url = url("new");
        flyway(url, "latest").migrate();
        assertEquals(List.of("qumranet 2008-09-04", "xensource 2007-08-15"), ends(url));
    }

    @Test
    void aDatabaseWhoseHistoryHoldsTheBackingsKeepsThemAsTheyWere() throws SQLException {
        String url = url("started");
        flyway(url, "15").migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            // What the history baseline writes at the first start.
            statement.executeUpdate("insert into audit_entry (changed_at, username, action, record_type, record_id,"
                    + " summary) select current_timestamp, 'system', 'CREATED', 'backing', id, 'Loaded backing'"
                    + " from backing");
        }
        flyway(url, "latest").migrate();
        assertEquals(Arrays.asList("qumranet null", "xensource null"), ends(url));
    }

    @Test
    void aDatabaseWithoutTheDemoStoryGetsNothing() throws SQLException {
        String url = url("empty");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/migration-h2")
                .placeholders(Map.of("load_demo_data", "false")).load().migrate();
        assertEquals(List.of(), ends(url));
    }
}
