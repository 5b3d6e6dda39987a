package org.alliancetracker.production;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app/quarkus-run.jar) as a separate process, with production settings
 * and the given database, as an operator runs it. Its output goes to target/process-logs/{name}.log.
 */
final class ServerProcess implements AutoCloseable {

    static final String ADMIN = "operator";
    static final String ADMIN_PASSWORD = "quartz meadow lantern 7 ferry";
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final int PORT_ATTEMPTS = 5;

    final String name;
    private int port;
    private int managementPort;
    final Path log;
    private final Map<String, String> environment;
    private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
    private List<String> jvmOptions = List.of("-Xmx256m");
    private Process process;

    ServerProcess(String name, Map<String, String> database) {
        this.name = name;
        this.log = Path.of("target", "process-logs", name + ".log");
        this.environment = new HashMap<>(database);
        choosePorts();
        environment.put("TRACKER_ADMIN_USERNAME", ADMIN);
        environment.put("TRACKER_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    /** Sets one more environment variable, as an operator's configuration does. */
    ServerProcess with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** The lines of the process's (JSON) log at level ERROR so far. */
    List<String> errorsLogged() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("\"level\":\"ERROR\"")).toList();
        }
    }

    /** Runs on another JVM, with other options, as the container does. */
    ServerProcess withJvm(Path otherJava, List<String> options) {
        this.javaExecutable = otherJava;
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /**
     * Starts the process and waits until it reports ready (database reachable, migrations applied). A port chosen
     * free may be taken before the server binds it; the server then starts again on other ports.
     */
    ServerProcess start() throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run after `mvn package`");
        }
        Files.createDirectories(log.getParent());
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce();
            } catch (PortTakenException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw new IllegalStateException(name + " found its ports taken " + attempt + " times; see " + log);
                }
                choosePorts();
            }
        }
    }

    private ServerProcess startOnce() throws IOException, InterruptedException, PortTakenException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                if (loggedPortTaken()) {
                    throw new PortTakenException();
                }
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " was not ready within 90 s; see " + log);
    }

    private void choosePorts() {
        port = freePort();
        managementPort = freePort();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
    }

    private boolean loggedPortTaken() throws IOException {
        return portTakenIn(log);
    }

    /** Whether the log has Quarkus's words for a port it could not bind: its HTTP port, or its management port. */
    static boolean portTakenIn(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.anyMatch(line -> line.contains("seems to be in use by another process")
                    || line.contains("Address already in use"));
        }
    }

    private static final class PortTakenException extends Exception {
        PortTakenException() {
            super(null, null, false, false);
        }
    }

    boolean ready() {
        try {
            return management("/q/health/ready").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpResponse<String> management(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(5)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGTERM, without waiting: as an orchestrator stops an instance. */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean exitsWithin(Duration time) throws InterruptedException {
        return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; as a power cut is to the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
