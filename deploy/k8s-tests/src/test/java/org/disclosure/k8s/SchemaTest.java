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

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyKindHasASchema(String overlay) {
        for (ObjectNode o : Project.render(overlay)) {
            String key = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            assertTrue(StrictSchemas.MODELS.containsKey(key)
                    || CrdSchemas.covers(o.path("apiVersion").asText(), o.path("kind").asText()), key);
        }
    }
}
