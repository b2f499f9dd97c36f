package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks catch breakage: render, break one thing in memory, and the validator names it. */
class BrokenReferenceTest {

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static ObjectNode container(List<ObjectNode> objects, String deployment) {
        return (ObjectNode) find(objects, "Deployment", deployment).path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** Break the rendered overlay with the mutation; the validator must report a problem containing expected. */
    private static void assertReported(String overlay, Consumer<List<ObjectNode>> mutation, String expected) {
        List<ObjectNode> objects = new ArrayList<>(Project.render(overlay));
        assertEquals(List.of(), Validator.check(objects, Project.externalSecrets(overlay)), "the unbroken render is clean");
        mutation.accept(objects);
        List<String> problems = Validator.check(objects, Project.externalSecrets(overlay));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem with '" + expected + "', got " + problems);
    }

    private static void assertSchemaReported(String overlay, Consumer<List<ObjectNode>> mutation, String expected) {
        List<ObjectNode> objects = new ArrayList<>(Project.render(overlay));
        mutation.accept(objects);
        List<String> problems = objects.stream().flatMap(o -> StrictSchemas.check(o).stream()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem with '" + expected + "', got " + problems);
    }

    @Test
    void serviceSelectorThatMatchesNoPod() {
        assertReported("prod", o -> ((ObjectNode) find(o, "Service", "ingest-service").path("spec").path("selector"))
                .put("app.kubernetes.io/name", "ingest"), "Service ingest-service: selector");
    }

    @Test
    void podTemplateLabelsThatTheDeploymentSelectorMisses() {
        assertReported("dev", o -> ((ObjectNode) find(o, "Deployment", "stats-service").path("spec").path("template")
                .path("metadata").path("labels")).put("app.kubernetes.io/name", "stats"), "does not match the pod template's labels");
    }

    @Test
    void droppedSecret() {
        assertReported("dev", o -> o.remove(find(o, "Secret", "ingest-db-credentials")),
                "Secret ingest-db-credentials does not exist");
    }

    @Test
    void externalSecretThatIsNotDeclared() {
        List<ObjectNode> objects = Project.render("prod");
        Map<String, Set<String>> external = new LinkedHashMap<>(Project.externalSecrets("prod"));
        external.remove("disclosure-oidc-clients");
        List<String> problems = Validator.check(objects, external);
        assertTrue(problems.stream().anyMatch(p -> p.contains("parse-service: env QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET: Secret disclosure-oidc-clients does not exist")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("KeycloakRealmImport disclosure: placeholder")), problems.toString());
    }

    @Test
    void missingSecretKey() {
        assertReported("dev", o -> ((ObjectNode) find(o, "Secret", "disclosure-oidc-clients").path("data")).remove("disclosure-pipeline"),
                "has no key disclosure-pipeline");
    }

    @Test
    void missingConfigMap() {
        assertReported("prod", o -> o.remove(find(o, "ConfigMap", "validate-service-config")),
                "ConfigMap validate-service-config does not exist");
    }

    @Test
    void configurationKeyTheServiceNeeds() {
        assertReported("prod", o -> ((ObjectNode) find(o, "ConfigMap", "disclosure-common").path("data")).remove("KAFKA_BOOTSTRAP_SERVERS"),
                "kafka.bootstrap.servers (KAFKA_BOOTSTRAP_SERVERS) is needed in production");
        assertReported("prod", o -> ((ObjectNode) find(o, "ConfigMap", "ingest-service-config").path("data")).remove("DISCLOSURE_INGEST_PUBLIC_URL"),
                "disclosure.ingest.public-url");
    }

    @Test
    void configurationNamingAServiceThatDoesNotExist() {
        assertReported("prod", o -> ((ObjectNode) find(o, "ConfigMap", "disclosure-common").path("data"))
                .put("KAFKA_BOOTSTRAP_SERVERS", "kafka-bootstrap:9093"), "names Service kafka-bootstrap");
    }

    @Test
    void probeOnAPathQuarkusDoesNotServe() {
        assertReported("prod", o -> ((ObjectNode) container(o, "parse-service").path("readinessProbe").path("httpGet"))
                .put("path", "/health/ready"), "Quarkus serves /q/health/ready");
    }

    @Test
    void probeOnAnotherPort() {
        // the image serves /q/health on the management interface (issue 10), not on the API port
        assertReported("dev", o -> ((ObjectNode) container(o, "validate-service").path("livenessProbe").path("httpGet"))
                .put("port", "http"), "livenessProbe port \"http\" is not where the image serves /q/health: the management interface, 9000");
        assertReported("prod", o -> ((ObjectNode) container(o, "dashboard").path("readinessProbe").path("httpGet"))
                .put("port", "http"), "readinessProbe must check /q/health/ready on the management port 9000");
    }

    @Test
    void dashboardRedirectingToAnotherHost() {
        assertReported("dev", o -> {
            ObjectNode realm = (ObjectNode) find(o, "KeycloakRealmImport", "disclosure").path("spec").path("realm");
            for (var c : realm.path("clients")) {
                if (c.path("clientId").asText().equals("disclosure-dashboard")) {
                    ((ObjectNode) c).putArray("redirectUris").add("https://api.disclosure.example.org/dashboard/*");
                }
            }
        }, "client disclosure-dashboard must redirect to http://api.disclosure.localtest.me/dashboard/* only");
    }

    @Test
    void prometheusCutOffFromTheManagementPort() {
        assertReported("prod", o -> ((ObjectNode) find(o, "NetworkPolicy", "stats-service-ingress").path("spec").path("ingress").get(1)
                .path("ports").get(0)).put("port", 8084), "NetworkPolicies block a flow of the architecture: prometheus -> stats-service:9000/TCP");
    }

    @Test
    void theGatewayLetIntoTheManagementPort() {
        assertReported("prod", o -> ((ObjectNode) find(o, "NetworkPolicy", "ingest-service-ingress").path("spec").path("ingress").get(0))
                .remove("ports"), "allow a flow outside the architecture: gateway-disclosure -> ingest-service:9000/TCP");
    }

    @Test
    void theDashboardGivenTheDatabase() {
        // both sides opened: the dashboard's egress and PostgreSQL's ingress
        assertReported("prod", o -> {
            ((ArrayNode) find(o, "NetworkPolicy", "database-clients-egress").path("spec").path("podSelector")
                    .path("matchExpressions").get(0).path("values")).add("dashboard");
            ((ArrayNode) find(o, "NetworkPolicy", "postgres").path("spec").path("ingress").get(0).path("from").get(0)
                    .path("podSelector").path("matchExpressions").get(0).path("values")).add("dashboard");
        }, "dashboard -> disclosure-db-1:5432/TCP");
    }

    @Test
    void theDashboardCutOffFromIngest() {
        // it shows a submission's original file (GET /api/submissions/{id}/original on ingest-service)
        assertReported("prod", o -> ((ArrayNode) find(o, "NetworkPolicy", "dashboard-egress").path("spec").path("egress")).remove(1),
                "NetworkPolicies block a flow of the architecture: dashboard -> ingest-service:8081/TCP");
    }

    @Test
    void theDashboardSentToIngestsManagementPort() {
        assertReported("prod", o -> ((ObjectNode) find(o, "ConfigMap", "dashboard-config").path("data"))
                .put("INGEST_URL", "http://ingest-service:9000"), "INGEST_URL is http://ingest-service:9000, not the HTTP port of the in-cluster ingest-service");
    }

    @Test
    void theDashboardWithoutIngest() {
        assertReported("dev", o -> ((ObjectNode) find(o, "ConfigMap", "dashboard-config").path("data")).remove("INGEST_URL"),
                "INGEST_URL is null, not the HTTP port of the in-cluster ingest-service (http://ingest-service:8081)");
    }

    @Test
    void undeclaredTopic() {
        assertReported("prod", o -> o.remove(find(o, "KafkaTopic", "reports-parsed")),
                "topic reports.parsed (application.properties) is not declared as a KafkaTopic");
    }

    @Test
    void autoscalerBeyondThePartitions() {
        assertReported("prod", o -> ((ObjectNode) find(o, "HorizontalPodAutoscaler", "parse-service").path("spec")).put("maxReplicas", 24),
                "exceeds the 12 partitions of reports.submitted");
    }

    @Test
    void aclMissingForAChannel() {
        assertReported("dev", o -> ((ArrayNode) find(o, "KafkaUser", "stats-service").path("spec").path("authorization").path("acls")).remove(0),
                "no ACL allows Read on topic reports.validated");
    }

    @Test
    void deadLetterTopicMissing() {
        assertReported("prod", o -> o.remove(find(o, "KafkaTopic", "reports-validated-dlq")),
                "stats-service: dead-letter topic reports.validated.dlq is not declared");
    }

    @Test
    void deadLetterTopicNotWritable() {
        assertReported("dev", o -> ((ArrayNode) find(o, "KafkaUser", "parse-service").path("spec").path("authorization")
                        .path("acls")).removeIf(acl -> acl.path("resource").path("name").asText().endsWith(".dlq")),
                "no ACL allows Write on topic reports.submitted.dlq");
    }

    @Test
    void securityContextLoosened() {
        assertReported("prod", o -> ((ObjectNode) container(o, "ingest-service").path("securityContext")).put("readOnlyRootFilesystem", false),
                "readOnlyRootFilesystem must be true");
    }

    @Test
    void rollingUpdateThatStopsPodsFirst() {
        assertReported("prod", o -> ((ObjectNode) find(o, "Deployment", "stats-service").path("spec").path("strategy").path("rollingUpdate"))
                .put("maxUnavailable", 1), "maxUnavailable 0");
    }

    @Test
    void inlinedSecretValue() {
        assertReported("dev", o -> ((ObjectNode) container(o, "ingest-service").path("env").get(1)).put("value", "hunter2"),
                "env QUARKUS_DATASOURCE_PASSWORD inlines a secret value");
    }

    @Test
    void issuerThatIsNotKeycloaks() {
        assertReported("prod", o -> ((ObjectNode) find(o, "ConfigMap", "disclosure-oidc").path("data"))
                .put("QUARKUS_OIDC_TOKEN_ISSUER", "https://sso.example.org/realms/disclosure"), "is not Keycloak's issuer");
    }

    @Test
    void routeToAMissingServicePort() {
        assertReported("prod", o -> ((ObjectNode) find(o, "HTTPRoute", "stats-api").path("spec").path("rules").get(0)
                .path("backendRefs").get(0)).put("port", 8080), "Service stats-service has no port");
        assertReported("prod", o -> ((ObjectNode) find(o, "HTTPRoute", "stats-api").path("spec").path("parentRefs").get(0))
                .put("sectionName", "stats"), "has no listener stats");
        assertReported("prod", o -> ((ObjectNode) find(o, "Gateway", "disclosure").path("spec").path("listeners").get(1))
                .put("hostname", "login.disclosure.example.org"), "is not routed to Keycloak");
    }

    @Test
    void replicasNextToAnAutoscaler() {
        assertReported("prod", o -> ((ObjectNode) find(o, "Deployment", "stats-service").path("spec")).put("replicas", 3),
                "sets spec.replicas although this HPA owns it");
    }

    @Test
    void disruptionBudgetsThatBlockDrainsOrAllowOutages() {
        assertReported("prod", o -> ((ObjectNode) find(o, "PodDisruptionBudget", "ingest-service").path("spec")).put("maxUnavailable", 3),
                "lets a drain take all 3 replicas");
        assertReported("prod", o -> ((ObjectNode) find(o, "PodDisruptionBudget", "ingest-service").path("spec")).put("maxUnavailable", 0),
                "no node could ever be drained");
    }

    @Test
    void apiServerEgressOpenToTheInternet() {
        assertReported("prod", o -> ((ObjectNode) find(o, "NetworkPolicy", "kubernetes-api-egress-cnpg-instance-manager").path("spec").path("egress").get(0)
                .path("to").get(0).path("ipBlock")).put("cidr", "0.0.0.0/0"), "allow a flow outside the architecture: disclosure-db-1 -> internet:443/TCP");
    }

    @Test
    void apiServerEgressForKafkaOrKeycloakPods() {
        // issue 10: the API-server policy matched every pod but the services, Kafka's brokers and controllers included
        assertReported("prod", o -> ((ObjectNode) find(o, "NetworkPolicy", "kubernetes-api-egress-strimzi-entity-operator").path("spec")
                .path("podSelector").path("matchLabels")).remove("strimzi.io/name"),
                "allow a flow outside the architecture: disclosure-brokers -> kube-apiserver:443/TCP");
        assertReported("prod", o -> ((ObjectNode) find(o, "NetworkPolicy", "kubernetes-api-egress-cnpg-instance-manager").path("spec"))
                .putObject("podSelector"), "allow a flow outside the architecture: keycloak-0 -> kube-apiserver:443/TCP");
    }

    @Test
    void serviceMonitorOnAPortTheServiceLacks() {
        assertReported("prod", o -> ((ObjectNode) find(o, "ServiceMonitor", "stats-service").path("spec").path("endpoints").get(0))
                .put("port", "metrics"), "has no port named metrics");
    }

    @Test
    void networkPoliciesThatBlockAFlow() {
        assertReported("prod", o -> o.remove(find(o, "NetworkPolicy", "parse-service-egress-ingest")),
                "block a flow of the architecture: parse-service -> ingest-service:8081/TCP");
        assertReported("prod", o -> o.remove(find(o, "NetworkPolicy", "allow-dns")), "-> coredns:53/UDP");
    }

    @Test
    void networkPoliciesThatAllowTooMuch() {
        assertReported("prod", o -> ((ObjectNode) find(o, "NetworkPolicy", "ingest-service-ingress").path("spec").path("ingress").get(0)).remove("from"),
                "allow a flow outside the architecture: stranger -> ingest-service:8081/TCP");
        // the database open to every namespace instead of the three services
        assertReported("prod", o -> ((ArrayNode) find(o, "NetworkPolicy", "postgres").path("spec").path("ingress").get(0).path("from"))
                .addObject().putObject("namespaceSelector"), "allow a flow outside the architecture: stranger -> disclosure-db-1:5432/TCP");
    }

    @Test
    void unknownFieldInABuiltInKind() {
        assertSchemaReported("prod", o -> container(o, "ingest-service").put("imagePullPolicyy", "Always"), "imagePullPolicyy: unknown field");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "Deployment", "ingest-service").path("spec")).put("replicas", "three"),
                "Deployment ingest-service");
    }

    @Test
    void unknownFieldWrongTypeOrValueInStrimziKindsAgainstTheirPublishedCrds() {
        assertSchemaReported("dev", o -> ((ObjectNode) find(o, "KafkaTopic", "reports-status").path("spec")).put("partition", 6),
                "partition: unknown field");
        assertSchemaReported("dev", o -> ((ObjectNode) find(o, "KafkaTopic", "reports-status").path("spec")).put("partitions", "six"),
                "KafkaTopic reports-status");
        assertSchemaReported("dev", o -> ((ObjectNode) find(o, "Kafka", "disclosure").path("spec").path("kafka")).put("replicas", 3),
                "replicas: unknown field");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "KafkaUser", "ingest-service").path("spec").path("authentication"))
                .put("type", "password"), "KafkaUser ingest-service: .spec.authentication.type: \"password\" is not one of");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "KafkaNodePool", "brokers").path("spec")).remove("roles"),
                "KafkaNodePool brokers: .spec: missing required field roles");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "KafkaNodePool", "brokers").path("spec").path("template").path("kafkaContainer")
                .path("securityContext")).put("runAsNonRot", true), ".spec.template.kafkaContainer.securityContext.runAsNonRot: unknown field");
    }

    @Test
    void unknownFieldOrWrongValueInTranscribedCrdSchemas() {
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "Cluster", "disclosure-db").path("spec")).put("instance", 3),
                "Cluster disclosure-db: .spec.instance: unknown field");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "Cluster", "disclosure-db").path("spec").path("managed").path("roles").get(0))
                .put("ensure", "exists"), "is not one of");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "Keycloak", "keycloak").path("spec").path("db")).put("port", "5432"),
                "Keycloak keycloak: .spec.db.port: must be integer, is string");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "KeycloakRealmImport", "disclosure").path("spec")).remove("keycloakCRName"),
                "missing required field keycloakCRName");
    }

    @Test
    void misspeltMetadataOfACustomResource() {
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "KafkaTopic", "reports-status").path("metadata")).putObject("label")
                .put("strimzi.io/cluster", "disclosure"), "KafkaTopic reports-status: .metadata.label: unknown field");
        assertSchemaReported("prod", o -> ((ObjectNode) find(o, "Cluster", "disclosure-db").path("metadata")).put("labels", "x"),
                "Cluster disclosure-db: .metadata");
    }

    @Test
    void unknownKindOrApiVersion() {
        assertSchemaReported("prod", o -> find(o, "HorizontalPodAutoscaler", "parse-service").put("apiVersion", "autoscaling/v2beta2"),
                "no schema for the kind");
    }
}
