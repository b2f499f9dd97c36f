package org.disclosure.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.devstack.Devstack;
import org.disclosure.devstack.DevstackOptions;

/**
 * The whole platform on one machine: the devstack (Kafka, PostgreSQL, Keycloak) and the four services as
 * child processes of their packaged jars. Used by {@code ./disclosure up} and by the end-to-end tests.
 */
public final class Platform implements AutoCloseable {

    /** The dev-only secret of the pipeline's service account, as in the realm file kept in the repository. */
    private static final String PIPELINE_SECRET = "disclosure-pipeline-secret";

    private final Devstack devstack;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final PlatformPorts ports;

    private Platform(Devstack devstack, PlatformPorts ports) {
        this.devstack = devstack;
        this.ports = ports;
    }

    /** Starts everything, or fails having stopped what did start. */
    public static Platform start(Path home, PlatformPorts ports, Path logDir) {
        ports.requireAllFree();
        Devstack devstack = Devstack.start(new DevstackOptions(true, true, true, ports.kafka(), ports.postgres(),
                ports.keycloak()));
        Platform platform = new Platform(devstack, ports);
        // one hook stops everything in order: the services first, then the stack they use
        devstack.releaseShutdownHook();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-shutdown"));
        try {
            platform.startServices(home, logDir);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startServices(Path home, Path logDir) {
        services.add(ServiceProcess.start(home, "ingest-service", ports.ingest(), withDatabase("ingest", Map.of(
                "disclosure.ingest.public-url", "http://localhost:" + ports.ingest())), logDir));
        services.add(ServiceProcess.start(home, "parse-service", ports.parse(), common(Map.of(
                "disclosure.parse.ingest-url", "http://localhost:" + ports.ingest(),
                "quarkus.oidc-client.auth-server-url", devstack.realmUrl(),
                "quarkus.oidc-client.credentials.secret", PIPELINE_SECRET)), logDir));
        services.add(ServiceProcess.start(home, "validate-service", ports.validate(),
                withDatabase("validate", Map.of()), logDir));
        services.add(ServiceProcess.start(home, "stats-service", ports.stats(), withDatabase("stats", Map.of()),
                logDir));
        services.forEach(ServiceProcess::awaitReady);
    }

    private Map<String, String> common(Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>(extra);
        // the jars run in the prod profile; on a laptop, plain log lines and no trace collector to export to
        config.put("quarkus.log.console.json.enabled", "false");
        config.put("quarkus.otel.sdk.disabled", "true");
        config.put("kafka.bootstrap.servers", devstack.kafkaBootstrapServers());
        config.put("quarkus.oidc.auth-server-url", devstack.realmUrl());
        return config;
    }

    private Map<String, String> withDatabase(String database, Map<String, String> extra) {
        Map<String, String> config = common(extra);
        config.put("quarkus.datasource.jdbc.url", devstack.postgresJdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", devstack.postgresReactiveUrl(database));
        config.put("quarkus.datasource.username", devstack.postgresUser());
        config.put("quarkus.datasource.password", devstack.postgresPassword());
        return config;
    }

    public String ingestUrl() {
        return "http://localhost:" + ports.ingest();
    }

    public String validateUrl() {
        return "http://localhost:" + ports.validate();
    }

    public String statsUrl() {
        return "http://localhost:" + ports.stats();
    }

    public String realmUrl() {
        return devstack.realmUrl();
    }

    public Devstack devstack() {
        return devstack;
    }

    /** The address of every part, for printing. */
    public Map<String, String> addresses() {
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("Kafka", devstack.kafkaBootstrapServers());
        addresses.put("PostgreSQL", devstack.postgresJdbcUrl("postgres"));
        addresses.put("Keycloak", devstack.keycloakUrl() + "  (realm " + devstack.realmUrl() + ")");
        services.forEach(service -> addresses.put(service.name(), service.url()));
        return addresses;
    }

    @Override
    public synchronized void close() {
        // services first, so that none of them logs errors about a broker that went away
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        devstack.close();
    }
}
