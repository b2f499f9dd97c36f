package org.disclosure.devstack;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.management.InstanceAlreadyExistsException;
import javax.management.MBeanException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

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
 * test class. The sharing works across class loaders (the servers are reached through the platform MBean server,
 * see {@link SharedDevstackMBean}).
 *
 * <p>Returned configuration: {@code kafka.bootstrap.servers}; {@code quarkus.datasource.reactive.url},
 * {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username}, {@code quarkus.datasource.password};
 * {@code quarkus.oidc.auth-server-url}.
 */
public class DevstackTestResource implements QuarkusTestResourceLifecycleManager {

    private static Devstack shared;

    private Map<String, String> args = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        args = new HashMap<>(initArgs);
    }

    @Override
    public Map<String, String> start() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(SharedDevstack.OBJECT_NAME);
            synchronized (DevstackTestResource.class) {
                if (!server.isRegistered(name)) {
                    try {
                        server.registerMBean(new SharedDevstack(), name);
                    } catch (InstanceAlreadyExistsException registeredByAnotherClassLoader) {
                        // use that one
                    }
                }
            }
            String config = (String) server.invoke(name, "config", new Object[] { SharedDevstack.toText(args) },
                    new String[] { String.class.getName() });
            return new TreeMap<>(SharedDevstack.fromText(config));
        } catch (MBeanException e) {
            Exception target = e.getTargetException();
            throw new DevstackException(target.getMessage(), target);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DevstackException("devstack test resource: " + Support.describe(e), e);
        }
    }

    /** Nothing: the shared servers live until the JVM ends (shutdown hook). */
    @Override
    public void stop() {
    }

    /** The configuration for the given test resource arguments, starting what is missing. */
    static Map<String, String> configFor(Map<String, String> initArgs) {
        boolean kafka = Boolean.parseBoolean(initArgs.getOrDefault("kafka", "false").trim());
        String db = initArgs.get("postgres");
        String database = db == null || db.isBlank() || db.trim().equalsIgnoreCase("false") ? null : db.trim();
        boolean keycloak = Boolean.parseBoolean(initArgs.getOrDefault("keycloak", "false").trim());

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

    /**
     * The Devstack shared by the test resources of this class loader, with at least the requested parts running
     * (started on free ports if missing). Test resources go through the MBean, so all class loaders use the one
     * that registered it first.
     */
    public static synchronized Devstack shared(DevstackOptions parts) {
        if (shared == null) {
            shared = Devstack.start(DevstackOptions.none()); // registers the shutdown hook that stops everything
        }
        shared.ensure(parts);
        return shared;
    }
}
