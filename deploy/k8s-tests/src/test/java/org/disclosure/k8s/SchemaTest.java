package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every rendered object parses strictly: known kind and apiVersion, no unknown field, no wrong type, no value outside
 * an enum, no required field missing (custom resources against their operators' CRDs, built-in kinds against fabric8).
 */
class SchemaTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectParsesStrictly(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Project.render(overlay)) {
            problems.addAll(StrictSchemas.check(o));
        }
        assertEquals(List.of(), problems);
    }

    @org.junit.jupiter.api.Test
    void strimziKindsAreCheckedAgainstStrimzisPublishedCrds() {
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            assertTrue(CrdSchemas.ORIGIN.getOrDefault("kafka.strimzi.io/v1/" + kind, "").startsWith("strimzi-1.2.0/"), kind + ": " + CrdSchemas.ORIGIN);
        }
    }

    @org.junit.jupiter.api.Test
    void aOneOfBranchListingSomeFieldsDoesNotCloseItsObject() {
        // Strimzi's pod volumes: "oneOf: [properties: {secret, configMap, emptyDir, ...}]" only marks the alternatives;
        // the volume's name stays allowed, a misspelt field does not
        com.fasterxml.jackson.databind.node.ObjectNode pool = Project.render("prod").stream()
                .filter(o -> o.path("kind").asText().equals("KafkaNodePool")).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.node.ArrayNode volumes = ((com.fasterxml.jackson.databind.node.ObjectNode) pool.path("spec")
                .path("template").path("pod")).putArray("volumes");
        volumes.addObject().put("name", "scratch").putObject("emptyDir");
        assertEquals(List.of(), StrictSchemas.check(pool));
        volumes.addObject().put("name", "typo").putObject("emtpyDir");
        assertTrue(StrictSchemas.check(pool).stream().anyMatch(p -> p.contains(".spec.template.pod.volumes.1.emtpyDir: unknown field")
                || p.contains("volumes[1].emtpyDir: unknown field")), StrictSchemas.check(pool).toString());
    }

    @org.junit.jupiter.api.Test
    void builtInKindsAreCheckedAgainstTheKubernetesOpenApi() {
        for (ObjectNode o : Project.render("prod")) {
            String api = o.path("apiVersion").asText();
            if (!api.contains(".") || api.endsWith(".k8s.io/v1") && !api.startsWith("gateway.")) {
                assertTrue(KubernetesOpenApi.covers(api, o.path("kind").asText()), api + "/" + o.path("kind").asText());
            }
        }
        // the definitions are the release's: Deployment's pod template is a PodTemplateSpec with the PodSpec of 1.30
        assertTrue(KubernetesOpenApi.DEFINITIONS.has("V1PodSpec") && KubernetesOpenApi.DEFINITIONS.path("V1Container")
                .path("required").toString().contains("name"), KubernetesOpenApi.DEFINITIONS.path("V1Container").toString());
    }

    @org.junit.jupiter.api.Test
    void theDefinitionsAreThoseOfTheOldestSupportedKubernetes() throws java.io.IOException {
        // README "Operators" names the supported releases; the definitions must be the oldest one's
        String readme = java.nio.file.Files.readString(Project.ROOT.resolve("deploy/k8s/README.md"));
        assertTrue(readme.contains("| Kubernetes | " + KubernetesOpenApi.RELEASE + " – "), "README does not start the supported range at "
                + KubernetesOpenApi.RELEASE);
        // 1.30 added VolumeMount.recursiveReadOnly; 1.31 added image volumes (ImageVolumeSource)
        ObjectNode volumeMount = (ObjectNode) KubernetesOpenApi.DEFINITIONS.path("V1VolumeMount");
        assertTrue(volumeMount.path("properties").has("recursiveReadOnly"), "older than 1.30: " + volumeMount);
        assertTrue(!KubernetesOpenApi.DEFINITIONS.path("V1Volume").path("properties").has("image"), "newer than 1.30");
    }

    @org.junit.jupiter.api.Test
    void aBuiltInObjectWithAnUnknownFieldAMissingRequiredFieldOrAWrongTypeIsReported() {
        ObjectNode deployment = Project.render("prod").stream().filter(o -> o.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        ObjectNode pod = (ObjectNode) deployment.path("spec").path("template").path("spec");
        ObjectNode container = (ObjectNode) pod.path("containers").get(0);
        container.put("imagePullPolcy", "Always");
        container.remove("name");
        ((ObjectNode) deployment.path("spec")).put("revisionHistoryLimit", "5");
        // pod-level resources came with Kubernetes 1.32: a 1.30 API server does not know the field
        pod.putObject("resources").putObject("limits").put("cpu", "2");
        List<String> problems = StrictSchemas.check(deployment);
        for (String expected : List.of("containers.0.imagePullPolcy: unknown field", "containers.0: missing required field name",
                ".spec.revisionHistoryLimit: must be integer", ".spec.template.spec.resources: unknown field")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " not in " + problems);
        }
    }

    @org.junit.jupiter.api.Test
    void aCustomResourcesMetadataIsObjectMeta() {
        ObjectNode topic = Project.render("prod").stream().filter(o -> o.path("kind").asText().equals("KafkaTopic")).findFirst().orElseThrow();
        ((ObjectNode) topic.path("metadata")).put("lables", "x");
        ((ObjectNode) topic.path("metadata")).putObject("annotations").put("n", 1);
        List<String> problems = StrictSchemas.check(topic);
        assertTrue(problems.stream().anyMatch(p -> p.contains(".metadata.lables: unknown field")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(".metadata.annotations.n: must be string")), problems.toString());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyKindHasASchema(String overlay) {
        for (ObjectNode o : Project.render(overlay)) {
            String key = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            assertTrue(StrictSchemas.MODELS.containsKey(key) || KubernetesOpenApi.covers(o.path("apiVersion").asText(), o.path("kind").asText())
                    || CrdSchemas.covers(o.path("apiVersion").asText(), o.path("kind").asText()), key);
        }
    }
}
