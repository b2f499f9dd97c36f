package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Alerts and the dashboard use metrics that exist, and every alert has its runbook in deploy/k8s/README.md. */
class MonitoringTest {
    /** Metrics from outside the services: the Kafka client binder, kube-state-metrics, cert-manager. */
    static final Set<String> EXTERNAL = Set.of("kafka_consumer_fetch_manager_records_lag_max",
            "kube_pod_container_status_restarts_total", "certmanager_certificate_expiration_timestamp_seconds");
    static final Set<String> REQUIRED_ALERTS = Set.of("DisclosureDeadLetters", "DisclosureConsumerLag", "DisclosureSubmissionsStuck",
            "DisclosureStageFailureRate", "DisclosurePodRestarts", "DisclosureCertificateExpiry");
    private static final Pattern METER = Pattern.compile(
            "(Counter|Gauge|Timer|DistributionSummary)\\.builder\\(\\s*\"(disclosure\\.[a-z.]+)\"|@Timed\\(\\s*value\\s*=\\s*\"(disclosure\\.[a-z.]+)\"");
    private static final Pattern SELECTED = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    /** The Prometheus names of the meters the services' code registers (Micrometer's naming convention). */
    static Set<String> serviceMetrics() throws IOException {
        Set<String> out = new TreeSet<>();
        List<String> modules = new ArrayList<>(Project.SERVICES);
        modules.add("messaging");
        for (String m : modules) {
            try (Stream<Path> files = Files.walk(Project.ROOT.resolve(m).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher x = METER.matcher(Files.readString(f));
                    while (x.find()) {
                        String base = (x.group(2) != null ? x.group(2) : x.group(3)).replace('.', '_');
                        switch (x.group(1) == null ? "Timer" : x.group(1)) {
                            case "Counter" -> out.add(base + "_total");
                            case "Gauge" -> out.add(base);
                            default -> out.addAll(List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max"));
                        }
                    }
                }
            }
        }
        return out;
    }

    static Set<String> metricsIn(String expr) {
        Set<String> out = new TreeSet<>();
        Matcher m = SELECTED.matcher(expr);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static ObjectNode rule(List<ObjectNode> objects) {
        return objects.stream().filter(o -> o.path("kind").asText().equals("PrometheusRule")).findFirst().orElseThrow();
    }

    @Test
    void everyAlertUsesExistingMetricsAndHasARunbook() throws IOException {
        Set<String> known = new TreeSet<>(serviceMetrics());
        assertTrue(known.containsAll(Set.of("disclosure_dead_letters_total", "disclosure_submissions_stuck",
                "disclosure_reports_failed_total", "disclosure_reports_processed_seconds_count")), known.toString());
        known.addAll(EXTERNAL);
        String readme = Files.readString(Project.K8S.resolve("README.md"));
        Set<String> anchors = new TreeSet<>();
        Matcher h = Pattern.compile("(?m)^#+ (Runbook: \\S+)\\s*$").matcher(readme);
        while (h.find()) {
            anchors.add(h.group(1).toLowerCase().replace(":", "").replace(' ', '-'));
        }
        Set<String> alerts = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode group : rule(Project.render("prod")).path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                String alert = r.path("alert").asText();
                alerts.add(alert);
                Set<String> used = metricsIn(r.path("expr").asText());
                if (used.isEmpty()) {
                    problems.add(alert + ": no metric in " + r.path("expr").asText());
                }
                used.stream().filter(x -> !known.contains(x)).forEach(x -> problems.add(alert + ": unknown metric " + x));
                String url = r.path("annotations").path("runbook_url").asText();
                String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                if (!url.contains("deploy/k8s/README.md#") || !anchors.contains(anchor)) {
                    problems.add(alert + ": runbook " + url + " is no section of deploy/k8s/README.md " + anchors);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(alerts.containsAll(REQUIRED_ALERTS), alerts.toString());
    }

    @Test
    void theDashboardShowsThroughputLatencyLagAndDeadLetters() throws IOException {
        ObjectNode cm = Project.render("prod").stream().filter(o -> o.path("kind").asText().equals("ConfigMap")
                && o.path("metadata").path("name").asText().equals("disclosure-grafana-dashboard")).findFirst().orElseThrow();
        assertEquals("1", cm.path("metadata").path("labels").path("grafana_dashboard").asText());
        JsonNode dashboard = new ObjectMapper().readTree(cm.path("data").path("dashboard.json").asText());
        Set<String> known = new TreeSet<>(serviceMetrics());
        known.addAll(EXTERNAL);
        Set<String> used = new TreeSet<>();
        for (JsonNode p : dashboard.path("panels")) {
            for (JsonNode t : p.path("targets")) {
                used.addAll(metricsIn(t.path("expr").asText()));
            }
        }
        assertTrue(known.containsAll(used), "unknown metrics: " + used.stream().filter(u -> !known.contains(u)).toList());
        assertTrue(used.containsAll(Set.of("disclosure_reports_processed_seconds_count", "disclosure_reports_processed_seconds_sum",
                "kafka_consumer_fetch_manager_records_lag_max", "disclosure_dead_letters_total")), used.toString());
    }
}
