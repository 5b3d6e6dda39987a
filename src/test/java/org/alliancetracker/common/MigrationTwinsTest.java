package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The migrations one database needs written its own way come in twins: a version in migrations/h2 has one of the
 * same name in migrations/postgresql, so that a database built on either has the same schema; and no twin takes a
 * version that the migrations for every database use (Flyway would refuse to start).
 */
class MigrationTwinsTest {

    private static final Path MIGRATIONS = Path.of("migrations");

    private static Set<String> sqlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".sql")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String version(String fileName) {
        return fileName.substring(0, fileName.indexOf("__"));
    }

    @Test
    void eachDatabasesMigrationHasItsTwinAndAVersionOfItsOwn() throws IOException {
        Set<String> h2 = sqlFiles(MIGRATIONS.resolve("h2"));
        Set<String> postgresql = sqlFiles(MIGRATIONS.resolve("postgresql"));
        assertFalse(h2.isEmpty());
        assertEquals(h2, postgresql, "every migration in migrations/h2 has a twin in migrations/postgresql");

        List<String> shared = sqlFiles(MIGRATIONS).stream().map(MigrationTwinsTest::version).toList();
        for (String twin : h2) {
            assertFalse(shared.contains(version(twin)), twin + " takes a version of a migration for every database");
        }
    }
}
