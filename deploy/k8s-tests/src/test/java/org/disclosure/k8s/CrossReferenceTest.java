package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.disclosure.k8s.Project.ServiceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The rendered overlays hold together, and agree with the services' own configuration. */
class CrossReferenceTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void referencesHold(String overlay) {
        assertEquals(List.of(), Validator.check(Project.render(overlay), Project.externalSecrets(overlay)));
    }

    @Test
    void theServicesNeedWhatTheManifestsSupply() {
        // the derivation from application.properties finds what production must set
        assertEquals(Set.of("kafka.bootstrap.servers", "quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.datasource.jdbc.url", "quarkus.datasource.reactive.url", "quarkus.oidc.auth-server-url",
                "disclosure.ingest.public-url"), ServiceConfig.load("ingest-service").keysNeededInProd());
        assertEquals(Set.of("kafka.bootstrap.servers", "quarkus.oidc-client.auth-server-url",
                "quarkus.oidc-client.credentials.secret", "disclosure.parse.ingest-url"),
                ServiceConfig.load("parse-service").keysNeededInProd());
        assertEquals(Set.of("reports.submitted"), ServiceConfig.load("parse-service").topics("incoming"));
        assertEquals(8084, ServiceConfig.load("stats-service").httpPort());
    }

    @Test
    void everyProducerWaitsForAllReplicasAndEveryConsumerKeepsItsPoison() {
        // min.insync.replicas 2 on the topics protects nothing unless producers ask every in-sync replica
        for (String s : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.load(s);
            assertFalse(config.channels("outgoing").isEmpty(), s + " publishes nothing?");
            for (String channel : config.channels("outgoing")) {
                assertEquals("all", config.channelAttribute("outgoing", channel, "acks"), s + " " + channel);
                assertEquals("true", config.channelAttribute("outgoing", channel, "enable.idempotence"),
                        s + " " + channel);
            }
            for (String channel : config.channels("incoming")) {
                assertEquals("dead-letter-queue", config.channelAttribute("incoming", channel, "failure-strategy"),
                        s + " " + channel + ": one poison record must not stop the channel");
                String topic = config.channelAttribute("incoming", channel, "topic");
                assertEquals(topic + ".dlq", config.channelAttribute("incoming", channel, "dead-letter-queue.topic"),
                        s + " " + channel);
            }
        }
    }

    @Test
    void devIsSelfContained() {
        // everything dev references is rendered or written by an operator: it installs without preparation
        assertTrue(Project.externalSecrets("dev").isEmpty());
        for (ObjectNode d : Project.render("dev")) {
            if (d.path("kind").asText().equals("Deployment")) {
                assertEquals(1, d.path("spec").path("replicas").asInt(), d.path("metadata").path("name").asText());
            }
        }
    }

    @Test
    void prodKeepsSecretsOutOfGitAndSpreadsAndScales() {
        List<ObjectNode> prod = Project.render("prod");
        assertFalse(prod.stream().anyMatch(o -> o.path("kind").asText().equals("Secret")), "a Secret is rendered in prod");
        for (String s : Project.SERVICES) {
            ObjectNode d = prod.stream().filter(o -> o.path("kind").asText().equals("Deployment")
                    && o.path("metadata").path("name").asText().equals(s)).findFirst().orElseThrow();
            assertFalse(d.path("spec").has("replicas"), s + ": the HPA owns spec.replicas");
            assertTrue(prod.stream().anyMatch(o -> o.path("kind").asText().equals("HorizontalPodAutoscaler")
                    && o.path("spec").path("scaleTargetRef").path("name").asText().equals(s)
                    && o.path("spec").path("minReplicas").asInt() >= 3), s + " has no HPA keeping 3 replicas");
            JsonNode anti = d.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity");
            assertFalse(anti.isMissingNode(), s + " has no pod anti-affinity");
            assertTrue(d.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText()
                    .matches("registry\\..+/disclosure/" + s + ":[0-9].*"), s);
            assertTrue(prod.stream().anyMatch(o -> o.path("kind").asText().equals("HorizontalPodAutoscaler")
                    && o.path("spec").path("scaleTargetRef").path("name").asText().equals(s)), s + " has no HPA");
        }
    }
}
