package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosure.k8s.Cluster.Pod;
import org.disclosure.k8s.Project.ServiceConfig;

/** The cross-reference checks of a rendered overlay; each problem is one line naming the object and the fault. */
final class Validator {
    static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started", "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");

    private final Cluster cluster;
    private final List<ServiceConfig> services;
    private final List<String> problems = new ArrayList<>();

    private Validator(Cluster cluster, List<ServiceConfig> services) {
        this.cluster = cluster;
        this.services = services;
    }

    static List<String> check(List<ObjectNode> objects, Map<String, Set<String>> externalSecrets) {
        Validator v = new Validator(new Cluster(objects, externalSecrets),
                Project.SERVICES.stream().map(ServiceConfig::load).toList());
        v.run();
        return v.problems;
    }

    private void problem(ObjectNode o, String text) {
        problems.add(o.path("kind").asText() + " " + o.path("metadata").path("name").asText() + ": " + text);
    }

    private void run() {
        for (ObjectNode o : cluster.objects) {
            if (!o.path("kind").asText().equals("Namespace") && !cluster.namespace.equals(o.path("metadata").path("namespace").asText())) {
                problem(o, "not in namespace " + cluster.namespace);
            }
        }
        services.forEach(this::service);
        dashboard();
        selectors();
        references();
        topics();
        autoscalers();
        keycloak();
        networkFlows();
    }

    // ---- each service's Deployment against its application.properties ------------------------------------

    private void service(ServiceConfig svc) {
        Optional<ObjectNode> dep = cluster.first("Deployment", svc.name());
        if (dep.isEmpty()) {
            problems.add(svc.name() + ": no Deployment");
            return;
        }
        ObjectNode d = dep.get();
        JsonNode pod = d.path("spec").path("template").path("spec");
        JsonNode strategy = d.path("spec").path("strategy");
        if (!strategy.path("rollingUpdate").path("maxUnavailable").asText().equals("0")) {
            problem(d, "rolling updates must keep every pod until its replacement is ready (maxUnavailable 0)");
        }
        List<ObjectNode> pdbs = cluster.all("PodDisruptionBudget").stream().filter(p -> Cluster.selects(p.path("spec").path("selector"),
                Cluster.labels(d.path("spec").path("template").path("metadata").path("labels")))).toList();
        if (pdbs.isEmpty()) {
            problem(d, "no PodDisruptionBudget selects its pods");
        }
        int minReplicas = cluster.all("HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(svc.name()))
                .mapToInt(h -> h.path("spec").path("minReplicas").asInt(1)).findFirst().orElse(d.path("spec").path("replicas").asInt(1));
        for (ObjectNode p : pdbs) {
            JsonNode spec = p.path("spec");
            if (spec.has("minAvailable") && (spec.path("minAvailable").isInt() ? spec.path("minAvailable").asInt() >= minReplicas
                    : spec.path("minAvailable").asText().equals("100%"))) {
                problem(p, "minAvailable " + spec.path("minAvailable").asText() + " with at least " + minReplicas
                        + " replicas: no node could ever be drained");
            }
            if (spec.has("maxUnavailable") && spec.path("maxUnavailable").isInt()) {
                int mu = spec.path("maxUnavailable").asInt();
                if (mu < 1) {
                    problem(p, "maxUnavailable 0: no node could ever be drained");
                } else if (minReplicas > 1 && mu >= minReplicas) {
                    problem(p, "maxUnavailable " + mu + " lets a drain take all " + minReplicas + " replicas at once");
                }
            }
        }
        if (cluster.first("Service", svc.name()).isEmpty()) {
            problem(d, "no Service " + svc.name());
        }
        podChecks(d);
        for (JsonNode c : pod.path("containers")) {
            probes(d, c, svc);
            configuration(d, c, svc);
        }
    }


    /** Hardening, resources and /tmp of a Deployment's pod, the same for every deployable. */
    private void podChecks(ObjectNode d) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        JsonNode podSc = pod.path("securityContext");
        if (!podSc.path("runAsNonRoot").asBoolean(false)) {
            problem(d, "pod securityContext.runAsNonRoot must be true");
        }
        Set<String> tmpVolumes = new LinkedHashSet<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                tmpVolumes.add(v.path("name").asText());
            }
        });
        if (pod.path("containers").size() != 1) {
            problem(d, "expected one container");
        }
        for (JsonNode c : pod.path("containers")) {
            JsonNode sc = c.path("securityContext");
            if (!sc.path("runAsNonRoot").asBoolean(false) && !podSc.path("runAsNonRoot").asBoolean(false)) {
                problem(d, "container may run as root");
            }
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                problem(d, "readOnlyRootFilesystem must be true");
            }
            if (!sc.path("allowPrivilegeEscalation").isBoolean() || sc.path("allowPrivilegeEscalation").asBoolean()) {
                problem(d, "allowPrivilegeEscalation must be false");
            }
            if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                problem(d, "capabilities must drop ALL");
            }
            String seccomp = sc.path("seccompProfile").path("type").asText(podSc.path("seccompProfile").path("type").asText());
            if (!seccomp.equals("RuntimeDefault")) {
                problem(d, "seccompProfile must be RuntimeDefault");
            }
            boolean tmp = false;
            for (JsonNode m : c.path("volumeMounts")) {
                tmp |= m.path("mountPath").asText().equals("/tmp") && tmpVolumes.contains(m.path("name").asText());
            }
            if (!tmp) {
                problem(d, "/tmp must be an emptyDir (the root filesystem is read-only)");
            }
            for (String r : List.of("requests", "limits")) {
                if (!c.path("resources").path(r).has("memory") || (r.equals("requests") && !c.path("resources").path(r).has("cpu"))) {
                    problem(d, "resources." + r + " incomplete");
                }
            }
        }
    }

    /**
     * The dashboard (issue 13): its module is built elsewhere, so no properties are read; its Deployment must still
     * be hardened like the services, serve HTTP on 8085, probe /q/health on the management port and have its Service,
     * PodDisruptionBudget, and (in an overlay with autoscaling) an HPA.
     */
    /**
     * The dashboard's backends, each reached on its Service's HTTP port (never the management port): the statistics,
     * and a submission's original file (GET /api/submissions/{id}/original), both with the signed-in user's token.
     */
    static final Map<String, String> DASHBOARD_BACKENDS = Map.of("STATS_URL", "stats-service", "INGEST_URL", "ingest-service");

    private void dashboard() {
        Optional<ObjectNode> dep = cluster.first("Deployment", Project.DASHBOARD);
        if (dep.isEmpty()) {
            problems.add(Project.DASHBOARD + ": no Deployment");
            return;
        }
        ObjectNode d = dep.get();
        podChecks(d);
        if (cluster.all("PodDisruptionBudget").stream().noneMatch(p -> Cluster.selects(p.path("spec").path("selector"),
                Cluster.labels(d.path("spec").path("template").path("metadata").path("labels"))))) {
            problem(d, "no PodDisruptionBudget selects its pods");
        }
        if (cluster.first("Service", Project.DASHBOARD).isEmpty()) {
            problem(d, "no Service " + Project.DASHBOARD);
        }
        for (JsonNode c : d.path("spec").path("template").path("spec").path("containers")) {
            if (containerPort(c, Yaml.MAPPER.getNodeFactory().textNode("http")).orElse(-1) != Project.DASHBOARD_PORT) {
                problem(d, "port http is not " + Project.DASHBOARD_PORT);
            }
            PROBES.forEach((probe, path) -> {
                JsonNode http = c.path(probe).path("httpGet");
                if (!http.path("path").asText().equals(path)
                        || containerPort(c, http.path("port")).orElse(-1) != Project.MANAGEMENT_PORT) {
                    problem(d, probe + " must check " + path + " on the management port " + Project.MANAGEMENT_PORT);
                }
            });
            // once the dashboard's module is in the tree, its configuration is checked like a service's
            Project.dashboardConfig().ifPresent(cfg -> {
                if (cfg.httpPort() != Project.DASHBOARD_PORT || cfg.healthPort() != Project.MANAGEMENT_PORT) {
                    problem(d, "the dashboard's properties serve HTTP on " + cfg.httpPort() + " and /q/health on " + cfg.healthPort()
                            + ", the manifests expect " + Project.DASHBOARD_PORT + " and " + Project.MANAGEMENT_PORT);
                }
                configuration(d, c, cfg);
            });
            DASHBOARD_BACKENDS.forEach((variable, backend) -> {
                String url = environment(c, variable);
                Integer http = cluster.services.getOrDefault(backend, Map.of()).get("http");
                if (url == null || http == null || !url.equals("http://" + backend + ":" + http)) {
                    problem(d, variable + " is " + url + ", not the HTTP port of the in-cluster " + backend
                            + (http == null ? "" : " (http://" + backend + ":" + http + ")"));
                }
            });
        }
    }

    /** A container's environment variable as the pod sees it: env wins over envFrom's ConfigMaps; null when unset. */
    private String environment(JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(variable) && e.has("value")) {
                return e.path("value").asText();
            }
        }
        String value = null;
        for (JsonNode ef : container.path("envFrom")) {
            String prefix = ef.path("prefix").asText("");
            if (!variable.startsWith(prefix)) {
                continue;
            }
            JsonNode v = cluster.first("ConfigMap", ef.path("configMapRef").path("name").asText())
                    .map(cm -> cm.path("data").path(variable.substring(prefix.length()))).orElse(null);
            if (v != null && v.isTextual()) {
                value = v.asText(); // a later source overrides an earlier one
            }
        }
        return value;
    }

    private Optional<Integer> containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return Optional.of(port.asInt());
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return Optional.of(p.path("containerPort").asInt());
            }
        }
        return Optional.empty();
    }

    private void probes(ObjectNode d, JsonNode c, ServiceConfig svc) {
        PROBES.forEach((probe, path) -> {
            JsonNode http = c.path(probe).path("httpGet");
            if (http.isMissingNode()) {
                problem(d, probe + " must be an httpGet probe on " + path);
                return;
            }
            if (!http.path("path").asText().equals(path)) {
                problem(d, probe + " checks " + http.path("path").asText() + ", Quarkus serves " + path);
            }
            Optional<Integer> port = containerPort(c, http.path("port"));
            if (port.isEmpty() || port.get() != svc.healthPort()) {
                problem(d, probe + " port " + http.path("port") + " is not where the image serves /q/health: "
                        + (svc.managementInImage() ? "the management interface, " : "quarkus.http.port ") + svc.healthPort());
            }
        });
        if (!svc.managementInImage()) {
            problem(d, "the image serves /q/* on the API port: set %prod.quarkus.management.enabled (issue 10)");
        }
        boolean exposed = false;
        for (JsonNode p : c.path("ports")) {
            exposed |= p.path("containerPort").asInt() == svc.httpPort();
        }
        if (!exposed) {
            problem(d, "no containerPort " + svc.httpPort() + " (quarkus.http.port)");
        }
        cluster.first("Service", svc.name()).ifPresent(s -> s.path("spec").path("ports").forEach(p -> {
            Optional<Integer> target = containerPort(c, p.path("targetPort").isMissingNode() ? p.path("port") : p.path("targetPort"));
            if (target.isEmpty() || (target.get() != svc.httpPort() && target.get() != svc.healthPort())) {
                problem(s, "targetPort " + p.path("targetPort") + " reaches neither quarkus.http.port " + svc.httpPort()
                        + " nor the management port " + svc.healthPort());
            }
        }));
    }

    /** Every key the service needs in production reaches the container as its environment variable. */
    private void configuration(ObjectNode d, JsonNode c, ServiceConfig svc) {
        Set<String> env = new LinkedHashSet<>();
        for (JsonNode e : c.path("env")) {
            env.add(e.path("name").asText());
            if (e.has("value") && e.path("name").asText().matches(".*(PASSWORD|SECRET|TOKEN).*")) {
                problem(d, "env " + e.path("name").asText() + " inlines a secret value; use secretKeyRef");
            }
        }
        for (JsonNode ef : c.path("envFrom")) {
            if (ef.has("configMapRef")) {
                cluster.first("ConfigMap", ef.path("configMapRef").path("name").asText())
                        .ifPresent(cm -> cm.path("data").fieldNames().forEachRemaining(env::add));
            }
            if (ef.has("secretRef")) {
                Cluster.SecretInfo s = cluster.secrets.get(ef.path("secretRef").path("name").asText());
                if (s != null) {
                    env.addAll(s.keys());
                }
            }
        }
        for (String key : svc.keysNeededInProd()) {
            // a value like ${STATS_URL:http://localhost:8084} is supplied by its own variable
            java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\\$\\{([^:}]+)[:}].*").matcher(svc.properties().getProperty(key, ""));
            if (ref.matches() && env.contains(Project.envName(ref.group(1)))) {
                continue;
            }
            if (!env.contains(Project.envName(key))) {
                problem(d, "configuration " + key + " (" + Project.envName(key) + ") is needed in production and not supplied");
            }
        }
    }

    // ---- selectors --------------------------------------------------------------------------------------

    private List<Pod> podsSelectedBy(JsonNode selector) {
        return cluster.pods.stream().filter(p -> p.namespace().equals(cluster.namespace) && Cluster.selects(selector, p.labels())).toList();
    }

    private void selectors() {
        for (ObjectNode d : cluster.all("Deployment")) {
            if (!Cluster.selects(d.path("spec").path("selector"), Cluster.labels(d.path("spec").path("template").path("metadata").path("labels")))) {
                problem(d, "spec.selector does not match the pod template's labels");
            }
        }
        for (ObjectNode s : cluster.all("Service")) {
            JsonNode sel = s.path("spec").path("selector");
            ObjectNode asSelector = Yaml.MAPPER.createObjectNode();
            asSelector.set("matchLabels", sel);
            if (sel.isEmpty() || podsSelectedBy(asSelector).isEmpty()) {
                problem(s, "selector " + sel + " matches no pod");
            }
        }
        for (ObjectNode p : cluster.all("PodDisruptionBudget")) {
            if (podsSelectedBy(p.path("spec").path("selector")).isEmpty()) {
                problem(p, "selector matches no pod");
            }
        }
        for (ObjectNode np : cluster.all("NetworkPolicy")) {
            if (podsSelectedBy(np.path("spec").path("podSelector")).isEmpty()) {
                problem(np, "podSelector matches no pod");
            }
        }
        for (ObjectNode sm : cluster.all("ServiceMonitor")) {
            List<ObjectNode> matched = cluster.all("Service").stream().filter(s -> Cluster.selects(sm.path("spec").path("selector"),
                    Cluster.labels(s.path("metadata").path("labels")))).toList();
            if (matched.isEmpty()) {
                problem(sm, "selector matches no Service");
            }
            for (JsonNode ep : sm.path("spec").path("endpoints")) {
                for (ObjectNode s : matched) {
                    if (!cluster.services.getOrDefault(s.path("metadata").path("name").asText(), Map.of()).containsKey(ep.path("port").asText())) {
                        problem(sm, "Service " + s.path("metadata").path("name").asText() + " has no port named " + ep.path("port").asText());
                    }
                }
                if (!ep.path("path").asText().equals("/q/metrics")) {
                    problem(sm, "scrapes " + ep.path("path").asText() + ", Quarkus serves /q/metrics");
                }
            }
        }
        for (ObjectNode pm : cluster.all("PodMonitor")) {
            List<Pod> matched = podsSelectedBy(pm.path("spec").path("selector"));
            if (matched.isEmpty()) {
                problem(pm, "selector matches no pod");
            }
            for (JsonNode ep : pm.path("spec").path("podMetricsEndpoints")) {
                for (Pod p : matched) {
                    if (!p.ports().containsKey(ep.path("port").asText())) {
                        problem(pm, "pod " + p.name() + " has no port named " + ep.path("port").asText());
                    }
                }
            }
        }
    }

    // ---- references to ConfigMaps, Secrets, Services ----------------------------------------------------

    private void secretRef(ObjectNode o, String name, String key, String where) {
        Cluster.SecretInfo s = cluster.secrets.get(name);
        if (s == null) {
            problem(o, where + ": Secret " + name + " does not exist (not rendered, not written by an operator, not in external-secrets.yaml)");
        } else if (key != null && !s.keys().contains(key)) {
            problem(o, where + ": Secret " + name + " (" + s.origin() + ") has no key " + key);
        }
    }

    private void configMapRef(ObjectNode o, String name, String key, String where) {
        Optional<ObjectNode> cm = cluster.first("ConfigMap", name);
        if (cm.isEmpty()) {
            problem(o, where + ": ConfigMap " + name + " does not exist");
        } else if (key != null && !cm.get().path("data").has(key)) {
            problem(o, where + ": ConfigMap " + name + " has no key " + key);
        }
    }

    private void serviceRef(ObjectNode o, String name, JsonNode port, String where) {
        Map<String, Integer> ports = cluster.services.get(name);
        if (ports == null) {
            problem(o, where + ": Service " + name + " does not exist");
        } else if (port != null && !(port.has("name") ? ports.containsKey(port.path("name").asText())
                : ports.containsValue(port.path("number").asInt()))) {
            problem(o, where + ": Service " + name + " has no port " + port);
        }
    }

    private void references() {
        for (ObjectNode d : cluster.all("Deployment")) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            for (JsonNode c : pod.path("containers")) {
                for (JsonNode ef : c.path("envFrom")) {
                    if (ef.has("configMapRef")) {
                        configMapRef(d, ef.path("configMapRef").path("name").asText(), null, "envFrom");
                    }
                    if (ef.has("secretRef")) {
                        secretRef(d, ef.path("secretRef").path("name").asText(), null, "envFrom");
                    }
                }
                for (JsonNode e : c.path("env")) {
                    JsonNode vf = e.path("valueFrom");
                    if (vf.has("secretKeyRef")) {
                        secretRef(d, vf.path("secretKeyRef").path("name").asText(), vf.path("secretKeyRef").path("key").asText(), "env " + e.path("name").asText());
                    }
                    if (vf.has("configMapKeyRef")) {
                        configMapRef(d, vf.path("configMapKeyRef").path("name").asText(), vf.path("configMapKeyRef").path("key").asText(), "env " + e.path("name").asText());
                    }
                }
                Set<String> volumes = new LinkedHashSet<>();
                pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
                for (JsonNode m : c.path("volumeMounts")) {
                    if (!volumes.contains(m.path("name").asText())) {
                        problem(d, "volumeMount " + m.path("name").asText() + " has no volume");
                    }
                }
            }
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("secret")) {
                    String name = v.path("secret").path("secretName").asText();
                    secretRef(d, name, null, "volume " + v.path("name").asText());
                    v.path("secret").path("items").forEach(i -> secretRef(d, name, i.path("key").asText(), "volume " + v.path("name").asText()));
                }
                if (v.has("configMap")) {
                    configMapRef(d, v.path("configMap").path("name").asText(), null, "volume " + v.path("name").asText());
                }
            }
            String sa = pod.path("serviceAccountName").asText("");
            if (!sa.isEmpty() && cluster.first("ServiceAccount", sa).isEmpty()) {
                problem(d, "ServiceAccount " + sa + " does not exist");
            }
        }
        for (ObjectNode gw : cluster.all("Gateway")) {
            for (JsonNode l : gw.path("spec").path("listeners")) {
                for (JsonNode ref : l.path("tls").path("certificateRefs")) {
                    secretRef(gw, ref.path("name").asText(), "tls.crt", "listener " + l.path("name").asText());
                }
            }
        }
        for (ObjectNode route : cluster.all("HTTPRoute")) {
            for (JsonNode parent : route.path("spec").path("parentRefs")) {
                Optional<ObjectNode> gw = cluster.first("Gateway", parent.path("name").asText());
                if (gw.isEmpty()) {
                    problem(route, "parentRef Gateway " + parent.path("name").asText() + " does not exist");
                } else if (parent.has("sectionName") && listeners(route).isEmpty()) {
                    problem(route, "Gateway " + parent.path("name").asText() + " has no listener " + parent.path("sectionName").asText());
                }
            }
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode b : rule.path("backendRefs")) {
                    ObjectNode port = Yaml.MAPPER.createObjectNode().put("number", b.path("port").asInt());
                    serviceRef(route, b.path("name").asText(), port, "backendRef");
                }
            }
        }
        for (ObjectNode c : cluster.all("Cluster")) {
            JsonNode initdb = c.path("spec").path("bootstrap").path("initdb");
            if (initdb.has("secret")) {
                secretRef(c, initdb.path("secret").path("name").asText(), "password", "bootstrap.initdb.secret");
                secretRef(c, initdb.path("secret").path("name").asText(), "username", "bootstrap.initdb.secret");
            }
            for (JsonNode r : c.path("spec").path("managed").path("roles")) {
                secretRef(c, r.path("passwordSecret").path("name").asText(), "password", "managed role " + r.path("name").asText());
            }
        }
        for (ObjectNode db : cluster.all("Database")) {
            String clusterName = db.path("spec").path("cluster").path("name").asText();
            Optional<ObjectNode> c = cluster.first("Cluster", clusterName);
            if (c.isEmpty()) {
                problem(db, "CloudNativePG Cluster " + clusterName + " does not exist");
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            roles.add(c.get().path("spec").path("bootstrap").path("initdb").path("owner").asText());
            c.get().path("spec").path("managed").path("roles").forEach(r -> roles.add(r.path("name").asText()));
            if (!roles.contains(db.path("spec").path("owner").asText())) {
                problem(db, "owner " + db.path("spec").path("owner").asText() + " is not a role of " + clusterName);
            }
        }
        for (ObjectNode k : cluster.all("Keycloak")) {
            JsonNode dbSpec = k.path("spec").path("db");
            for (String f : List.of("usernameSecret", "passwordSecret")) {
                if (dbSpec.has(f)) {
                    secretRef(k, dbSpec.path(f).path("name").asText(), dbSpec.path(f).path("key").asText(), "db." + f);
                }
            }
            k.path("spec").path("truststores").fields().forEachRemaining(t ->
                    secretRef(k, t.getValue().path("secret").path("name").asText(), null, "truststores." + t.getKey()));
            String host = dbSpec.path("host").asText();
            if (!host.isEmpty() && !cluster.services.containsKey(host)) {
                problem(k, "db.host " + host + " is no Service");
            }
        }
        for (ObjectNode ri : cluster.all("KeycloakRealmImport")) {
            String kc = ri.path("spec").path("keycloakCRName").asText();
            if (cluster.first("Keycloak", kc).isEmpty()) {
                problem(ri, "Keycloak " + kc + " does not exist");
            }
            ri.path("spec").path("placeholders").fields().forEachRemaining(e -> secretRef(ri,
                    e.getValue().path("secret").path("name").asText(), e.getValue().path("secret").path("key").asText(), "placeholder " + e.getKey()));
        }
        for (ObjectNode cm : cluster.all("ConfigMap")) {
            cm.path("data").fields().forEachRemaining(e -> {
                if (e.getKey().matches(".*(PASSWORD|CREDENTIALS_SECRET|_TOKEN)")) {
                    problem(cm, e.getKey() + " is a secret value in a ConfigMap");
                }
                hostReference(cm, e.getKey(), e.getValue().asText());
            });
        }
    }

    /** In-cluster URLs and host:port values in the configuration name real Services and ports. */
    private void hostReference(ObjectNode cm, String key, String value) {
        String v = value.replaceFirst("^jdbc:", "");
        String host;
        int port;
        try {
            if (v.contains("://")) {
                URI u = URI.create(v);
                host = u.getHost();
                port = u.getPort() >= 0 ? u.getPort() : (u.getScheme().equals("https") ? 443 : 80);
            } else if (v.matches("[a-z0-9.-]+:\\d+")) {
                host = v.substring(0, v.indexOf(':'));
                port = Integer.parseInt(v.substring(v.indexOf(':') + 1));
            } else {
                return;
            }
        } catch (IllegalArgumentException e) {
            return;
        }
        if (host == null || host.contains(".") && !host.endsWith(".svc") && !host.contains(".svc.")) {
            return; // a public host or another namespace's service: outside this render
        }
        Map<String, Integer> ports = cluster.services.get(host);
        if (ports == null) {
            problem(cm, key + " names Service " + host + ", which does not exist");
        } else if (!ports.containsValue(port)) {
            problem(cm, key + ": Service " + host + " has no port " + port);
        }
    }

    // ---- Kafka ------------------------------------------------------------------------------------------

    private Optional<ObjectNode> topic(String name) {
        return cluster.all("KafkaTopic").stream().filter(t -> t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText()).equals(name)).findFirst();
    }

    private void topics() {
        Set<String> kafkas = new LinkedHashSet<>();
        cluster.all("Kafka").forEach(k -> kafkas.add(k.path("metadata").path("name").asText()));
        for (String kind : List.of("KafkaTopic", "KafkaUser", "KafkaNodePool")) {
            for (ObjectNode o : cluster.all(kind)) {
                if (!kafkas.contains(o.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                    problem(o, "label strimzi.io/cluster names no Kafka");
                }
            }
        }
        for (ServiceConfig svc : services) {
            Set<String> all = new LinkedHashSet<>(svc.topics("incoming"));
            all.addAll(svc.topics("outgoing"));
            for (String t : all) {
                if (topic(t).isEmpty()) {
                    problems.add(svc.name() + ": topic " + t + " (application.properties) is not declared as a KafkaTopic");
                }
            }
            Optional<ObjectNode> user = cluster.first("KafkaUser", svc.name());
            if (user.isEmpty()) {
                problems.add(svc.name() + ": no KafkaUser");
                continue;
            }
            for (String t : svc.topics("incoming")) {
                acl(user.get(), "topic", t, "Read");
            }
            for (String t : svc.topics("outgoing")) {
                acl(user.get(), "topic", t, "Write");
            }
            for (String g : svc.consumerGroups()) {
                acl(user.get(), "group", g, "Read");
            }
            for (String dlq : svc.deadLetterTopics()) {
                if (topic(dlq).isEmpty()) {
                    problems.add(svc.name() + ": dead-letter topic " + dlq + " is not declared as a KafkaTopic");
                }
                acl(user.get(), "topic", dlq, "Write");
            }
        }
        for (ObjectNode t : cluster.all("KafkaTopic")) {
            int replicas = t.path("spec").path("replicas").asInt();
            int minIsr = t.path("spec").path("config").path("min.insync.replicas").asInt(1);
            int brokers = cluster.all("KafkaNodePool").stream().filter(p -> p.path("spec").path("roles").toString().contains("broker"))
                    .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
            if (replicas > brokers) {
                problem(t, replicas + " replicas but only " + brokers + " brokers");
            }
            if (minIsr > replicas || (replicas > 1 && minIsr >= replicas)) {
                problem(t, "min.insync.replicas " + minIsr + " with " + replicas + " replicas: a broker restart would stop writes");
            }
        }
    }

    private void acl(ObjectNode user, String type, String name, String operation) {
        for (JsonNode a : user.path("spec").path("authorization").path("acls")) {
            if (a.path("resource").path("type").asText().equals(type) && a.path("resource").path("name").asText().equals(name)
                    && a.path("operations").toString().contains("\"" + operation + "\"")) {
                return;
            }
        }
        problem(user, "no ACL allows " + operation + " on " + type + " " + name);
    }

    private void autoscalers() {
        for (ObjectNode hpa : cluster.all("HorizontalPodAutoscaler")) {
            JsonNode ref = hpa.path("spec").path("scaleTargetRef");
            String name = ref.path("name").asText();
            if (!ref.path("kind").asText().equals("Deployment") || cluster.first("Deployment", name).isEmpty()) {
                problem(hpa, "scaleTargetRef " + ref + " does not exist");
                continue;
            }
            int max = hpa.path("spec").path("maxReplicas").asInt();
            if (hpa.path("spec").path("minReplicas").asInt(1) > max) {
                problem(hpa, "minReplicas above maxReplicas");
            }
            if (cluster.first("Deployment", name).get().path("spec").has("replicas")) {
                problem(hpa, "Deployment " + name + " sets spec.replicas although this HPA owns it: every server-side apply"
                        + " would conflict with the HPA or reset the count");
            }
            services.stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(svc -> {
                for (String t : svc.topics("incoming")) {
                    topic(t).ifPresent(kt -> {
                        int partitions = kt.path("spec").path("partitions").asInt();
                        if (max > partitions) {
                            problem(hpa, "maxReplicas " + max + " exceeds the " + partitions + " partitions of " + t
                                    + ": the extra consumers would sit idle");
                        }
                    });
                }
            });
        }
    }

    /** The Gateway listeners an HTTPRoute attaches to (all of a Gateway's when its parentRef names no section). */
    List<JsonNode> listeners(ObjectNode route) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode parent : route.path("spec").path("parentRefs")) {
            cluster.first("Gateway", parent.path("name").asText()).ifPresent(gw -> gw.path("spec").path("listeners").forEach(l -> {
                if (!parent.has("sectionName") || parent.path("sectionName").asText().equals(l.path("name").asText())) {
                    out.add(l);
                }
            }));
        }
        return out;
    }

    // ---- Keycloak: one issuer everywhere ----------------------------------------------------------------

    private void keycloak() {
        for (ObjectNode k : cluster.all("Keycloak")) {
            String hostname = k.path("spec").path("hostname").path("hostname").asText();
            String realm = cluster.all("KeycloakRealmImport").stream().findFirst()
                    .map(r -> r.path("spec").path("realm").path("realm").asText()).orElse("?");
            String issuer = hostname.replaceAll("/+$", "") + "/realms/" + realm;
            for (ObjectNode cm : cluster.all("ConfigMap")) {
                JsonNode iss = cm.path("data").path("QUARKUS_OIDC_TOKEN_ISSUER");
                if (!iss.isMissingNode() && !iss.asText().equals(issuer)) {
                    problem(cm, "QUARKUS_OIDC_TOKEN_ISSUER " + iss.asText() + " is not Keycloak's issuer " + issuer);
                }
            }
            String host = URI.create(hostname).getHost();
            boolean routed = false;
            for (ObjectNode route : cluster.all("HTTPRoute")) {
                boolean toKeycloak = route.path("spec").path("rules").toString().contains("\"name\":\"" + k.path("metadata").path("name").asText() + "-service\"");
                for (JsonNode listener : listeners(route)) {
                    routed |= toKeycloak && listener.path("hostname").asText().equals(host);
                }
            }
            if (!routed) {
                problem(k, "hostname " + host + " is not routed to Keycloak by any HTTPRoute on a Gateway listener of that host");
            }
            dashboardRedirects();
        }
    }

    /** The dashboard's client redirects exactly to the dashboard on the Gateway's api listener (scheme and host). */
    private void dashboardRedirects() {
        for (ObjectNode gw : cluster.all("Gateway")) {
            for (JsonNode l : gw.path("spec").path("listeners")) {
                if (!l.path("name").asText().equals("api")) {
                    continue;
                }
                String base = (l.path("protocol").asText().equals("HTTPS") ? "https://" : "http://") + l.path("hostname").asText();
                for (ObjectNode ri : cluster.all("KeycloakRealmImport")) {
                    for (JsonNode c : ri.path("spec").path("realm").path("clients")) {
                        if (!c.path("clientId").asText().equals(RealmImport.DASHBOARD)) {
                            continue;
                        }
                        if (!c.path("redirectUris").toString().equals("[\"" + base + "/dashboard/*\"]")
                                || !c.path("webOrigins").toString().equals("[\"" + base + "\"]")
                                || !c.path("attributes").path("post.logout.redirect.uris").asText().equals(base + "/dashboard/*")) {
                            problem(ri, "client " + RealmImport.DASHBOARD + " must redirect to " + base + "/dashboard/* only, has "
                                    + c.path("redirectUris") + " " + c.path("webOrigins") + " " + c.path("attributes").path("post.logout.redirect.uris"));
                        }
                    }
                }
            }
        }
    }

    // ---- the architecture's flows under the NetworkPolicies ---------------------------------------------

    record Flow(String from, String to, int port, String protocol) {
        @Override
        public String toString() {
            return from + " -> " + to + ":" + port + "/" + protocol;
        }
    }

    static List<Flow> requiredFlows(Cluster c) {
        List<Flow> out = new ArrayList<>();
        String kafka = c.all("Kafka").stream().findFirst().map(k -> k.path("metadata").path("name").asText()).orElse("?");
        String db = c.all("Cluster").stream().findFirst().map(k -> k.path("metadata").path("name").asText() + "-1").orElse("?");
        String brokers = kafka + "-brokers";
        String controllers = kafka + "-controllers";
        out.add(new Flow("gateway-disclosure", "ingest-service", 8081, "TCP"));
        out.add(new Flow("gateway-disclosure", "stats-service", 8084, "TCP"));
        out.add(new Flow("gateway-disclosure", "validate-service", 8083, "TCP"));
        out.add(new Flow("gateway-disclosure", "keycloak-0", 8080, "TCP"));
        out.add(new Flow("parse-service", "ingest-service", 8081, "TCP"));
        for (String s : Project.SERVICES) {
            out.add(new Flow(s, brokers, 9093, "TCP"));
            out.add(new Flow(s, "keycloak-0", 8080, "TCP"));
            out.add(new Flow(s, "coredns", 53, "UDP"));
            out.add(new Flow(s, "otel-collector", 4317, "TCP"));
        }
        for (String s : Project.DEPLOYABLES) {
            // metrics on the management interface (issue 10)
            out.add(new Flow("prometheus", s, Project.MANAGEMENT_PORT, "TCP"));
        }
        // the dashboard (issue 13): pages through the Gateway, statistics from stats-service, sign-in with Keycloak
        out.add(new Flow("gateway-disclosure", Project.DASHBOARD, Project.DASHBOARD_PORT, "TCP"));
        out.add(new Flow(Project.DASHBOARD, "stats-service", 8084, "TCP"));
        out.add(new Flow(Project.DASHBOARD, "ingest-service", 8081, "TCP"));
        out.add(new Flow(Project.DASHBOARD, "keycloak-0", 8080, "TCP"));
        out.add(new Flow(Project.DASHBOARD, "coredns", 53, "UDP"));
        for (String s : List.of("ingest-service", "validate-service", "stats-service", "keycloak-0")) {
            out.add(new Flow(s, db, 5432, "TCP"));
        }
        out.add(new Flow("prometheus", db, 9187, "TCP"));
        out.add(new Flow("prometheus", "keycloak-0", 9000, "TCP"));
        out.add(new Flow(brokers, controllers, 9090, "TCP"));
        out.add(new Flow(controllers, brokers, 9091, "TCP"));
        out.add(new Flow(kafka + "-entity-operator", brokers, 9091, "TCP"));
        out.add(new Flow(kafka + "-entity-operator", "kube-apiserver", 443, "TCP"));
        out.add(new Flow("strimzi-cluster-operator", brokers, 9091, "TCP"));
        out.add(new Flow(db, db, 5432, "TCP"));
        out.add(new Flow(db, "kube-apiserver", 443, "TCP"));
        out.add(new Flow("cnpg-controller-manager", db, 8000, "TCP"));
        out.add(new Flow(db, "coredns", 53, "UDP"));
        return out;
    }

    static List<Flow> forbiddenFlows(Cluster c) {
        String kafka = c.all("Kafka").stream().findFirst().map(k -> k.path("metadata").path("name").asText()).orElse("?");
        String db = c.all("Cluster").stream().findFirst().map(k -> k.path("metadata").path("name").asText() + "-1").orElse("?");
        List<Flow> out = new ArrayList<>(List.of(
                new Flow("gateway-disclosure", "parse-service", 8082, "TCP"),
                new Flow("gateway-disclosure", "keycloak-0", 9000, "TCP"),
                new Flow("gateway-disclosure", db, 5432, "TCP"),
                new Flow("gateway-disclosure", kafka + "-brokers", 9093, "TCP"),
                new Flow(db, "internet", 443, "TCP"),
                new Flow(kafka + "-brokers", "internet", 443, "TCP"),
                new Flow(kafka + "-entity-operator", "internet", 443, "TCP"),
                new Flow("parse-service", db, 5432, "TCP"),
                new Flow("validate-service", "ingest-service", 8081, "TCP"),
                new Flow("stats-service", "ingest-service", 8081, "TCP"),
                new Flow("ingest-service", "parse-service", 8082, "TCP"),
                new Flow("ingest-service", "stats-service", 8084, "TCP"),
                new Flow("ingest-service", kafka + "-controllers", 9090, "TCP"),
                new Flow("ingest-service", "kube-apiserver", 443, "TCP"),
                new Flow("stranger", "ingest-service", 8081, "TCP"),
                new Flow("stranger", db, 5432, "TCP"),
                new Flow("stranger", kafka + "-brokers", 9093, "TCP"),
                new Flow("stranger", "keycloak-0", 8080, "TCP"),
                // the dashboard reaches nothing but the APIs of stats-service and ingest-service, and Keycloak
                new Flow(Project.DASHBOARD, db, 5432, "TCP"),
                new Flow(Project.DASHBOARD, kafka + "-brokers", 9093, "TCP"),
                new Flow(Project.DASHBOARD, "ingest-service", Project.MANAGEMENT_PORT, "TCP"),
                new Flow(Project.DASHBOARD, "stats-service", Project.MANAGEMENT_PORT, "TCP"),
                new Flow(Project.DASHBOARD, "parse-service", 8082, "TCP"),
                new Flow(Project.DASHBOARD, "validate-service", 8083, "TCP"),
                new Flow(Project.DASHBOARD, "kube-apiserver", 443, "TCP"),
                new Flow(Project.DASHBOARD, "internet", 443, "TCP"),
                new Flow("stranger", Project.DASHBOARD, Project.DASHBOARD_PORT, "TCP"),
                // the API server: only Strimzi's entity operator and CloudNativePG's instance manager (issue 10)
                new Flow(kafka + "-brokers", "kube-apiserver", 443, "TCP"),
                new Flow(kafka + "-brokers", "kube-apiserver", 6443, "TCP"),
                new Flow(kafka + "-controllers", "kube-apiserver", 443, "TCP"),
                new Flow(kafka + "-controllers", "kube-apiserver", 6443, "TCP"),
                new Flow("keycloak-0", "kube-apiserver", 443, "TCP"),
                new Flow("stats-service", "kube-apiserver", 6443, "TCP")));
        // the management interface (health, metrics, OpenAPI, Swagger UI) is for Prometheus and the kubelet only
        for (String s : Project.DEPLOYABLES) {
            out.add(new Flow("gateway-disclosure", s, Project.MANAGEMENT_PORT, "TCP"));
            out.add(new Flow("stranger", s, Project.MANAGEMENT_PORT, "TCP"));
        }
        out.add(new Flow("parse-service", "ingest-service", Project.MANAGEMENT_PORT, "TCP"));
        return out;
    }

    private void networkFlows() {
        if (cluster.all("NetworkPolicy").isEmpty()) {
            problems.add("no NetworkPolicy: nothing is denied");
            return;
        }
        for (Flow f : requiredFlows(cluster)) {
            Optional<Pod> from = cluster.pod(f.from());
            Optional<Pod> to = cluster.pod(f.to());
            if (from.isEmpty() || to.isEmpty()) {
                problems.add("flow " + f + ": no such pod");
            } else if (!cluster.allowed(from.get(), to.get(), f.port(), f.protocol())) {
                problems.add("NetworkPolicies block a flow of the architecture: " + f);
            }
        }
        for (Flow f : forbiddenFlows(cluster)) {
            Optional<Pod> from = cluster.pod(f.from());
            Optional<Pod> to = cluster.pod(f.to());
            if (from.isPresent() && to.isPresent() && cluster.allowed(from.get(), to.get(), f.port(), f.protocol())) {
                problems.add("NetworkPolicies allow a flow outside the architecture: " + f);
            }
        }
    }
}
