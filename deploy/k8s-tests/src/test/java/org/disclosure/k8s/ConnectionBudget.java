package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.k8s.Project.ServiceConfig;

/**
 * PostgreSQL connections a rendered overlay can ask for at its worst: every service at its HPA maximum (or its
 * replica count) plus the rolling update's surge pod, each with full reactive and JDBC pools, Keycloak's instances
 * with full pools, and a reserve for PostgreSQL's superuser slots and CloudNativePG's own connections (instance
 * manager, metrics exporter, an operator's psql). Pool sizes come from the rendered ConfigMaps (the environment
 * variables Quarkus maps onto quarkus.datasource.*), else the service's application.properties, else Quarkus's
 * defaults (20 and 20); Keycloak's from spec.db.poolMaxSize, else its default (100).
 */
final class ConnectionBudget {
    static final int QUARKUS_DEFAULT_POOL = 20;
    static final int KEYCLOAK_DEFAULT_POOL = 100;
    static final int POSTGRES_DEFAULT_SUPERUSER_RESERVED = 3;
    /** CloudNativePG's own sessions per instance: instance manager, exporter, replication management, spare. */
    static final int CNPG_RESERVE = 10;

    final Map<String, Integer> demand = new LinkedHashMap<>();
    final int maxConnections;
    final List<String> unset = new ArrayList<>();

    ConnectionBudget(List<ObjectNode> objects) {
        Cluster c = new Cluster(objects, Map.of());
        ObjectNode pg = c.all("Cluster").getFirst();
        JsonNode params = pg.path("spec").path("postgresql").path("parameters");
        maxConnections = Integer.parseInt(params.path("max_connections").asText("100"));
        demand.put("reserve: superuser_reserved_connections + CloudNativePG", Integer.parseInt(
                params.path("superuser_reserved_connections").asText(String.valueOf(POSTGRES_DEFAULT_SUPERUSER_RESERVED))) + CNPG_RESERVE);
        for (ObjectNode d : c.all("Deployment")) {
            String s = d.path("metadata").path("name").asText();
            Map<String, String> env = env(c, d);
            if (!env.containsKey("QUARKUS_DATASOURCE_REACTIVE_URL") && !env.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
                continue; // no database (parse-service, the dashboard)
            }
            // the dashboard's module is built elsewhere: without its properties only the rendered pools count
            ServiceConfig cfg = Project.SERVICES.contains(s) ? ServiceConfig.load(s) : new ServiceConfig(s, new java.util.Properties());
            int reactive = pool(env, cfg, "reactive", s);
            int jdbc = env.containsKey("QUARKUS_DATASOURCE_JDBC_URL") ? pool(env, cfg, "jdbc", s) : 0;
            int pods = maxPods(c, d);
            demand.put(s + ": " + pods + " pods x (" + reactive + " reactive + " + jdbc + " JDBC)", pods * (reactive + jdbc));
        }
        for (ObjectNode k : c.all("Keycloak")) {
            int instances = k.path("spec").path("instances").asInt(1);
            int pool = k.path("spec").path("db").path("poolMaxSize").asInt(KEYCLOAK_DEFAULT_POOL);
            if (!k.path("spec").path("db").has("poolMaxSize")) {
                unset.add("Keycloak " + k.path("metadata").path("name").asText() + ": spec.db.poolMaxSize");
            }
            demand.put("Keycloak: " + instances + " instances x " + pool, instances * pool);
        }
    }

    int total() {
        return demand.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        demand.forEach((k, v) -> sb.append("\n  ").append(v).append("  ").append(k));
        return sb.append("\n  = ").append(total()).append(" of max_connections ").append(maxConnections).toString();
    }

    private int pool(Map<String, String> env, ServiceConfig cfg, String kind, String service) {
        String var = "QUARKUS_DATASOURCE_" + kind.toUpperCase() + "_MAX_SIZE";
        String value = env.getOrDefault(var, cfg.properties().getProperty("quarkus.datasource." + kind + ".max-size"));
        if (value == null) {
            unset.add(service + ": " + var);
            return QUARKUS_DEFAULT_POOL;
        }
        return Integer.parseInt(value);
    }

    /** The most pods of a Deployment at once: the HPA's maximum (else spec.replicas, default 1) plus the surge. */
    static int maxPods(Cluster c, ObjectNode d) {
        String name = d.path("metadata").path("name").asText();
        int replicas = c.all("HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(name))
                .mapToInt(h -> h.path("spec").path("maxReplicas").asInt()).findFirst()
                .orElse(d.path("spec").path("replicas").asInt(1));
        JsonNode surge = d.path("spec").path("strategy").path("rollingUpdate").path("maxSurge");
        int extra = surge.isMissingNode() ? (int) Math.ceil(replicas * 0.25)
                : surge.isInt() ? surge.asInt()
                : (int) Math.ceil(replicas * Integer.parseInt(surge.asText().replace("%", "")) / 100.0);
        return replicas + extra;
    }

    private static Map<String, String> env(Cluster c, ObjectNode d) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode ct : d.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode ef : ct.path("envFrom")) {
                c.first("ConfigMap", ef.path("configMapRef").path("name").asText())
                        .ifPresent(cm -> cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
            }
            for (JsonNode e : ct.path("env")) {
                if (e.has("value")) {
                    env.put(e.path("name").asText(), e.path("value").asText());
                }
            }
        }
        return env;
    }
}
