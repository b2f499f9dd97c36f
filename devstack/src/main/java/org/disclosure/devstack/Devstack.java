package org.disclosure.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * The development stack: Kafka (in this JVM, KRaft), PostgreSQL (embedded binaries) and Keycloak (distribution
 * zip, separate process), all from Maven Central artifacts, no containers.
 *
 * <pre>{@code
 * try (Devstack stack = Devstack.start(DevstackOptions.freePorts())) {
 *     stack.kafkaBootstrapServers();      // localhost:PORT
 *     stack.postgresJdbcUrl("ingest");    // creates the database on first request
 *     stack.realmUrl();                   // http://localhost:PORT/realms/disclosure
 * }
 * }</pre>
 *
 * Parts are started in parallel. {@link #close()} stops everything, deletes the temporary folders and frees the
 * ports; a JVM shutdown hook does the same for a stack that was not closed.
 */
public final class Devstack implements AutoCloseable {

    private volatile KafkaNode kafka;
    private volatile PostgresNode postgres;
    private volatile KeycloakNode keycloak;
    private final Map<String, Duration> startupTimes = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "devstack-shutdown");
    private boolean closed;

    private Devstack() {
    }

    /** Starts the requested parts, in parallel. On failure, whatever did start is stopped again. */
    public static Devstack start(DevstackOptions options) {
        Support.reapOrphans();
        Devstack stack = new Devstack();
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.ensure(options);
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Starts those requested parts that are not running yet (used by {@link DevstackTestResource} to add parts
     * lazily). Parts that already run are kept, whatever port the options ask for.
     */
    synchronized void ensure(DevstackOptions options) {
        if (closed) {
            throw new IllegalStateException("this Devstack is closed");
        }
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        if (options.kafka() && kafka == null) {
            threads.add(starter("Kafka", failures, () -> kafka = timed("Kafka", KafkaNode::start, options.kafkaPort())));
        }
        if (options.postgres() && postgres == null) {
            threads.add(starter("PostgreSQL", failures,
                    () -> postgres = timed("PostgreSQL", PostgresNode::start, options.postgresPort())));
        }
        if (options.keycloak() && keycloak == null) {
            threads.add(starter("Keycloak", failures,
                    () -> keycloak = timed("Keycloak", KeycloakNode::start, options.keycloakPort())));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevstackException("interrupted while starting the devstack", e);
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder();
            for (Throwable f : failures) {
                if (!message.isEmpty()) {
                    message.append("; ");
                }
                message.append(f.getMessage());
            }
            DevstackException e = new DevstackException(message.toString(), failures.getFirst());
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    private <T> T timed(String component, IntFunction<T> starter, int port) {
        long t0 = System.nanoTime();
        T node = starter.apply(port);
        synchronized (startupTimes) {
            startupTimes.put(component, Duration.ofNanos(System.nanoTime() - t0));
        }
        return node;
    }

    private static Thread starter(String component, List<Throwable> failures, Runnable action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (DevstackException e) {
                failures.add(e);
            } catch (Throwable e) {
                failures.add(new DevstackException(component + " cannot start: " + Support.describe(e), e));
            }
        }, "devstack-start-" + component);
        t.setDaemon(true);
        return t;
    }

    /** {@code localhost:PORT} of the Kafka broker. */
    public String kafkaBootstrapServers() {
        return require(kafka, "Kafka").bootstrapServers();
    }

    /** JDBC URL of the database, which is created on first request if missing. */
    public String postgresJdbcUrl(String database) {
        return require(postgres, "PostgreSQL").jdbcUrl(database);
    }

    /** {@code postgresql://localhost:PORT/db}, for {@code quarkus.datasource.reactive.url}; creates the database. */
    public String postgresReactiveUrl(String database) {
        return require(postgres, "PostgreSQL").reactiveUrl(database);
    }

    public String postgresUser() {
        require(postgres, "PostgreSQL");
        return PostgresNode.USER;
    }

    public String postgresPassword() {
        require(postgres, "PostgreSQL");
        return PostgresNode.PASSWORD;
    }

    /** {@code http://localhost:PORT} of Keycloak. */
    public String keycloakUrl() {
        return require(keycloak, "Keycloak").url();
    }

    /** {@code keycloakUrl() + "/realms/disclosure"}, the OIDC issuer / auth-server-url. */
    public String realmUrl() {
        return require(keycloak, "Keycloak").realmUrl();
    }

    public boolean hasKafka() {
        return kafka != null;
    }

    public boolean hasPostgres() {
        return postgres != null;
    }

    public boolean hasKeycloak() {
        return keycloak != null;
    }

    /** Port of each running part, by component name (Kafka, PostgreSQL, Keycloak). */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (kafka != null) {
            ports.put("Kafka", kafka.port());
        }
        if (postgres != null) {
            ports.put("PostgreSQL", postgres.port());
        }
        if (keycloak != null) {
            ports.put("Keycloak", keycloak.port());
        }
        return ports;
    }

    /** How long each part took to start, by component name. */
    public Map<String, Duration> startupTimes() {
        synchronized (startupTimes) {
            return Map.copyOf(startupTimes);
        }
    }

    /** Process id of the Keycloak process tree's root (the watchdog shell), -1 without Keycloak. */
    public long keycloakPid() {
        KeycloakNode k = keycloak;
        return k == null ? -1 : k.pid();
    }

    /**
     * Stops the Kafka broker, keeping its data: clients see refused connections until {@link #startKafka()}
     * brings it back on the same port with every topic, record and committed offset. For fault tests.
     */
    public void stopKafka() {
        require(kafka, "Kafka").stop();
    }

    /** Starts a broker stopped by {@link #stopKafka()} again, on the same port and data; waits until it answers. */
    public void startKafka() {
        require(kafka, "Kafka").restart();
    }

    /** Whether the Kafka broker is started (false between {@link #stopKafka()} and {@link #startKafka()}). */
    public boolean isKafkaRunning() {
        KafkaNode k = kafka;
        return k != null && k.isRunning();
    }

    /** Faults to inject into the running parts (databases refusing or hanging, Keycloak paused), for tests. */
    public Faults faults() {
        return new Faults(this);
    }

    /** The temporary folders of the running parts (deleted by {@link #close()}). */
    List<java.nio.file.Path> workDirs() {
        List<java.nio.file.Path> dirs = new ArrayList<>();
        if (kafka != null) {
            dirs.add(kafka.dir());
        }
        if (postgres != null) {
            dirs.add(postgres.dir());
        }
        if (keycloak != null) {
            dirs.add(keycloak.dir());
        }
        return dirs;
    }

    private static <T> T require(T node, String component) {
        if (node == null) {
            throw new IllegalStateException(component + " is not running in this Devstack (not requested in the"
                    + " DevstackOptions, or already closed)");
        }
        return node;
    }

    /**
     * Hands stopping at JVM exit over to the caller, who must then call {@link #close()} from its own shutdown
     * hook: JVM shutdown hooks run concurrently, so only one owner can stop things in order (e.g. the services
     * that use the stack before the stack).
     */
    public void releaseShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // already stopping: the hook runs anyway
        }
    }

    /** Stops everything (in parallel), deletes the temporary folders, frees the ports. Idempotent. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from a shutdown hook
        }
    }

    private void stopAll() {
        List<AutoCloseable> parts = new ArrayList<>();
        synchronized (this) {
            closed = true;
            if (keycloak != null) {
                parts.add(keycloak);
            }
            if (kafka != null) {
                parts.add(kafka);
            }
            if (postgres != null) {
                parts.add(postgres);
            }
            keycloak = null;
            kafka = null;
            postgres = null;
        }
        List<Thread> stoppers = new ArrayList<>();
        for (AutoCloseable part : parts) {
            Thread t = new Thread(() -> {
                try {
                    part.close();
                } catch (Exception e) {
                    System.err.println("[devstack] stopping " + part.getClass().getSimpleName() + ": " + e);
                }
            }, "devstack-stop");
            t.start();
            stoppers.add(t);
        }
        for (Thread t : stoppers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Starts Kafka (9092), PostgreSQL (15432) and Keycloak (8180), prints their addresses and runs until Ctrl-C.
     * Options: {@code --kafka-port=N --postgres-port=N --keycloak-port=N} (0 = free port),
     * {@code --no-kafka --no-postgres --no-keycloak}.
     */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        DevstackOptions options = DevstackOptions.all();
        for (String arg : args) {
            if (arg.startsWith("--kafka-port=")) {
                options = options.withKafka(Integer.parseInt(arg.substring("--kafka-port=".length())));
            } else if (arg.startsWith("--postgres-port=")) {
                options = options.withPostgres(Integer.parseInt(arg.substring("--postgres-port=".length())));
            } else if (arg.startsWith("--keycloak-port=")) {
                options = options.withKeycloak(Integer.parseInt(arg.substring("--keycloak-port=".length())));
            } else if (arg.equals("--no-kafka")) {
                options = options.withoutKafka();
            } else if (arg.equals("--no-postgres")) {
                options = options.withoutPostgres();
            } else if (arg.equals("--no-keycloak")) {
                options = options.withoutKeycloak();
            } else {
                System.err.println("usage: Devstack [--kafka-port=N] [--postgres-port=N] [--keycloak-port=N]"
                        + " [--no-kafka] [--no-postgres] [--no-keycloak]   (port 0 = any free port)");
                System.exit(arg.equals("--help") || arg.equals("-h") ? 0 : 2);
            }
        }
        System.out.println("[devstack] starting " + describe(options) + " ...");
        long t0 = System.nanoTime();
        Devstack stack;
        try {
            stack = Devstack.start(options); // its shutdown hook stops everything on Ctrl-C
        } catch (DevstackException e) {
            System.err.println("[devstack] " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf("[devstack] started in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9,
                stack.startupTimes().entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format("%.1f s", e.getValue().toMillis() / 1000.0))
                        .reduce((a, b) -> a + ", " + b).orElse(""));
        if (stack.hasKafka()) {
            System.out.println("  kafka.bootstrap.servers       = " + stack.kafkaBootstrapServers());
        }
        if (stack.hasPostgres()) {
            System.out.println("  postgres jdbc (database X)    = " + stack.postgresJdbcUrl("postgres").replace("/postgres", "/X")
                    + "  user " + stack.postgresUser() + " / password " + stack.postgresPassword()
                    + "  (databases are created on request: Devstack#postgresJdbcUrl, or CREATE DATABASE)");
        }
        if (stack.hasKeycloak()) {
            System.out.println("  keycloak                      = " + stack.keycloakUrl() + "  (admin console: admin / admin)");
            System.out.println("  quarkus.oidc.auth-server-url  = " + stack.realmUrl());
        }
        System.out.println("[devstack] running (JVM pid " + ProcessHandle.current().pid() + "); Ctrl-C stops everything");
        new CountDownLatch(1).await();
    }

    private static String describe(DevstackOptions o) {
        List<String> parts = new ArrayList<>();
        if (o.kafka()) {
            parts.add("Kafka on " + portText(o.kafkaPort()));
        }
        if (o.postgres()) {
            parts.add("PostgreSQL on " + portText(o.postgresPort()));
        }
        if (o.keycloak()) {
            parts.add("Keycloak on " + portText(o.keycloakPort()));
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String portText(int port) {
        return port == 0 ? "a free port" : "port " + port;
    }
}
