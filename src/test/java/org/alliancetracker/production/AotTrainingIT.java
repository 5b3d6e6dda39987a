package org.alliancetracker.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The container's start-up cache: src/main/docker/aot-training.sh, run as the image build runs it (a JDK 25, the
 * Dockerfile's JVM options, a database with the demo data), writes an ahead-of-time cache, and the packaged jar
 * then starts with it and serves pages. {@code -XX:AOTMode=on} makes the JVM refuse to start if it cannot use the
 * cache, so a cache that does not fit the options fails the test instead of passing unnoticed.
 */
class AotTrainingIT {

    private static final Path SCRIPT = Path.of("src", "main", "docker", "aot-training.sh");
    private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");
    private static final Pattern JAVA_OPTS = Pattern.compile("^ENV JAVA_OPTS=\"([^\"]*)\"", Pattern.MULTILINE);
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    @Test
    void trainingRunWritesACacheThatTheNextStartUses() throws Exception {
        Optional<Path> java = javaWithAotCache();
        Assumptions.assumeTrue(java.isPresent(), "no JDK 25 or newer here (JAVA_HOME*, /usr/lib/jvm)");
        Map<String, String> database = ProcessDatabase.fresh("aot");
        List<String> containerOptions = containerJavaOptions();
        Path cache = Files.createDirectories(Path.of("target", "aot-training")).resolve("app.aot").toAbsolutePath();
        Path log = Path.of("target", "process-logs", "aot-training.log");
        Files.createDirectories(log.getParent());

        // Ports chosen free may be taken before the server binds them; the run is then made again on others.
        int exitValue = train(java.get(), containerOptions, database, cache, log);
        for (int attempt = 1; exitValue != 0 && attempt < 5 && ServerProcess.portTakenIn(log); attempt++) {
            exitValue = train(java.get(), containerOptions, database, cache, log);
        }
        assertEquals(0, exitValue, "the training run succeeded; see " + log);
        assertTrue(Files.size(cache) > 1_000_000, "a cache of the loaded classes was written");

        List<String> options = new ArrayList<>(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache));
        options.addAll(containerOptions);
        try (ServerProcess server = new ServerProcess("aot-cached", database).withJvm(java.get(), options).start()) {
            SiteSession visitor = new SiteSession(server.baseUrl());
            HttpResponse<String> alliance = visitor.get("/alliances/open-virtualization-alliance");
            assertEquals(200, alliance.statusCode());
            assertTrue(alliance.body().contains("Open Virtualization Alliance"), "the demo alliance's page");
            assertEquals(200, visitor.get("/organizations").statusCode());
            assertEquals(200, visitor.getJson("/api/v1/changes?limit=100").statusCode());
        }
    }

    /** Runs the training script as the image build does, on ports chosen free, and answers its exit value. */
    private static int train(Path java, List<String> containerOptions, Map<String, String> database, Path cache,
            Path log) throws IOException, InterruptedException {
        ProcessBuilder training = new ProcessBuilder("sh", SCRIPT.toString(), ServerProcess.JAR.toString(),
                cache.toString(), String.valueOf(ServerProcess.freePort()));
        training.environment().putAll(database);
        training.environment().put("JAVA", java.toString());
        training.environment().put("JAVA_OPTS",
                String.join(" ", containerOptions) + " -Dquarkus.management.port=" + ServerProcess.freePort());
        training.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Process run = training.start();
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.descendants().forEach(ProcessHandle::destroyForcibly); // the server the script started
            run.destroyForcibly();
            throw new AssertionError("the training run did not end within 5 minutes; see " + log);
        }
        return run.exitValue();
    }

    /** The JVM options the container runs with, read from the Dockerfile so the test follows what ships. */
    private static List<String> containerJavaOptions() throws IOException {
        Matcher options = JAVA_OPTS.matcher(Files.readString(DOCKERFILE));
        assertTrue(options.find(), "Dockerfile.jvm sets JAVA_OPTS");
        return Arrays.asList(options.group(1).trim().split("\\s+"));
    }

    /**
     * The java of a JDK 25 or newer (the first with training-run caches, JEP 514): this one, a JAVA_HOME's or one
     * installed under /usr/lib/jvm.
     */
    private static Optional<Path> javaWithAotCache() throws IOException {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        // JAVA_HOME, and JAVA_HOME_25_X64 and the like, which GitHub's setup-java sets for each JDK it installs.
        System.getenv().entrySet().stream().filter(e -> e.getKey().startsWith("JAVA_HOME"))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> homes.add(Path.of(e.getValue())));
        Path installed = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> jdks = Files.list(installed)) {
                jdks.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            Path release = home.resolve("release");
            Path java = home.resolve("bin").resolve("java");
            if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                Matcher version = JAVA_VERSION.matcher(Files.readString(release));
                if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
                    return Optional.of(java);
                }
            }
        }
        return Optional.empty();
    }
}
