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
    /** The dev-only secret of the dashboard's web client, as in the realm file kept in the repository. */
    private static final String DASHBOARD_SECRET = "disclosure-dashboard-secret-dev-only-0123456789";
    /** The dashboard's process name and module. */
    public static final String DASHBOARD = "dashboard";

    private final Devstack devstack;
    private final List<ServiceProcess> services = new ArrayList<>();
    /** Further processes of a service (same consumer groups, own port), by instance name. */
    private final Map<String, ServiceProcess> extraInstances = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> configs = new LinkedHashMap<>();
    private final Map<String, Integer> instanceCounts = new LinkedHashMap<>();
    private final PlatformPorts ports;
    private Path home;
    private Path logDir;

    private Platform(Devstack devstack, PlatformPorts ports) {
        this.devstack = devstack;
        this.ports = ports;
    }

    /** Starts the stack and the four services (no dashboard), or fails having stopped what did start. */
    public static Platform start(Path home, PlatformPorts ports, Path logDir) {
        return start(home, ports, logDir, false);
    }

    /**
     * Starts everything, the dashboard too when asked (it must be built: {@code dashboard/target/quarkus-app}), or
     * fails having stopped what did start.
     */
    public static Platform start(Path home, PlatformPorts ports, Path logDir, boolean withDashboard) {
        ports.requireAllFree();
        Devstack devstack = Devstack.start(new DevstackOptions(true, true, true, ports.kafka(), ports.postgres(),
                ports.keycloak()));
        Platform platform = new Platform(devstack, ports);
        // one hook stops everything in order: the services first, then the stack they use
        devstack.releaseShutdownHook();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-shutdown"));
        try {
            platform.startServices(home, logDir, withDashboard);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startServices(Path home, Path logDir, boolean withDashboard) {
        this.home = home;
        this.logDir = logDir;
        configs.put("ingest-service", withDatabase("ingest", Map.of(
                "disclosure.ingest.public-url", "http://localhost:" + ports.ingest())));
        configs.put("parse-service", common(Map.of(
                "disclosure.parse.ingest-url", "http://localhost:" + ports.ingest(),
                "quarkus.oidc-client.auth-server-url", devstack.realmUrl(),
                "quarkus.oidc-client.credentials.secret", PIPELINE_SECRET,
                // the client reads Keycloak's metadata while starting: a Keycloak slowed by a loaded machine must not
                // fail the start (10 s by default)
                "quarkus.oidc-client.connection-timeout", "60S")));
        configs.put("validate-service", withDatabase("validate", Map.of()));
        configs.put("stats-service", withDatabase("stats", Map.of()));
        Map<String, Integer> servicePorts = Map.of("ingest-service", ports.ingest(), "parse-service", ports.parse(),
                "validate-service", ports.validate(), "stats-service", ports.stats());
        configs.forEach((name, config) -> services.add(ServiceProcess.start(home, name, servicePorts.get(name), config,
                logDir)));
        if (withDashboard) {
            Map<String, String> dashboard = new LinkedHashMap<>();
            dashboard.put("quarkus.log.console.json.enabled", "false");
            dashboard.put("quarkus.oidc.auth-server-url", devstack.realmUrl());
            dashboard.put("quarkus.oidc.credentials.secret", DASHBOARD_SECRET);
            dashboard.put("STATS_URL", statsUrl());
            dashboard.put("INGEST_URL", ingestUrl());
            // its prod profile serves health and metrics on a management interface (fixed at build time); its port is ours
            dashboard.put("quarkus.management.port", Integer.toString(ports.dashboardManagement()));
            configs.put(DASHBOARD, dashboard);
            services.add(ServiceProcess.start(home, DASHBOARD, ports.dashboard(), dashboard, logDir));
        }
        services.forEach(ServiceProcess::awaitReady);
    }

    /** The four services, in start order. */
    public static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service",
            "stats-service");

    /** SIGKILL to a service (no shutdown hook, no goodbye to Kafka); returns once the process is gone. */
    public synchronized void kill(String service) {
        process(service).kill();
    }

    /** Stops a service gracefully (SIGTERM: it leaves its consumer groups, finishes what it was doing). */
    public synchronized void stop(String service) {
        process(service).close();
    }

    /**
     * Starts a stopped or killed service again with the same configuration and port, its output going on in the
     * same log, and waits until it is ready.
     */
    public void restart(String service) {
        ServiceProcess started;
        synchronized (this) {
            int index = services.indexOf(process(service));
            started = services.get(index).restarted();
            services.set(index, started);
        }
        started.awaitReady();
    }

    /** Whether the main process of the service runs. */
    public synchronized boolean isAlive(String service) {
        return process(service).isAlive();
    }

    /**
     * Starts one more process of a service on a free port, with the same configuration (so it joins the same
     * consumer groups: Kafka rebalances the partitions), and waits until it is ready. Its log is
     * {@code <service>-<n>.log} in the log folder. Returns the instance name for {@link #stopInstance}.
     */
    public String startInstance(String service) {
        Map<String, String> config = configs.get(service);
        if (config == null) throw new IllegalArgumentException("no service " + service + "; one of " + SERVICES);
        ServiceProcess instance;
        synchronized (this) {
            // numbers are never reused, so that every instance keeps its own log
            int n = instanceCounts.merge(service, 1, Integer::sum) + 1;
            String name = service + "-" + n;
            instance = ServiceProcess.startInstance(home, service, name, PlatformPorts.freePort(), config, logDir);
            extraInstances.put(name, instance);
        }
        instance.awaitReady();
        return instance.name();
    }

    /** Stops an instance started by {@link #startInstance} gracefully (it leaves the group: a rebalance). */
    public void stopInstance(String instance) {
        ServiceProcess process;
        synchronized (this) {
            process = extraInstances.remove(instance);
        }
        if (process == null) throw new IllegalArgumentException("no running instance " + instance);
        process.close();
    }

    /** SIGKILL to an instance started by {@link #startInstance}. */
    public void killInstance(String instance) {
        ServiceProcess process;
        synchronized (this) {
            process = extraInstances.remove(instance);
        }
        if (process == null) throw new IllegalArgumentException("no running instance " + instance);
        process.kill();
    }

    /** {@code http://localhost:PORT} of a service (its main process) or of an instance started later. */
    public synchronized String url(String serviceOrInstance) {
        ServiceProcess extra = extraInstances.get(serviceOrInstance);
        return extra != null ? extra.url() : process(serviceOrInstance).url();
    }

    /** The main processes of the services and every further instance, by name. */
    public synchronized List<String> processNames() {
        List<String> names = new ArrayList<>(SERVICES);
        names.addAll(extraInstances.keySet());
        return names;
    }

    /** Where the services' logs are ({@code <service>.log}, {@code <service>-2.log}, ...). */
    public Path logDir() {
        return logDir;
    }

    /** The log file of a service or instance. */
    public synchronized Path log(String serviceOrInstance) {
        ServiceProcess extra = extraInstances.get(serviceOrInstance);
        return extra != null ? extra.log() : process(serviceOrInstance).log();
    }

    private ServiceProcess process(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + service + "; one of " + SERVICES));
    }

    private Map<String, String> common(Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>(extra);
        // the jars run in the prod profile; on a laptop, plain log lines and no trace collector to export to
        config.put("quarkus.log.console.json.enabled", "false");
        config.put("quarkus.otel.sdk.disabled", "true");
        // the prod profile has no Kafka security protocol by default (it fails closed); the devstack broker is plaintext
        config.put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
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

    public String parseUrl() {
        return "http://localhost:" + ports.parse();
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

    /** The dashboard's start page ({@code http://localhost:PORT/dashboard/}). */
    public String dashboardUrl() {
        return "http://localhost:" + ports.dashboard() + "/dashboard/";
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
        services.forEach(service -> addresses.put(service.name(),
                service.name().equals(DASHBOARD) ? dashboardUrl() : service.url()));
        return addresses;
    }

    @Override
    public synchronized void close() {
        // services first, so that none of them logs errors about a broker that went away
        extraInstances.values().forEach(ServiceProcess::close);
        extraInstances.clear();
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        devstack.close();
    }
}
