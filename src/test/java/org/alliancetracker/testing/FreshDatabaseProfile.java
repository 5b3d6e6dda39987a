package org.alliancetracker.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application on a database of its own: the demo story and nothing that other test classes wrote. */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:fresh-" + getClass().getSimpleName() + ";DB_CLOSE_DELAY=-1");
    }
}
