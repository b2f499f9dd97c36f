package org.disclosure.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak from the distribution zip, started as {@code bin/kc.sh start-dev} in a separate process, with the
 * {@code disclosure} realm imported and an in-memory database.
 *
 * <p>Each instance gets its own home folder (own {@code conf}, {@code data}, realm import and log) whose
 * {@code lib} and {@code themes} are symbolic links into the shared, unpacked distribution, so several instances
 * can run side by side. The first start of a fresh distribution augments (builds) it, which writes into the shared
 * {@code lib}; that start runs under the distribution lock and leaves a marker, later starts skip the build.
 */
final class KeycloakNode implements AutoCloseable {

    static final String REALM = "disclosure";
    static final String REALM_RESOURCE = "/keycloak/disclosure-realm.json";
    static final int MIN_JAVA = 21;
    private static final String AUGMENTED_MARKER = ".augmented-dev-mem";

    private final int port;
    private final Path instanceHome;
    private Process process;

    private KeycloakNode(int port, Path instanceHome) {
        this.port = port;
        this.instanceHome = instanceHome;
    }

    static KeycloakNode start(int requestedPort) {
        Path javaHome = javaHome(); // fail fast, before ports and folders
        int port = Support.portFor("Keycloak", requestedPort);
        KeycloakNode node = new KeycloakNode(port, Support.tempDir("devstack-keycloak-"));
        try {
            Path dist = KeycloakDist.home();
            node.prepareHome(dist);
            if (Files.exists(dist.resolve(AUGMENTED_MARKER))) {
                node.launchAndAwait(javaHome);
            } else {
                KeycloakDist.withLock(() -> {
                    node.launchAndAwait(javaHome);
                    Files.writeString(dist.resolve(AUGMENTED_MARKER), "");
                    return null;
                });
            }
            return node;
        } catch (DevstackException e) {
            node.close();
            throw e;
        } catch (Throwable e) {
            node.close();
            throw new DevstackException("Keycloak cannot start: " + Support.describe(e), e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    int port() {
        return port;
    }

    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    Path log() {
        return instanceHome.resolve("keycloak.log");
    }

    private void prepareHome(Path dist) throws IOException {
        Path bin = Files.createDirectories(instanceHome.resolve("bin"));
        Path kcSh = bin.resolve("kc.sh");
        Files.copy(dist.resolve("bin/kc.sh"), kcSh, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(kcSh, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(instanceHome.resolve("lib"), dist.resolve("lib").toAbsolutePath());
        Files.createSymbolicLink(instanceHome.resolve("themes"), dist.resolve("themes").toAbsolutePath());
        Files.createDirectories(instanceHome.resolve("providers"));
        Path conf = Files.createDirectories(instanceHome.resolve("conf"));
        try (var files = Files.list(dist.resolve("conf"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, conf.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path importDir = Files.createDirectories(instanceHome.resolve("data/import"));
        try (InputStream realm = KeycloakNode.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new DevstackException("Keycloak cannot start: realm file " + REALM_RESOURCE
                        + " is not on the classpath (it comes from deploy/keycloak via the devstack build)");
            }
            Files.copy(realm, importDir.resolve("disclosure-realm.json"));
        }
    }

    private void launchAndAwait(Path javaHome) throws Exception {
        List<String> command = new ArrayList<>();
        // a tiny watchdog shell: stops Keycloak when this JVM disappears without running its shutdown hooks
        command.add("/bin/sh");
        command.add("-c");
        command.add("parent=$1; shift; \"$@\" & child=$!; "
                + "trap 'kill -TERM $child 2>/dev/null; wait $child; exit 143' TERM INT; "
                + "while kill -0 $parent 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; "
                + "kill -TERM $child 2>/dev/null; wait $child");
        command.add("devstack-keycloak");
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(instanceHome.resolve("bin/kc.sh").toString());
        command.add("start-dev");
        command.add("--http-port=" + port);
        command.add("--http-management-port=" + Support.freePort());
        command.add("--db=dev-mem");
        command.add("--import-realm");

        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(instanceHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("QUARKUS_") || k.equals("JAVA_OPTS")
                || k.equals("JAVA_OPTS_APPEND") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JAVA"));
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA_OPTS_KC_HEAP", System.getProperty("devstack.keycloak.heap", "-Xms64m -Xmx512m"));
        String append = System.getProperty("devstack.keycloak.java-opts-append", "");
        if (!append.isBlank()) {
            env.put("JAVA_OPTS_APPEND", append);
        }
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"); // development only
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        process = pb.start();
        awaitReady();
    }

    private void awaitReady() throws InterruptedException {
        long timeoutSeconds = Long.getLong("devstack.keycloak.start-timeout", 300);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        URI wellKnown = URI.create(realmUrl() + "/.well-known/openid-configuration");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).GET().build();
            while (true) {
                if (!process.isAlive()) {
                    throw new DevstackException("Keycloak cannot start: the process exited with status "
                            + process.exitValue() + "; log " + log() + " ends with:\n" + logTail(40));
                }
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new DevstackException("Keycloak cannot start: " + wellKnown + " did not answer within "
                            + timeoutSeconds + " s; log " + log() + " ends with:\n" + logTail(40));
                }
                Thread.sleep(250);
            }
        }
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /**
     * The Java installation to run Keycloak with: {@code -Ddevstack.keycloak.java-home}, else {@code JAVA_HOME},
     * else the running JVM, the first of them that is Java 21 or newer.
     */
    static Path javaHome() {
        List<String> seen = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("devstack.keycloak.java-home");
        if (explicit != null && !explicit.isBlank()) {
            candidates.add(Path.of(explicit));
        } else {
            String env = System.getenv("JAVA_HOME");
            if (env != null && !env.isBlank()) {
                candidates.add(Path.of(env));
            }
            candidates.add(Path.of(System.getProperty("java.home")));
        }
        for (Path candidate : candidates) {
            if (!Files.isExecutable(candidate.resolve("bin/java"))) {
                seen.add(candidate + " (no bin/java)");
                continue;
            }
            int feature = javaFeatureVersion(candidate);
            if (feature >= MIN_JAVA) {
                return candidate;
            }
            seen.add(candidate + " (Java " + (feature < 0 ? "of unknown version" : feature) + ")");
        }
        throw new DevstackException("Keycloak cannot start: it needs Java " + MIN_JAVA + " or newer, but found only "
                + String.join(", ", seen) + ". Set JAVA_HOME (or -Ddevstack.keycloak.java-home) to a JDK "
                + MIN_JAVA + "+.");
    }

    private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(1\\.)?(\\d+)");
    private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"(1\\.)?(\\d+)");

    static int javaFeatureVersion(Path javaHome) {
        try {
            if (Files.isSameFile(javaHome, Path.of(System.getProperty("java.home")))) {
                return Runtime.version().feature();
            }
        } catch (IOException ignored) {
            // fall through
        }
        try {
            Path release = javaHome.resolve("release");
            if (Files.isRegularFile(release)) {
                Matcher m = RELEASE_VERSION.matcher(Files.readString(release));
                if (m.find()) {
                    return Integer.parseInt(m.group(2));
                }
            }
            Process p = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m = VERSION_OUTPUT.matcher(out);
            return m.find() ? Integer.parseInt(m.group(2)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Path dir() {
        return instanceHome;
    }

    @Override
    public void close() {
        Process p = process;
        process = null;
        if (p != null) {
            stopTree(p);
        }
        Support.deleteTree(instanceHome);
    }

    /** SIGTERM to the whole process tree (watchdog shell, kc.sh, java), then SIGKILL to what is left. */
    private static void stopTree(Process p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        for (ProcessHandle h : tree) {
            h.destroy();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("devstack.keycloak.stop-timeout", 20));
        for (ProcessHandle h : tree) {
            long left = deadline - System.nanoTime();
            try {
                h.onExit().get(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                // killed below
            }
        }
        for (ProcessHandle h : tree) {
            if (h.isAlive()) {
                h.destroyForcibly();
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    System.err.println("[devstack] Keycloak process " + h.pid() + " did not stop: " + e);
                }
            }
        }
    }
}
