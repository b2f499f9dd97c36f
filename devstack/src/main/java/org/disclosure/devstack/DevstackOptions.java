package org.disclosure.devstack;

/**
 * Which parts of the {@link Devstack} to start, and on which ports. A port of {@code 0} means "pick a free port".
 *
 * @param kafka        start the in-process Kafka broker (KRaft, combined broker and controller)
 * @param postgres     start PostgreSQL (embedded binaries)
 * @param keycloak     start Keycloak (distribution zip, separate process) with the {@code disclosure} realm
 * @param kafkaPort    Kafka client (PLAINTEXT) port, 0 = free port
 * @param postgresPort PostgreSQL port, 0 = free port
 * @param keycloakPort Keycloak HTTP port, 0 = free port
 */
public record DevstackOptions(boolean kafka, boolean postgres, boolean keycloak,
                              int kafkaPort, int postgresPort, int keycloakPort) {

    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;

    public DevstackOptions {
        checkPort("kafkaPort", kafkaPort);
        checkPort("postgresPort", postgresPort);
        checkPort("keycloakPort", keycloakPort);
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
        }
    }

    /** All three on the fixed default ports (Kafka 9092, PostgreSQL 15432, Keycloak 8180). */
    public static DevstackOptions all() {
        return new DevstackOptions(true, true, true, DEFAULT_KAFKA_PORT, DEFAULT_POSTGRES_PORT, DEFAULT_KEYCLOAK_PORT);
    }

    /** All three on free ports (for tests). */
    public static DevstackOptions freePorts() {
        return freePorts(true, true, true);
    }

    /** The chosen parts on free ports (for tests). */
    public static DevstackOptions freePorts(boolean kafka, boolean postgres, boolean keycloak) {
        return new DevstackOptions(kafka, postgres, keycloak, 0, 0, 0);
    }

    /** Nothing; combine with the {@code with...} methods. */
    public static DevstackOptions none() {
        return new DevstackOptions(false, false, false, 0, 0, 0);
    }

    public DevstackOptions withKafka(int port) {
        return new DevstackOptions(true, postgres, keycloak, port, postgresPort, keycloakPort);
    }

    public DevstackOptions withPostgres(int port) {
        return new DevstackOptions(kafka, true, keycloak, kafkaPort, port, keycloakPort);
    }

    public DevstackOptions withKeycloak(int port) {
        return new DevstackOptions(kafka, postgres, true, kafkaPort, postgresPort, port);
    }

    public DevstackOptions withoutKafka() {
        return new DevstackOptions(false, postgres, keycloak, kafkaPort, postgresPort, keycloakPort);
    }

    public DevstackOptions withoutPostgres() {
        return new DevstackOptions(kafka, false, keycloak, kafkaPort, postgresPort, keycloakPort);
    }

    public DevstackOptions withoutKeycloak() {
        return new DevstackOptions(kafka, postgres, false, kafkaPort, postgresPort, keycloakPort);
    }
}
