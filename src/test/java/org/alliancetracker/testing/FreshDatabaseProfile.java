package org.alliancetracker.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application on a database of its own: the demo story and nothing that other test classes wrote. On H2 that is a
 * new in-memory database; on PostgreSQL, a schema of its own, emptied when the profile starts.
 */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String name = getClass().getSimpleName();
        if ("postgresql".equals(System.getProperty("test-database.kind"))) {
            String schema = "fresh_" + name.toLowerCase();
            return Map.of(
                    "quarkus.datasource.jdbc.url", System.getProperty("test-database.url") + "?currentSchema=" + schema,
                    "quarkus.flyway.schemas", schema,
                    "quarkus.flyway.clean-at-start", "true");
        }
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:fresh-" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
    }
}
