package org.disclosure.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus service started from its packaged jar as a child process, its output in a log file. */
final class ServiceProcess implements AutoCloseable {

    /** How long a service may take to start: {@code -Ddisclosure.service.start-timeout=SECONDS}, 180 by default. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("disclosure.service.start-timeout",
            180));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String service;
    private final int port;
    private final Path log;
    private final Process process;
    private final Path home;
    private final Map<String, String> config;

    private ServiceProcess(String name, String service, int port, Path log, Process process, Path home,
            Map<String, String> config) {
        this.name = name;
        this.service = service;
        this.port = port;
        this.log = log;
        this.process = process;
        this.home = home;
        this.config = config;
    }

    /** Starts the service; call {@link #awaitReady()} before using it. */
    static ServiceProcess start(Path home, String name, int port, Map<String, String> config, Path logDir) {
        return start(home, name, name, port, config, logDir.resolve(name + ".log"), false);
    }

    /**
     * Starts another process of the same service: {@code name} tells it apart (and names its log), the
     * configuration is the same (so it joins the same consumer groups), the HTTP port is its own.
     */
    static ServiceProcess startInstance(Path home, String service, String name, int port, Map<String, String> config,
            Path logDir) {
        return start(home, service, name, port, config, logDir.resolve(name + ".log"), false);
    }

    /** The same service started again with the same configuration and port; its output goes on in the same log. */
    ServiceProcess restarted() {
        if (process.isAlive()) {
            throw new PlatformException(name + " is still running (pid " + process.pid() + ")");
        }
        return start(home, service, name, port, config, log, true);
    }

    private static ServiceProcess start(Path home, String service, String name, int port, Map<String, String> config,
            Path log, boolean append) {
        Path jar = appCopy(home, service).resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new PlatformException(name + " is not built (" + jar + " is missing): run ./mvnw install -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // small heaps keep the whole stack well under 4 GB on a laptop; the full JIT (C2) costs ~60-90 MB resident
        // per service and pays for its compilations within the first thousand reports: warm, the platform used
        // ~18 % less CPU per stored report than with C1 alone (README, "Performance")
        command.addAll(List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC"));
        // e.g. a flight recording or another JIT setting for a measurement (cli README, "Load generator"); later
        // options win over the defaults above
        command.addAll(extraJvmOptions(System.getenv(JVM_OPTIONS_VARIABLE), name));
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            if (append) {
                Files.writeString(log, "\n===== " + name + " started again at " + Instant.now() + " =====\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            // Tesseract (parse-service's OCR) parallelises each page with OpenMP; the service's bounded pool
            // already runs one page per worker, and more threads only contend for the same cores
            builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log.toFile())
                            : ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            return new ServiceProcess(name, service, port, log, process, home, Map.copyOf(config));
        } catch (IOException e) {
            throw new PlatformException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** JVM options added to every service's own, {@code {name}} standing for the process name. */
    static final String JVM_OPTIONS_VARIABLE = "DISCLOSURE_SERVICE_JVM_OPTIONS";

    /** The options of {@link #JVM_OPTIONS_VARIABLE}, split at spaces, {@code {name}} replaced by the process's. */
    static List<String> extraJvmOptions(String options, String name) {
        if (options == null || options.isBlank()) return List.of();
        return java.util.Arrays.stream(options.trim().split("\\s+")).map(option -> option.replace("{name}", name))
                .toList();
    }

    /** Where each service's packaged application was copied to, once per JVM. */
    private static final Map<String, Path> APP_COPIES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The service's {@code target/quarkus-app}; or, with {@code -Ddisclosure.platform.app-copies=DIR}, a copy of
     * it in DIR taken at the first start in this JVM, so that a rebuild of the service while tests run (another
     * build in the same work tree) cannot swap the jars under a running or restarted process.
     */
    private static Path appCopy(Path home, String service) {
        Path app = home.resolve(service).resolve("target/quarkus-app");
        String copies = System.getProperty("disclosure.platform.app-copies");
        if (copies == null || copies.isBlank() || !Files.isRegularFile(app.resolve("quarkus-run.jar"))) return app;
        return APP_COPIES.computeIfAbsent(service, name -> {
            Path target = Path.of(copies).resolve(name);
            try {
                if (Files.exists(target)) deleteTree(target);
                try (var files = Files.walk(app)) {
                    for (Path source : files.toList()) {
                        Path copy = target.resolve(app.relativize(source).toString());
                        if (Files.isDirectory(source)) Files.createDirectories(copy);
                        else Files.copy(source, copy);
                    }
                }
                return target;
            } catch (IOException e) {
                throw new PlatformException("cannot copy " + app + " to " + target + ": " + e.getMessage(), e);
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }

    /** Waits until the service reports ready on its health endpoint. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        // a service with a management interface (its prod profile) answers health on that port
        String management = config.get("quarkus.management.port");
        String health = management == null ? url() : "http://localhost:" + management;
        HttpRequest ready = HttpRequest.newBuilder(URI.create(health + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new PlatformException(name + " stopped during startup (exit code " + process.exitValue()
                        + "); its log " + log + " ends with:\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while waiting for " + name);
            }
            sleep();
        }
        throw new PlatformException(name + " was not ready after " + STARTUP_TIMEOUT.toSeconds() + " s; see " + log
                + ":\n" + tail());
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux): no shutdown hook, no graceful leave of the consumer group, nothing flushed. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
