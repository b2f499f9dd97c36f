package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Pod Security Standard "restricted" (Kubernetes 1.33, the "latest" the namespace enforces) applied to every pod a
 * rendered overlay makes: the pod templates of built-in workloads, and the pods the operators build from the custom
 * resources' templates (Keycloak's spec.unsupported.podTemplate, Strimzi's node pool and entity operator templates).
 * CloudNativePG's pods meet "restricted" by default (the operator sets every field itself) and have no template here.
 */
final class PodSecurity {
    static final String LEVEL = "restricted";
    /** Volume types "restricted" allows. */
    static final Set<String> VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret", "name");

    private PodSecurity() {
    }

    /** Every pod spec of a rendered overlay, by where it comes from; the operators' pods as the templates make them. */
    static Map<String, JsonNode> podSpecs(List<ObjectNode> objects) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (ObjectNode o : objects) {
            String id = o.path("kind").asText() + " " + o.path("metadata").path("name").asText();
            JsonNode spec = o.path("spec");
            switch (o.path("kind").asText()) {
                case "Pod" -> out.put(id, spec);
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> out.put(id, spec.path("template").path("spec"));
                case "CronJob" -> out.put(id, spec.path("jobTemplate").path("spec").path("template").path("spec"));
                case "Keycloak" -> out.put(id + " (operator-built pods, spec.unsupported.podTemplate)",
                        spec.path("unsupported").path("podTemplate").path("spec"));
                case "KafkaNodePool" -> out.put(id + " (Strimzi pods, spec.template)",
                        strimzi(spec.path("template"), "kafkaContainer"));
                case "Kafka" -> out.put(id + " entity operator (Strimzi pod, spec.entityOperator.template)",
                        strimzi(spec.path("entityOperator").path("template"), "topicOperatorContainer", "userOperatorContainer"));
                default -> {
                }
            }
        }
        return out;
    }

    /** The pod Strimzi builds from a template: the pod's securityContext, one container per container template. */
    private static JsonNode strimzi(JsonNode template, String... containers) {
        ObjectNode pod = Yaml.MAPPER.createObjectNode();
        if (template.path("pod").has("securityContext")) {
            pod.set("securityContext", template.path("pod").path("securityContext"));
        }
        ArrayNode cs = pod.putArray("containers");
        for (String c : containers) {
            ObjectNode container = cs.addObject().put("name", c);
            if (template.path(c).has("securityContext")) {
                container.set("securityContext", template.path(c).path("securityContext"));
            }
        }
        return pod;
    }

    /** What keeps one pod spec from "restricted"; empty when it complies. */
    static List<String> violations(JsonNode pod) {
        List<String> out = new ArrayList<>();
        JsonNode psc = pod.path("securityContext");
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean(false)) {
                out.add(host + " true");
            }
        }
        for (JsonNode v : pod.path("volumes")) {
            v.fieldNames().forEachRemaining(f -> {
                if (!VOLUMES.contains(f)) {
                    out.add("volume " + v.path("name").asText() + " of type " + f);
                }
            });
        }
        if (psc.path("runAsUser").isInt() && psc.path("runAsUser").asInt() == 0) {
            out.add("pod runAsUser 0");
        }
        List<JsonNode> containers = new ArrayList<>();
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            pod.path(list).forEach(containers::add);
        }
        if (containers.isEmpty()) {
            out.add("no container securityContext to check (no template)");
        }
        for (JsonNode c : containers) {
            String name = "container " + c.path("name").asText("?");
            JsonNode sc = c.path("securityContext");
            if (sc.path("privileged").asBoolean(false)) {
                out.add(name + ": privileged");
            }
            if (!sc.path("allowPrivilegeEscalation").isBoolean() || sc.path("allowPrivilegeEscalation").asBoolean()) {
                out.add(name + ": allowPrivilegeEscalation must be false");
            }
            boolean nonRoot = sc.has("runAsNonRoot") ? sc.path("runAsNonRoot").asBoolean() : psc.path("runAsNonRoot").asBoolean(false);
            if (!nonRoot) {
                out.add(name + ": runAsNonRoot must be true (pod or container)");
            }
            if (sc.path("runAsUser").isInt() && sc.path("runAsUser").asInt() == 0) {
                out.add(name + ": runAsUser 0");
            }
            String seccomp = sc.path("seccompProfile").path("type").asText(psc.path("seccompProfile").path("type").asText(""));
            if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
                out.add(name + ": seccompProfile must be RuntimeDefault or Localhost (pod or container), is '" + seccomp + "'");
            }
            boolean dropAll = false;
            for (JsonNode d : sc.path("capabilities").path("drop")) {
                dropAll |= d.asText().equals("ALL");
            }
            if (!dropAll) {
                out.add(name + ": capabilities must drop ALL");
            }
            for (JsonNode a : sc.path("capabilities").path("add")) {
                if (!a.asText().equals("NET_BIND_SERVICE")) {
                    out.add(name + ": adds capability " + a.asText());
                }
            }
            for (JsonNode p : c.path("ports")) {
                if (p.path("hostPort").asInt(0) != 0) {
                    out.add(name + ": hostPort " + p.path("hostPort").asInt());
                }
            }
        }
        return out;
    }

    /** Every violation of a rendered overlay, each prefixed by the pod's origin. */
    static List<String> check(List<ObjectNode> objects) {
        List<String> out = new ArrayList<>();
        podSpecs(objects).forEach((where, pod) -> violations(pod).forEach(v -> out.add(where + ": " + v)));
        return out;
    }
}
