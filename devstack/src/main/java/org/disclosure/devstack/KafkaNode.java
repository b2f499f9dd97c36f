package org.disclosure.devstack;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/** A single-node KRaft Kafka (combined broker and controller) running inside this JVM. */
final class KafkaNode implements AutoCloseable {

    private static volatile boolean exitGuardInstalled;

    private final int port;
    private final int controllerPort;
    private final Path dir;
    private KafkaRaftServer server;

    private KafkaNode(int port, int controllerPort, Path dir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
    }

    static KafkaNode start(int requestedPort) {
        int port = Support.portFor("Kafka", requestedPort);
        int controllerPort = Support.freePort();
        while (controllerPort == port) {
            controllerPort = Support.freePort();
        }
        KafkaNode node = new KafkaNode(port, controllerPort, Support.tempDir("devstack-kafka-"));
        try {
            node.doStart();
            return node;
        } catch (DevstackException e) {
            node.close();
            throw e;
        } catch (Throwable e) {
            node.close();
            throw new DevstackException("Kafka cannot start: " + Support.describe(e), e);
        }
    }

    int port() {
        return port;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    private Properties serverProperties(Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        // canonical reports of long documents exceed the 1 MiB default (same limit as the topics in deploy/k8s)
        p.put("message.max.bytes", "8388608");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // small footprint: small segments and indexes, few threads, a small cleaner buffer
        // segments must hold the largest message batch (message.max.bytes)
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.put("log.index.size.max.bytes", String.valueOf(64 * 1024));
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        return p;
    }

    private void doStart() throws Exception {
        installExitGuard();
        Path logDir = dir.resolve("kraft-logs");
        Files.createDirectories(logDir);
        Properties props = serverProperties(logDir);
        Path configFile = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "devstack Kafka (KRaft, single combined node)");
        }

        ByteArrayOutputStream formatOutput = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(formatOutput, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {
                    "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString() }, ps);
        }
        if (rc != 0) {
            throw new DevstackException("Kafka cannot start: formatting the storage failed (exit " + rc + "): "
                    + formatOutput.toString(StandardCharsets.UTF_8).trim());
        }
        launch(props);
    }

    private void launch(Properties props) throws Exception {
        server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        server.startup();
        awaitBrokerReady();
    }

    /**
     * Stops the broker as a crash would look to its clients (connections refused), but keeps its log folder, so
     * that {@link #restart()} brings it back on the same port with every topic, record and committed offset.
     */
    synchronized void stop() {
        KafkaRaftServer s = server;
        server = null;
        if (s == null) {
            return;
        }
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (Throwable e) {
            throw new DevstackException("Kafka cannot stop: " + Support.describe(e), e);
        }
    }

    /** Starts a stopped broker again on the same port and log folder (no reformat). No-op when it runs. */
    synchronized void restart() {
        if (server != null) {
            return;
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // the listeners of the old server may take a moment to be released
            while ((!Support.isPortFree(port) || !Support.isPortFree(controllerPort))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            launch(serverProperties(dir.resolve("kraft-logs")));
        } catch (DevstackException e) {
            throw e;
        } catch (Throwable e) {
            throw new DevstackException("Kafka cannot start again: " + Support.describe(e), e);
        }
    }

    boolean isRunning() {
        return server != null;
    }

    private void awaitBrokerReady() throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(config)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new DevstackException("Kafka cannot start: the broker on port " + port
                                + " did not answer within 60 s: " + Support.describe(e), e);
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Kafka calls Exit.exit/halt on fatal errors, which would end the whole JVM (the tests, the application).
     * Turn those into exceptions instead.
     */
    private static synchronized void installExitGuard() {
        if (exitGuardInstalled) {
            return;
        }
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to exit the JVM (status " + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to halt the JVM (status " + code + "): " + message);
        });
        exitGuardInstalled = true;
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        KafkaRaftServer s = server;
        server = null;
        if (s != null) {
            try {
                s.shutdown();
                s.awaitShutdown();
            } catch (Throwable e) {
                System.err.println("[devstack] Kafka shutdown: " + Support.describe(e));
            }
        }
        Support.deleteTree(dir);
    }
}
