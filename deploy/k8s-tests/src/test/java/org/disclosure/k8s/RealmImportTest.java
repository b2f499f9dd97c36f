package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm in deploy/k8s is deploy/keycloak/disclosure-realm.json with the documented changes only. */
class RealmImportTest {
    @BeforeAll
    static void regenerate() throws Exception {
        if (Boolean.getBoolean("disclosure.k8s.regenerate")) {
            RealmImport.write();
        }
    }

    @Test
    void embeddedRealmIsTheProjectRealmWithTheProductionChanges() {
        ObjectNode embedded = Yaml.readOne(RealmImport.FILE);
        // assertTrue, not assertEquals: the message names the fix instead of printing two whole realms
        assertTrue(RealmImport.expected().equals(embedded),
                "deploy/k8s/base/keycloak/realm-import.yaml differs from deploy/keycloak/disclosure-realm.json; regenerate with "
                        + "./mvnw -B -f deploy/k8s-tests/pom.xml verify -Ddisclosure.k8s.regenerate=true");
    }

    @Test
    void noClientSecretNorPasswordIsEmbedded() throws Exception {
        String text = Files.readString(RealmImport.FILE);
        JsonNode realm = Yaml.readOne(RealmImport.FILE).path("spec").path("realm");
        for (JsonNode c : realm.path("clients")) {
            if (c.has("secret")) {
                assertTrue(c.path("secret").asText().matches("\\$\\{CLIENT_SECRET_[A-Z0-9_]+}"), c.toString());
            }
        }
        for (JsonNode u : realm.path("users")) {
            assertFalse(u.has("credentials"), "user " + u.path("username").asText() + " has credentials");
        }
        assertFalse(text.contains("disclosure-pipeline-secret"));
        assertEquals("external", realm.path("sslRequired").asText());
    }

    @Test
    void theProdRealmLocksOutGuessingHasAPasswordPolicyNoPasswordGrantNoDeviceFlowAndNoDemoFeeds() throws Exception {
        // security review (issue 10), read from the committed file that the operator imports
        JsonNode realm = Yaml.MAPPER.readTree(Files.readString(RealmImport.FILE)).path("spec").path("realm");
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection");
        assertTrue(realm.path("passwordPolicy").asText().contains("length(12)"), "password policy");
        for (JsonNode c : realm.path("clients")) {
            String id = c.path("clientId").asText();
            assertFalse(id.startsWith("feed-"), "demo feed client " + id);
            if (c.path("publicClient").asBoolean()) {
                assertFalse(c.path("directAccessGrantsEnabled").asBoolean(true), id + " allows the password grant");
                assertEquals("false", c.path("attributes").path("oauth2.device.authorization.grant.enabled").asText(), id);
            }
        }
        for (JsonNode u : realm.path("users")) {
            assertFalse(u.path("serviceAccountClientId").asText().startsWith("feed-"), u.toString());
        }
    }

    @Test
    void theDashboardClientSignsInWithCodeAndPkceAndRedirectsOnlyToThePublicDashboard() throws Exception {
        // issue 13: the dashboard is a confidential web-app client; its redirects name the Gateway's api host and /dashboard
        JsonNode realm = Yaml.MAPPER.readTree(Files.readString(RealmImport.FILE)).path("spec").path("realm");
        JsonNode dashboard = null;
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(RealmImport.DASHBOARD)) dashboard = c;
        }
        assertTrue(dashboard != null, "no client " + RealmImport.DASHBOARD);
        assertFalse(dashboard.path("publicClient").asBoolean(true), "confidential");
        assertTrue(dashboard.path("standardFlowEnabled").asBoolean(), "authorization code");
        assertFalse(dashboard.path("directAccessGrantsEnabled").asBoolean(true), "no password grant");
        assertFalse(dashboard.path("implicitFlowEnabled").asBoolean(true), "no implicit flow");
        assertEquals("S256", dashboard.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals("${CLIENT_SECRET_DISCLOSURE_DASHBOARD}", dashboard.path("secret").asText());
        String host = Project.render("prod").stream().filter(o -> o.path("kind").asText().equals("Gateway")).findFirst().orElseThrow()
                .path("spec").path("listeners").findValues("hostname").stream().map(JsonNode::asText)
                .filter(h -> h.startsWith("api.")).findFirst().orElseThrow();
        assertEquals("[\"https://" + host + "/dashboard/*\"]", dashboard.path("redirectUris").toString());
        assertEquals("[\"https://" + host + "\"]", dashboard.path("webOrigins").toString());
        assertTrue(dashboard.path("protocolMappers").toString().contains("\"included.client.audience\":\"disclosure-api\""),
                "its access tokens must carry the services' audience to call stats-service");
    }
}
