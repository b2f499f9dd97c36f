package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.disclosure.k8s.OpenApi.Operation;
import org.disclosure.k8s.Project.ServiceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Gateway routes exactly the public operations of the services' OpenAPI documents: every one a person or a
 * feed needs reaches its service, no internal one (claim check, national-only operations, /q/*) reaches any.
 */
class RouteTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;
    static final List<String> QUARKUS_PATHS = List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics",
            "/q/openapi", "/q/swagger-ui", "/q/dev-ui");
    /** The slowest client an upload must still succeed for: 1 MB/s. */
    static final long MIN_UPLOAD_BYTES_PER_SECOND = 1_000_000;

    /** Everything wrong with the routing of one rendered overlay. */
    static List<String> problems(List<ObjectNode> objects, List<Operation> operations) {
        List<String> out = new ArrayList<>();
        Routes routes = new Routes(objects);
        Routes.Entry apiHost = routes.all("Gateway").stream().flatMap(g -> {
            List<Routes.Entry> h = new ArrayList<>();
            g.path("spec").path("listeners").forEach(l -> {
                if (l.path("name").asText().equals("api")) {
                    h.add(new Routes.Entry(l.path("port").asInt(), l.path("hostname").asText()));
                }
            });
            return h.stream();
        }).findFirst().orElse(null);
        if (apiHost == null) {
            return List.of("no Gateway listener named api");
        }
        for (Operation op : operations) {
            String path = op.samplePath();
            if (op.isPublic()) {
                Optional<Routes.Target> t = routes.route(apiHost, op.method(), path);
                int port = servicePort(objects, op.service());
                if (t.isEmpty()) {
                    out.add("public " + op + " is not routed (" + op.method() + " " + apiHost + path + " -> 404)");
                } else if (!op.service().equals(t.get().service()) || t.get().port() != port) {
                    out.add("public " + op + " is routed to " + t.get() + ", not to " + op.service() + ":" + port);
                } else if (routes.ambiguous(apiHost, op.method(), path)) {
                    out.add("public " + op + " matches rules of different backends at the same precedence: " + routes.candidates(apiHost, op.method(), path));
                } else if (op.multipart()) {
                    long maxBody = maxBodyBytes(ServiceConfig.load(op.service()));
                    long timeout = seconds(t.get().ruleNode().path("timeouts").path("request").asText("15s"));
                    if (timeout * MIN_UPLOAD_BYTES_PER_SECOND < maxBody) {
                        out.add("upload " + op + ": " + t.get() + " times out after " + timeout + " s, too short for its max-body-size of "
                                + maxBody + " bytes at 1 MB/s");
                    }
                }
            } else {
                for (Routes.Entry host : routes.entries()) {
                    routes.route(host, op.method(), path).filter(t -> op.service().equals(t.service())).ifPresent(t ->
                            out.add("internal " + op + " is routed: " + op.method() + " " + host + path + " -> " + t));
                }
            }
        }
        for (Routes.Entry host : routes.entries()) {
            for (String path : QUARKUS_PATHS) {
                routes.route(host, "GET", path).filter(t -> t.service() != null && Project.DEPLOYABLES.contains(t.service())).ifPresent(t ->
                        out.add("internal GET " + path + " is routed: " + host + path + " -> " + t));
            }
        }
        // the dashboard (issue 13): everything under /dashboard, on the API host, to its Service's HTTP port
        for (String path : List.of("/dashboard", "/dashboard/", "/dashboard/reports", "/dashboard/assets/app.js", "/dashboard/callback")) {
            Optional<Routes.Target> t = routes.route(apiHost, "GET", path);
            if (t.isEmpty() || !Project.DASHBOARD.equals(t.get().service()) || t.get().port() != Project.DASHBOARD_PORT) {
                out.add("the dashboard's GET " + path + " is not routed to " + Project.DASHBOARD + ":" + Project.DASHBOARD_PORT
                        + " (" + t.map(Object::toString).orElse("404") + ")");
            }
        }
        // no route reaches a management port, whatever path it matches (issue 10)
        for (ObjectNode route : routes.all("HTTPRoute")) {
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode b : rule.path("backendRefs")) {
                    if (managementPort(objects, b.path("name").asText(), b.path("port").asInt())) {
                        out.add("HTTPRoute " + route.path("metadata").path("name").asText() + " reaches the management interface: "
                                + b.path("name").asText() + ":" + b.path("port").asInt());
                    }
                }
            }
        }
        return out;
    }

    /** Does this Service port lead to a container port named management, or to the management port number? */
    static boolean managementPort(List<ObjectNode> objects, String service, int port) {
        for (ObjectNode s : objects) {
            if (s.path("kind").asText().equals("Service") && s.path("metadata").path("name").asText().equals(service)) {
                for (JsonNode p : s.path("spec").path("ports")) {
                    if (p.path("port").asInt() == port) {
                        return p.path("name").asText().equals("management") || p.path("targetPort").asText().equals("management")
                                || p.path("targetPort").asInt() == Project.MANAGEMENT_PORT || port == Project.MANAGEMENT_PORT;
                    }
                }
            }
        }
        return port == Project.MANAGEMENT_PORT;
    }

    static int servicePort(List<ObjectNode> objects, String service) {
        int httpPort = ServiceConfig.load(service).httpPort();
        for (ObjectNode s : objects) {
            if (s.path("kind").asText().equals("Service") && s.path("metadata").path("name").asText().equals(service)) {
                for (JsonNode p : s.path("spec").path("ports")) {
                    if (p.path("targetPort").asText().equals("http") || p.path("targetPort").asInt() == httpPort) {
                        return p.path("port").asInt();
                    }
                }
            }
        }
        return -1;
    }

    static long maxBodyBytes(ServiceConfig svc) {
        return bytes(svc.properties().getProperty("quarkus.http.limits.max-body-size", "10240K"));
    }

    static long bytes(String size) {
        String s = size.trim().toUpperCase();
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    /** A Gateway API duration (1h2m3s, 300s, 500ms) in whole seconds. */
    static long seconds(String duration) {
        long ms = 0;
        var m = java.util.regex.Pattern.compile("(\\d+)(h|ms|m|s)").matcher(duration);
        while (m.find()) {
            long v = Long.parseLong(m.group(1));
            ms += switch (m.group(2)) {
                case "h" -> v * 3_600_000;
                case "m" -> v * 60_000;
                case "s" -> v * 1000;
                default -> v;
            };
        }
        return ms / 1000;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void exactlyThePublicOperationsAreRouted(String overlay) {
        assertEquals(List.of(), problems(Project.render(overlay), OpenApi.operations()));
    }

    @Test
    void theDocumentsNameWhatTheReadmeDocuments() {
        // the derivation is only as good as its input: the documented endpoints are in the documents, classified
        Set<String> pub = new TreeSet<>();
        Set<String> internal = new TreeSet<>();
        for (Operation op : OpenApi.operations()) {
            (op.isPublic() ? pub : internal).add(op.method() + " " + op.path());
        }
        for (String p : List.of("POST /api/submissions", "GET /api/submissions/{id}", "POST /api/batches", "GET /api/reports",
                "GET /api/reports/{id}", "GET /api/indicators", "GET /api/trends", "GET /api/rankings", "GET /api/coverage",
                "GET /api/compliance", "GET /api/findings/by-rule", "GET /api/exports/indicators.csv", "GET /api/exports/reports.xlsx",
                "GET /api/rules")) {
            assertTrue(pub.contains(p), p + " is not a public operation of any document: " + pub);
        }
        for (String p : List.of("GET /api/submissions/{id}/content", "POST /api/revalidations", "GET /api/submissions/stuck",
                "GET /api/dead-letters")) {
            assertTrue(internal.contains(p), p + " is not an internal operation: " + internal);
        }
    }

    @Test
    void prodServesHttpsOnlyAndRedirectsPlainHttp() {
        Routes routes = new Routes(Project.render("prod"));
        for (ObjectNode gw : routes.all("Gateway")) {
            for (JsonNode l : gw.path("spec").path("listeners")) {
                if (l.path("protocol").asText().equals("HTTPS")) {
                    assertEquals("Terminate", l.path("tls").path("mode").asText("Terminate"), l.toString());
                    assertEquals("disclosure-tls", l.path("tls").path("certificateRefs").get(0).path("name").asText(), l.toString());
                } else {
                    assertEquals("HTTP", l.path("protocol").asText());
                }
            }
        }
        for (ObjectNode route : routes.all("HTTPRoute")) {
            boolean plain = routes.listeners(route).stream().anyMatch(l -> l.path("protocol").asText().equals("HTTP"));
            if (plain) {
                for (JsonNode rule : route.path("spec").path("rules")) {
                    assertTrue(rule.path("backendRefs").isEmpty(), route.path("metadata").path("name").asText() + " serves plain HTTP");
                    assertEquals("https", rule.path("filters").get(0).path("requestRedirect").path("scheme").asText());
                }
            }
        }
        assertEquals("stats-service", routes.route(new Routes.Entry(443, "api.disclosure.example.org"), "GET", "/api/reports")
                .orElseThrow().service());
        assertEquals(null, routes.route(new Routes.Entry(80, "api.disclosure.example.org"), "GET", "/api/reports")
                .orElseThrow().service(), "plain HTTP is redirected");
    }

    @Test
    void theAuthEntryRoutesOnlyTheDisclosureRealmAndStaticResources() {
        // security review (issue 10): no admin console, admin API or master realm from outside
        Routes routes = new Routes(Project.render("prod"));
        Routes.Entry auth = new Routes.Entry(443, "auth.disclosure.example.org");
        for (String path : List.of("/realms/disclosure/protocol/openid-connect/token",
                "/realms/disclosure/protocol/openid-connect/auth", "/resources/x/login/keycloak/css/login.css")) {
            assertEquals("keycloak-service", routes.route(auth, "GET", path).map(Routes.Target::service).orElse(null), path);
        }
        for (String path : List.of("/admin/master/console/", "/admin/realms/disclosure/users", "/realms/master/protocol/openid-connect/token",
                "/realms/disclosure-other/x", "/")) {
            assertTrue(routes.route(auth, "GET", path).isEmpty(), path + " is routed");
        }
    }

    // ---- the checks fail on broken routes ----------------------------------------------------------------

    private static void assertReported(Consumer<List<ObjectNode>> breakIt, String expected) {
        List<ObjectNode> objects = new ArrayList<>(Project.render("prod"));
        breakIt.accept(objects);
        List<String> problems = problems(objects, OpenApi.operations());
        assertFalse(problems.isEmpty(), "nothing reported, expected " + expected);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    private static ObjectNode route(List<ObjectNode> objects, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals("HTTPRoute") && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void aPublicEndpointLeftOutIsReported() {
        // the issue's Ingress: only /api/submissions and /api/reports
        assertReported(o -> ((ArrayNode) route(o, "stats-api").path("spec").path("rules").get(0).path("matches")).remove(1),
                "public stats-service GET /api/indicators");
        assertReported(o -> o.remove(route(o, "validate-api")), "public validate-service GET /api/rules");
        assertReported(o -> ((ArrayNode) route(o, "ingest-api").path("spec").path("rules").get(0).path("matches")).remove(1),
                "public ingest-service POST /api/batches");
    }

    @Test
    void anInternalEndpointRoutedIsReported() {
        // a prefix where the regular expression keeps the claim check out
        assertReported(o -> ((ObjectNode) route(o, "ingest-api").path("spec").path("rules").get(1).path("matches").get(0).path("path"))
                .put("type", "PathPrefix").put("value", "/api/submissions"), "internal ingest-service GET /api/submissions/{id}/content");
        // all of validate-service's API under one prefix and any method
        assertReported(o -> {
            ObjectNode match = (ObjectNode) route(o, "validate-api").path("spec").path("rules").get(0).path("matches").get(0);
            match.remove("method");
            ((ObjectNode) match.path("path")).put("type", "PathPrefix").put("value", "/api");
        }, "internal validate-service POST /api/revalidations");
        assertReported(o -> ((ObjectNode) route(o, "stats-api").path("spec").path("rules").get(0).path("matches").get(0).path("path"))
                .put("value", "/"), "internal GET /q/metrics is routed");
    }

    @Test
    void aRouteToTheManagementInterfaceIsReported() {
        // OpenAPI, Swagger UI, health and metrics sit on port 9000 in prod: a backendRef to it would publish them
        assertReported(o -> ((ObjectNode) route(o, "validate-api").path("spec").path("rules").get(0).path("backendRefs").get(0))
                .put("port", Project.MANAGEMENT_PORT), "HTTPRoute validate-api reaches the management interface: validate-service:9000");
    }

    @Test
    void aDashboardLeftOutIsReported() {
        assertReported(o -> o.remove(route(o, "dashboard")), "the dashboard's GET /dashboard is not routed");
        assertReported(o -> ((ObjectNode) route(o, "dashboard").path("spec").path("rules").get(0).path("matches").get(0).path("path"))
                .put("type", "Exact"), "the dashboard's GET /dashboard/assets/app.js is not routed");
    }

    @Test
    void anUploadRouteThatTimesOutIsReported() {
        assertReported(o -> ((ObjectNode) route(o, "ingest-api").path("spec").path("rules").get(0)).remove("timeouts"),
                "times out after 15 s");
    }
}
