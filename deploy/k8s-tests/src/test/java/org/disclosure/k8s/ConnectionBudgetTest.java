package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The services' and Keycloak's connection pools at their maxima fit PostgreSQL's max_connections. */
class ConnectionBudgetTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPoolAtItsMaximumFits(String overlay) {
        ConnectionBudget b = new ConnectionBudget(Project.render(overlay));
        assertEquals(List.of(), b.unset, "pool sizes left to their defaults");
        assertTrue(b.total() <= b.maxConnections, overlay + " asks for more connections than PostgreSQL allows:" + b);
        System.out.println(overlay + " connection budget:" + b);
    }

    @Test
    void prodCountsTheAutoscalersMaximaAndTheSurge() {
        ConnectionBudget b = new ConnectionBudget(Project.render("prod"));
        assertTrue(b.demand.keySet().stream().anyMatch(k -> k.startsWith("validate-service: 13 pods")), b.toString());
        assertTrue(b.demand.keySet().stream().noneMatch(k -> k.startsWith("parse-service")), "parse-service has no database");
        assertTrue(b.demand.keySet().stream().noneMatch(k -> k.startsWith(Project.DASHBOARD)), "the dashboard has no database");
    }

    @Test
    void aDatabaseGivenToTheDashboardCounts() {
        // should the dashboard ever read PostgreSQL itself, its pool joins the sum (4 pods + 1 surge in prod)
        List<ObjectNode> objects = Project.render("prod");
        objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap") && o.path("metadata").path("name").asText().equals("dashboard-config"))
                .forEach(o -> ((ObjectNode) o.path("data")).put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://disclosure-db-rw:5432/stats")
                        .put("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", "10"));
        ConnectionBudget b = new ConnectionBudget(objects);
        assertEquals(50, b.demand.entrySet().stream().filter(e -> e.getKey().startsWith(Project.DASHBOARD + ": 5 pods"))
                .mapToInt(java.util.Map.Entry::getValue).sum(), b.toString());
    }

    @Test
    void theIssuesDefaultsDoNotFit() {
        // pools never set (Quarkus 20 each, Keycloak 100 each): about 900 connections for 300
        List<ObjectNode> objects = Project.render("prod");
        for (ObjectNode o : objects) {
            if (o.path("kind").asText().equals("ConfigMap")) {
                ((ObjectNode) o.path("data")).remove(List.of("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", "QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
            }
            if (o.path("kind").asText().equals("Keycloak")) {
                ((ObjectNode) o.path("spec").path("db")).remove("poolMaxSize");
            }
        }
        ConnectionBudget b = new ConnectionBudget(objects);
        assertEquals(7, b.unset.size(), b.unset.toString());
        assertTrue(b.total() > 900, b.toString());
        assertTrue(b.total() > b.maxConnections);
    }
}
