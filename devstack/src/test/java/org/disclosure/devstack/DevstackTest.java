package org.disclosure.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Starts the whole stack on free ports, uses each server for real, then closes it and checks the ports. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevstackTest {

    private static Devstack stack;
    private static Map<String, Integer> ports;

    @BeforeAll
    static void startStack() {
        long t0 = System.nanoTime();
        stack = Devstack.start(DevstackOptions.freePorts());
        ports = stack.ports();
        System.out.printf("[DevstackTest] stack started in %.1f s: %s, ports %s%n",
                (System.nanoTime() - t0) / 1e9, stack.startupTimes(), ports);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void kafkaProducesAndConsumes() throws Exception {
        String bootstrap = stack.kafkaBootstrapServers();
        assertTrue(bootstrap.matches("localhost:\\d+"), bootstrap);
        String topic = "devstack-it";
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(topic, "230000", "report received")).get();
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-it");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    assertEquals("230000", record.key());
                    assertEquals("report received", record.value());
                    return;
                }
            }
        }
        throw new AssertionError("no record consumed from " + topic + " within 30 s");
    }

    @Test
    @Order(2)
    void postgresCreatesDatabaseAndAnswersQueries() throws Exception {
        String jdbc = stack.postgresJdbcUrl("devstack_it");
        assertTrue(jdbc.matches("jdbc:postgresql://localhost:\\d+/devstack_it"), jdbc);
        assertEquals(jdbc.substring("jdbc:".length()), stack.postgresReactiveUrl("devstack_it"));
        assertEquals(jdbc, stack.postgresJdbcUrl("devstack_it"), "second request reuses the database");
        try (Connection c = DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE report (region char(6) PRIMARY KEY, year int NOT NULL)");
            st.execute("INSERT INTO report VALUES ('230000', 2024), ('640000', 2024)");
            try (ResultSet rs = st.executeQuery("SELECT current_database(), count(*) FROM report")) {
                assertTrue(rs.next());
                assertEquals("devstack_it", rs.getString(1));
                assertEquals(2, rs.getInt(2));
            }
        }
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void keycloakIssuesTokensWithRolesAndRegion() {
        String realmUrl = stack.realmUrl();
        assertEquals(stack.keycloakUrl() + "/realms/disclosure", realmUrl);

        Map<String, Object> clerk = Tokens.claims(Tokens.password(realmUrl, "disclosure-cli", "clerk", "clerk"));
        assertEquals("clerk", clerk.get("preferred_username"));
        assertEquals(List.of("230000", "640000"), clerk.get("region"));
        assertTrue(((List<String>) clerk.get("groups")).contains("submitter"), "groups: " + clerk.get("groups"));
        Map<String, Object> realmAccess = (Map<String, Object>) clerk.get("realm_access");
        assertTrue(((List<String>) realmAccess.get("roles")).contains("submitter"));
        assertEquals(realmUrl, clerk.get("iss"));
        long lifetime = ((Number) clerk.get("exp")).longValue() - ((Number) clerk.get("iat")).longValue();
        assertEquals(3600, lifetime);

        Map<String, Object> feed = Tokens.claims(
                Tokens.clientCredentials(realmUrl, "feed-heilongjiang", "feed-heilongjiang-secret"));
        assertEquals("feed-heilongjiang", feed.get("azp"));
        assertEquals(List.of("230000"), feed.get("region"));
        assertTrue(((List<String>) feed.get("groups")).contains("submitter"), "groups: " + feed.get("groups"));

        Map<String, Object> supervisor = Tokens.claims(
                Tokens.password(realmUrl, "disclosure-cli", "sup-ningxia", "sup-ningxia"));
        assertEquals(List.of("640000"), supervisor.get("region"));
        assertTrue(((List<String>) supervisor.get("groups")).contains("supervisor"));

        Map<String, Object> national = Tokens.claims(Tokens.password(realmUrl, "disclosure-cli", "national", "national"));
        assertTrue(((List<String>) national.get("groups")).contains("national"));
    }

    @Test
    @Order(4)
    void keycloakRejectsWrongSecret() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Tokens.clientCredentials(stack.realmUrl(), "feed-ningxia", "wrong"));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    @Order(5)
    void kafkaStopsAndStartsAgainWithItsData() throws Exception {
        String bootstrap = stack.kafkaBootstrapServers();
        String topic = "devstack-restart";
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(topic, "k", "before")).get();
        }
        stack.stopKafka();
        assertFalse(stack.isKafkaRunning());
        assertTrue(Support.isPortFree(ports.get("Kafka")), "the broker's port is released while it is stopped");
        stack.startKafka();
        assertTrue(stack.isKafkaRunning());
        assertEquals(bootstrap, stack.kafkaBootstrapServers(), "same port after the restart");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(topic, "k", "after")).get();
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-restart");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        assertEquals(List.of("before", "after"), values, "the record from before the stop survives it");
    }

    @Test
    @Order(6)
    void aDatabaseRefusesConnectionsAndHangsOnRequest() throws Exception {
        String jdbc = stack.postgresJdbcUrl("devstack_faults");
        try (Connection c = DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE report (id int PRIMARY KEY)");
        }
        Faults faults = stack.faults();
        Connection open = DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword());
        faults.refuseConnections("devstack_faults");
        try {
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword()).close());
            assertTrue(refused.getMessage().contains("not currently accepting connections")
                    || refused.getMessage().contains("does not allow connections"), refused.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> open.createStatement().execute("SELECT 1"), "open sessions are terminated");
        } finally {
            open.close();
            faults.allowConnections("devstack_faults");
        }
        try (Connection c = DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword())) {
            assertTrue(c.isValid(5));
        }

        try (Faults.TableLock lock = faults.lockTable("devstack_faults", "report");
             Connection c = DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword());
             Statement st = c.createStatement()) {
            st.setQueryTimeout(1);
            java.sql.SQLException timedOut = org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLException.class, () -> st.executeQuery("SELECT count(*) FROM report").close());
            assertTrue(timedOut.getMessage().contains("cancel"), timedOut.getMessage());
            st.executeQuery("SELECT 1").close(); // the database itself answers
        }
        try (Connection c = DriverManager.getConnection(jdbc, stack.postgresUser(), stack.postgresPassword());
             Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            st.executeQuery("SELECT count(*) FROM report").close();
        }
    }

    @Test
    @Order(7)
    void keycloakPausesAndResumes() throws Exception {
        Faults faults = stack.faults();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest wellKnown = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(stack.realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        faults.pauseKeycloak();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.net.http.HttpTimeoutException.class,
                    () -> http.send(wellKnown, java.net.http.HttpResponse.BodyHandlers.discarding()));
        } finally {
            faults.resumeKeycloak();
        }
        java.net.http.HttpRequest patient = java.net.http.HttpRequest.newBuilder(wellKnown.uri())
                .timeout(Duration.ofSeconds(30)).build();
        assertEquals(200, http.send(patient, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    @Order(10)
    void closeStopsEverythingAndFreesThePorts() throws Exception {
        long keycloakPid = stack.keycloakPid();
        List<Path> workDirs = stack.workDirs();
        assertEquals(3, workDirs.size());
        List<ProcessHandle> keycloakTree = ProcessHandle.of(keycloakPid).stream()
                .flatMap(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h), h.descendants()))
                .toList();
        assertFalse(keycloakTree.isEmpty());
        stack.close();
        stack.close(); // idempotent
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            assertTrue(Support.isPortFree(port.getValue()), port.getKey() + " port " + port.getValue() + " is still in use");
        }
        for (ProcessHandle h : keycloakTree) {
            assertFalse(h.isAlive(), "Keycloak process " + h.pid() + " still alive");
        }
        for (Path dir : workDirs) {
            assertFalse(Files.exists(dir), dir + " was not deleted");
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, stack::kafkaBootstrapServers);
    }
}
