package org.alliancetracker.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * A new, empty database for the server processes of one test: H2 files in a new folder by default, or a new
 * database on the PostgreSQL server the suite runs against ({@code -Ppostgres}).
 */
final class ProcessDatabase {

    private ProcessDatabase() {
    }

    static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("test-database.kind"));
    }

    /** The environment that points a server process at a new database called {@code name}. */
    static Map<String, String> fresh(String name) throws IOException, SQLException {
        if (!isPostgres()) {
            Path dir = Files.createDirectories(Path.of("target", "process-data"));
            return Map.of("TRACKER_DATA_DIR", Files.createTempDirectory(dir, name).toAbsolutePath().toString());
        }
        String serverUrl = System.getProperty("test-database.url");
        String user = System.getProperty("test-database.username");
        String password = System.getProperty("test-database.password");
        String database = "process_" + name.toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database,
                "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", password);
    }
}
