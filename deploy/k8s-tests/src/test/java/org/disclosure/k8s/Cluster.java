package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rendered overlay seen as the cluster would see it after the operators reconciled it: the rendered objects
 * plus what the operators derive from them (Strimzi, CloudNativePG and Keycloak pods, Services and Secrets,
 * with the labels, ports and keys the operators give them), plus the pods of the cluster around the namespace
 * (the Gateway's proxies, Prometheus, DNS, the collector, the operators, the API server).
 */
final class Cluster {
    /** A pod (or the API server endpoint, ip = true) with its namespace labels, labels and named ports. */
    record Pod(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
               Map<String, Integer> ports, boolean ip) {
    }

    /** A Secret someone will create, and the keys it has; a Service and its ports (name to port). */
    record SecretInfo(String name, Set<String> keys, String origin) {
    }

    final List<ObjectNode> objects;
    final String namespace;
    final Map<String, SecretInfo> secrets = new LinkedHashMap<>();
    final Map<String, Map<String, Integer>> services = new LinkedHashMap<>();
    final List<Pod> pods = new ArrayList<>();

    Cluster(List<ObjectNode> objects, Map<String, Set<String>> externalSecrets) {
        this.objects = objects;
        this.namespace = first("Namespace").map(n -> n.path("metadata").path("name").asText()).orElse("default");
        externalSecrets.forEach((n, keys) -> secrets.put(n, new SecretInfo(n, keys, "external-secrets.yaml")));
        Map<String, String> nsLabels = Map.of("kubernetes.io/metadata.name", namespace);
        for (ObjectNode o : objects) {
            String kind = o.path("kind").asText();
            String name = o.path("metadata").path("name").asText();
            switch (kind) {
                case "Secret" -> {
                    Set<String> keys = new LinkedHashSet<>();
                    o.path("data").fieldNames().forEachRemaining(keys::add);
                    o.path("stringData").fieldNames().forEachRemaining(keys::add);
                    secrets.put(name, new SecretInfo(name, keys, "rendered"));
                }
                case "Service" -> {
                    Map<String, Integer> ports = new LinkedHashMap<>();
                    o.path("spec").path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("port").asInt()));
                    services.put(name, ports);
                }
                case "Deployment" -> {
                    JsonNode tpl = o.path("spec").path("template");
                    Map<String, Integer> ports = new LinkedHashMap<>();
                    tpl.path("spec").path("containers").forEach(c -> c.path("ports")
                            .forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt())));
                    pods.add(new Pod(name, namespace, nsLabels, labels(tpl.path("metadata").path("labels")), ports, false));
                }
                case "Kafka" -> {
                    secrets.put(name + "-cluster-ca-cert", new SecretInfo(name + "-cluster-ca-cert",
                            Set.of("ca.crt", "ca.p12", "ca.password"), "Strimzi, for Kafka " + name));
                    Map<String, Integer> listeners = new LinkedHashMap<>();
                    o.path("spec").path("kafka").path("listeners").forEach(l -> listeners.put(l.path("name").asText(), l.path("port").asInt()));
                    services.put(name + "-kafka-bootstrap", listeners);
                    services.put(name + "-kafka-brokers", listeners);
                    pods.add(new Pod(name + "-entity-operator", namespace, nsLabels, Map.of("strimzi.io/cluster", name,
                            "strimzi.io/kind", "Kafka", "strimzi.io/name", name + "-entity-operator"), Map.of(), false));
                }
                case "KafkaNodePool" -> {
                    String cluster = o.path("metadata").path("labels").path("strimzi.io/cluster").asText();
                    Set<String> roles = new LinkedHashSet<>();
                    o.path("spec").path("roles").forEach(r -> roles.add(r.asText()));
                    Map<String, Integer> ports = new LinkedHashMap<>(Map.of("tcp-ctrlplane", 9090, "tcp-replication", 9091));
                    first("Kafka", cluster).ifPresent(k -> k.path("spec").path("kafka").path("listeners")
                            .forEach(l -> ports.put(l.path("name").asText(), l.path("port").asInt())));
                    pods.add(new Pod(cluster + "-" + name, namespace, nsLabels, Map.of("strimzi.io/cluster", cluster,
                            "strimzi.io/kind", "Kafka", "strimzi.io/name", cluster + "-kafka", "strimzi.io/pool-name", name,
                            "strimzi.io/broker-role", String.valueOf(roles.contains("broker")),
                            "strimzi.io/controller-role", String.valueOf(roles.contains("controller"))), ports, false));
                }
                case "KafkaUser" -> secrets.put(name, new SecretInfo(name,
                        Set.of("user.p12", "user.password", "user.crt", "user.key", "ca.crt"), "Strimzi, for KafkaUser " + name));
                case "Cluster" -> {
                    secrets.put(name + "-ca", new SecretInfo(name + "-ca", Set.of("ca.crt", "ca.key"), "CloudNativePG, for " + name));
                    secrets.put(name + "-superuser", new SecretInfo(name + "-superuser", Set.of("username", "password"), "CloudNativePG"));
                    for (String s : List.of("-rw", "-ro", "-r")) {
                        services.put(name + s, Map.of("postgres", 5432));
                    }
                    pods.add(new Pod(name + "-1", namespace, nsLabels, Map.of("cnpg.io/cluster", name,
                            "cnpg.io/instanceRole", "primary", "cnpg.io/podRole", "instance"),
                            Map.of("postgresql", 5432, "metrics", 9187, "status", 8000), false));
                }
                case "Keycloak" -> {
                    secrets.put(name + "-initial-admin", new SecretInfo(name + "-initial-admin", Set.of("username", "password"), "Keycloak operator"));
                    int http = o.path("spec").path("http").path("httpPort").asInt(8080);
                    services.put(name + "-service", Map.of("http", http, "https", 8443, "management", 9000));
                    pods.add(new Pod(name + "-0", namespace, nsLabels, Map.of("app", "keycloak",
                            "app.kubernetes.io/instance", name, "app.kubernetes.io/managed-by", "keycloak-operator",
                            "app.kubernetes.io/component", "server"), Map.of("http", http, "management", 9000), false));
                }
                default -> {
                }
            }
        }
        for (ObjectNode g : all("Gateway")) {
            // Envoy Gateway runs each Gateway's proxies in its own namespace, labelled with the owning Gateway
            String gw = g.path("metadata").path("name").asText();
            pods.add(new Pod("gateway-" + gw, "envoy-gateway-system", Map.of("kubernetes.io/metadata.name", "envoy-gateway-system"),
                    Map.of("app.kubernetes.io/name", "envoy", "app.kubernetes.io/component", "proxy",
                            "gateway.envoyproxy.io/owning-gateway-name", gw, "gateway.envoyproxy.io/owning-gateway-namespace", namespace),
                    Map.of(), false));
        }
        pods.add(new Pod("prometheus", "monitoring", Map.of("kubernetes.io/metadata.name", "monitoring"),
                Map.of("app.kubernetes.io/name", "prometheus"), Map.of(), false));
        pods.add(new Pod("coredns", "kube-system", Map.of("kubernetes.io/metadata.name", "kube-system"),
                Map.of("k8s-app", "kube-dns"), Map.of("dns", 53), false));
        pods.add(new Pod("otel-collector", "observability", Map.of("kubernetes.io/metadata.name", "observability"),
                Map.of("app.kubernetes.io/name", "otel-collector"), Map.of("otlp-grpc", 4317), false));
        pods.add(new Pod("strimzi-cluster-operator", "strimzi", Map.of("kubernetes.io/metadata.name", "strimzi"),
                Map.of("name", "strimzi-cluster-operator"), Map.of(), false));
        pods.add(new Pod("cnpg-controller-manager", "cnpg-system", Map.of("kubernetes.io/metadata.name", "cnpg-system"),
                Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of(), false));
        pods.add(new Pod("stranger", "other", Map.of("kubernetes.io/metadata.name", "other"),
                Map.of("app.kubernetes.io/name", "ingest-service"), Map.of(), false));
        pods.add(new Pod("kube-apiserver", "", Map.of(), Map.of(), Map.of("https", 443), true));
        pods.add(new Pod("internet", "", Map.of(), Map.of(), Map.of("https", 443), true));
    }

    /**
     * Addresses of the endpoints outside any pod: the API server (an endpoint of Service "kubernetes", as CNIs
     * see it after DNAT: a private address of the control plane or a node) and a host on the internet.
     */
    static final Map<String, String> ADDRESSES = Map.of("kube-apiserver", "10.0.0.10", "internet", "93.184.216.34");

    static boolean inCidr(String address, String cidr) {
        String[] c = cidr.split("/");
        int bits = c.length > 1 ? Integer.parseInt(c[1]) : 32;
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(address) & mask) == (ipv4(c[0]) & mask);
    }

    private static long ipv4(String a) {
        long v = 0;
        for (String part : a.split("\\.")) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    List<ObjectNode> all(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    Optional<ObjectNode> first(String kind) {
        return all(kind).stream().findFirst();
    }

    Optional<ObjectNode> first(String kind, String name) {
        return all(kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    Optional<Pod> pod(String name) {
        return pods.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Does a Kubernetes label selector (matchLabels, matchExpressions) select these labels? */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : iterable(selector.path("matchLabels"))) {
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode x : selector.path("matchExpressions")) {
            String key = x.path("key").asText();
            Set<String> values = new LinkedHashSet<>();
            x.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (x.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
        return n::fields;
    }

    // ---- NetworkPolicy semantics ---------------------------------------------------------------------

    /** May src open a connection to dst's port (number or name) with this protocol, under the NetworkPolicies? */
    boolean allowed(Pod src, Pod dst, int port, String protocol) {
        return direction(src, dst, port, protocol, "Egress") && direction(dst, src, port, protocol, "Ingress");
    }

    private boolean direction(Pod subject, Pod peer, int port, String protocol, String type) {
        if (subject.ip() || !subject.namespace().equals(namespace)) {
            return true; // not governed by this namespace's policies
        }
        boolean selected = false;
        for (ObjectNode np : all("NetworkPolicy")) {
            JsonNode spec = np.path("spec");
            if (!selects(spec.path("podSelector"), subject.labels())) {
                continue;
            }
            boolean hasType = false;
            for (JsonNode t : spec.path("policyTypes")) {
                hasType |= t.asText().equals(type);
            }
            if (!hasType) {
                continue;
            }
            selected = true;
            String rulesField = type.equals("Egress") ? "egress" : "ingress";
            String peersField = type.equals("Egress") ? "to" : "from";
            Pod target = type.equals("Egress") ? peer : subject;
            for (JsonNode rule : spec.path(rulesField)) {
                boolean peerOk = !rule.has(peersField) || rule.get(peersField).isEmpty();
                for (JsonNode p : rule.path(peersField)) {
                    peerOk |= peerMatches(p, peer);
                }
                boolean portOk = !rule.has("ports") || rule.get("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    JsonNode pn = p.path("port");
                    boolean num = pn.isMissingNode() || (pn.isInt() ? pn.asInt() == port
                            : Integer.valueOf(port).equals(target.ports().get(pn.asText())));
                    portOk |= num && p.path("protocol").asText("TCP").equals(protocol);
                }
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private boolean peerMatches(JsonNode peer, Pod pod) {
        if (peer.has("ipBlock")) {
            if (!pod.ip()) {
                return false; // a pod's own address is not what ipBlocks are for (and CNIs differ there)
            }
            String address = ADDRESSES.get(pod.name());
            if (!inCidr(address, peer.get("ipBlock").path("cidr").asText())) {
                return false;
            }
            for (JsonNode except : peer.get("ipBlock").path("except")) {
                if (inCidr(address, except.asText())) {
                    return false;
                }
            }
            return true;
        }
        if (pod.ip()) {
            return false;
        }
        boolean nsOk = peer.has("namespaceSelector")
                ? (peer.get("namespaceSelector").isEmpty() || selects(peer.get("namespaceSelector"), pod.namespaceLabels()))
                : pod.namespace().equals(namespace);
        boolean podOk = !peer.has("podSelector") || peer.get("podSelector").isEmpty()
                || selects(peer.get("podSelector"), pod.labels());
        return nsOk && podOk;
    }
}
