package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The namespace enforces Pod Security "restricted", and every pod the overlays make complies (issue 10). */
class PodSecurityTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theNamespaceEnforcesRestricted(String overlay) {
        ObjectNode ns = Project.render(overlay).stream().filter(o -> o.path("kind").asText().equals("Namespace")).findFirst().orElseThrow();
        for (String mode : List.of("enforce", "audit", "warn")) {
            assertEquals(PodSecurity.LEVEL, ns.path("metadata").path("labels").path("pod-security.kubernetes.io/" + mode).asText(), mode);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodComplies(String overlay) {
        List<ObjectNode> objects = Project.render(overlay);
        var pods = PodSecurity.podSpecs(objects);
        for (String d : Project.DEPLOYABLES) {
            assertTrue(pods.containsKey("Deployment " + d), d + " not checked: " + pods.keySet());
        }
        assertTrue(pods.keySet().stream().anyMatch(k -> k.startsWith("Keycloak ")), pods.keySet().toString());
        assertTrue(pods.keySet().stream().filter(k -> k.startsWith("KafkaNodePool ")).count() >= 2, pods.keySet().toString());
        assertEquals(List.of(), PodSecurity.check(objects));
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static void assertReported(Consumer<List<ObjectNode>> breakIt, String expected) {
        List<ObjectNode> objects = new ArrayList<>(Project.render("prod"));
        breakIt.accept(objects);
        List<String> problems = PodSecurity.check(objects);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    @Test
    void aPodShortOfRestrictedIsReported() {
        assertReported(o -> ((ObjectNode) find(o, "Deployment", "dashboard").path("spec").path("template").path("spec")
                .path("containers").get(0).path("securityContext")).remove("allowPrivilegeEscalation"),
                "Deployment dashboard: container app: allowPrivilegeEscalation must be false");
        assertReported(o -> {
            ObjectNode pod = (ObjectNode) find(o, "Deployment", "parse-service").path("spec").path("template").path("spec");
            ((ObjectNode) pod.path("securityContext")).remove("seccompProfile");
            ((ObjectNode) pod.path("containers").get(0).path("securityContext")).remove("seccompProfile");
        }, "Deployment parse-service: container app: seccompProfile must be RuntimeDefault");
        assertReported(o -> ((ArrayNode) find(o, "Deployment", "ingest-service").path("spec").path("template").path("spec").path("volumes"))
                .addObject().put("name", "host").putObject("hostPath").put("path", "/var/run"), "volume host of type hostPath");
        assertReported(o -> ((ObjectNode) find(o, "Deployment", "stats-service").path("spec").path("template").path("spec")
                .path("containers").get(0).path("securityContext").path("capabilities")).putArray("add").add("NET_ADMIN"),
                "adds capability NET_ADMIN");
    }

    @Test
    void operatorPodsWithoutTheirTemplatesAreReported() {
        assertReported(o -> ((ObjectNode) find(o, "Keycloak", "keycloak").path("spec")).remove("unsupported"),
                "Keycloak keycloak (operator-built pods, spec.unsupported.podTemplate): no container securityContext");
        assertReported(o -> ((ObjectNode) find(o, "KafkaNodePool", "brokers").path("spec").path("template")).remove("kafkaContainer"),
                "KafkaNodePool brokers (Strimzi pods, spec.template): container kafkaContainer: allowPrivilegeEscalation must be false");
        assertReported(o -> ((ObjectNode) find(o, "Kafka", "disclosure").path("spec").path("entityOperator").path("template"))
                .remove("topicOperatorContainer"), "container topicOperatorContainer: allowPrivilegeEscalation must be false");
    }
}
