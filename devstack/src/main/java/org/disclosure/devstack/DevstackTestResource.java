package org.disclosure.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource backed by one {@link Devstack} per test JVM, shared by all test classes:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = DevstackTestResource.class, initArgs = {
 *         @ResourceArg(name = "kafka", value = "true"),
 *         @ResourceArg(name = "postgres", value = "ingest"),
 *         @ResourceArg(name = "keycloak", value = "true") })
 * }</pre>
 *
 * Arguments: {@code kafka} (true/false), {@code postgres} (database name, created if missing; absent = no
 * PostgreSQL), {@code keycloak} (true/false). Each server is started once per JVM on a free port, the first time
 * some test class asks for it, and stopped by a JVM shutdown hook; {@link #stop()} leaves it running for the next
 * test class.
 *
 * <p>Returned configuration: {@code kafka.bootstrap.servers}; {@code quarkus.datasource.reactive.url},
 * {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username}, {@code quarkus.datasource.password};
 * {@code quarkus.oidc.auth-server-url}.
 */
public class DevstackTestResource implements QuarkusTestResourceLifecycleManager {

    private static Devstack shared;

    private boolean kafka;
    private String database;
    private boolean keycloak;

    @Override
    public void init(Map<String, String> initArgs) {
        kafka = Boolean.parseBoolean(initArgs.getOrDefault("kafka", "false").trim());
        String db = initArgs.get("postgres");
        database = db == null || db.isBlank() || db.trim().equalsIgnoreCase("false") ? null : db.trim();
        keycloak = Boolean.parseBoolean(initArgs.getOrDefault("keycloak", "false").trim());
    }

    @Override
    public Map<String, String> start() {
        Devstack stack = shared(new DevstackOptions(kafka, database != null, keycloak, 0, 0, 0));
        Map<String, String> config = new LinkedHashMap<>();
        if (kafka) {
            config.put("kafka.bootstrap.servers", stack.kafkaBootstrapServers());
        }
        if (database != null) {
            config.put("quarkus.datasource.reactive.url", stack.postgresReactiveUrl(database));
            config.put("quarkus.datasource.jdbc.url", stack.postgresJdbcUrl(database));
            config.put("quarkus.datasource.username", stack.postgresUser());
            config.put("quarkus.datasource.password", stack.postgresPassword());
        }
        if (keycloak) {
            config.put("quarkus.oidc.auth-server-url", stack.realmUrl());
        }
        return config;
    }

    /** Nothing: the shared servers live until the JVM ends (shutdown hook). */
    @Override
    public void stop() {
    }

    /** The JVM-wide Devstack, with at least the requested parts running (started on free ports if missing). */
    public static synchronized Devstack shared(DevstackOptions parts) {
        if (shared == null) {
            shared = Devstack.start(DevstackOptions.none()); // registers the shutdown hook that stops everything
        }
        shared.ensure(parts);
        return shared;
    }
}
