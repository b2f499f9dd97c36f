package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The KeycloakRealmImport of deploy/k8s derived from deploy/keycloak/disclosure-realm.json, the only maintained
 * copy of the realm. The derivation makes three production changes and nothing else: sslRequired "external";
 * each confidential client's secret becomes a placeholder CLIENT_SECRET_&lt;CLIENT_ID&gt; filled by the operator
 * from Secret disclosure-oidc-clients (key = clientId); the demo users with passwords are left out.
 */
final class RealmImport {
    static final Path FILE = Project.K8S.resolve("base/keycloak/realm-import.yaml");
    static final String CLIENT_SECRETS = "disclosure-oidc-clients";
    static final String DEMO_FEED = "feed-";
    static final String PASSWORD_POLICY = "length(12) and notUsername and notEmail and upperCase(1) and lowerCase(1) and digits(1) and passwordHistory(5)";
    static final String HEADER = """
            # GENERATED from deploy/keycloak/disclosure-realm.json (the only maintained copy of the realm) by
            # deploy/k8s-tests: RealmImportTest fails when this file and the realm differ, and
            #   ./mvnw -B -f deploy/k8s-tests/pom.xml verify -Ddisclosure.k8s.regenerate=true
            # rewrites it. These production changes to the development realm, nothing else:
            #   - sslRequired "external" instead of "none";
            #   - brute-force detection (5 failures, growing waits up to 15 min) and a password policy (12 characters,
            #     mixed case and digits, not the user name or e-mail, not one of the last 5);
            #   - the public client (disclosure-cli) has no direct-access (password) grant and no device flow;
            #   - the demo feed clients (feed-*) and their service-account users are left out;
            #   - every confidential client's secret is a placeholder filled from the Secret disclosure-oidc-clients
            #     (key = clientId), so no client secret is in git;
            #   - the demo users with passwords (clerk, sup-*, national) are left out; the service-account users stay;
            #   - the dashboard's client (disclosure-dashboard, issue 13: confidential, authorization code + PKCE) redirects
            #     only to the public dashboard, https://api.disclosure.example.org/dashboard/* (added when the realm lacks it).
            """;
    static final String DASHBOARD = "disclosure-dashboard";
    /** The public address of the dashboard: the Gateway's api listener (base/gateway/gateway.yaml) and the route /dashboard. */
    static final String DASHBOARD_URL = "https://api.disclosure.example.org/dashboard";

    private RealmImport() {
    }

    static ObjectNode expected() {
        ObjectNode realm;
        try {
            realm = (ObjectNode) new ObjectMapper().readTree(Files.readString(Project.REALM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper m = Yaml.MAPPER;
        ObjectNode doc = m.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", realm.path("realm").asText());
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        realm.put("sslRequired", "external");
        // security review (issue 10): password guessing locked out, real passwords, no demo feeds, and the public
        // client signs in only through the browser (no password grant, no device flow)
        realm.put("bruteForceProtected", true).put("permanentLockout", false).put("failureFactor", 5)
                .put("waitIncrementSeconds", 60).put("maxFailureWaitSeconds", 900).put("maxDeltaTimeSeconds", 43200);
        realm.put("passwordPolicy", PASSWORD_POLICY);
        ArrayNode clients = Yaml.MAPPER.createArrayNode();
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().startsWith(DEMO_FEED)) continue;
            if (c.path("publicClient").asBoolean(false)) {
                ((ObjectNode) c).put("directAccessGrantsEnabled", false);
                ObjectNode attributes = c.has("attributes") ? (ObjectNode) c.get("attributes") : ((ObjectNode) c).putObject("attributes");
                attributes.put("oauth2.device.authorization.grant.enabled", "false");
            }
            clients.add(c);
        }
        dashboardClient(clients);
        realm.set("clients", clients);
        for (JsonNode c : realm.path("clients")) {
            if (c.has("secret")) {
                String var = "CLIENT_SECRET_" + c.path("clientId").asText().toUpperCase().replaceAll("[^A-Z0-9]", "_");
                ((ObjectNode) c).put("secret", "${" + var + "}");
                placeholders.putObject(var).putObject("secret").put("name", CLIENT_SECRETS).put("key", c.path("clientId").asText());
            }
        }
        ArrayNode users = m.createArrayNode();
        for (JsonNode u : realm.path("users")) {
            boolean password = false;
            for (JsonNode cr : u.path("credentials")) {
                password |= cr.path("type").asText().equals("password");
            }
            boolean demoFeed = u.path("serviceAccountClientId").asText().startsWith(DEMO_FEED);
            if (!password && !demoFeed) {
                users.add(u);
            }
        }
        realm.set("users", users);
        spec.set("realm", realm);
        return doc;
    }

    /**
     * The dashboard's client with production redirect URIs: the realm's own definition when it has one, else a
     * confidential authorization-code client with PKCE whose access tokens carry the services' audience
     * (disclosure-api) and the region and role claims, like the command line's.
     */
    private static void dashboardClient(ArrayNode clients) {
        ObjectNode dashboard = null;
        JsonNode cli = null;
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).path("clientId").asText().equals(DASHBOARD)) dashboard = (ObjectNode) clients.remove(i--);
            else if (clients.get(i).path("clientId").asText().equals("disclosure-cli")) cli = clients.get(i);
        }
        // always last, so that the dev overlay's JSON patch finds it at a fixed index (it tests the clientId first)
        if (dashboard != null) {
            clients.add(dashboard);
        } else {
            dashboard = clients.addObject();
            dashboard.put("clientId", DASHBOARD).put("name", "Disclosure dashboard").put("enabled", true)
                    .put("protocol", "openid-connect").put("publicClient", false).put("bearerOnly", false)
                    .put("clientAuthenticatorType", "client-secret").put("secret", DASHBOARD + "-secret")
                    .put("standardFlowEnabled", true).put("implicitFlowEnabled", false)
                    .put("directAccessGrantsEnabled", false).put("serviceAccountsEnabled", false)
                    .put("fullScopeAllowed", true);
            dashboard.putObject("attributes").put("pkce.code.challenge.method", "S256")
                    .put("oauth2.device.authorization.grant.enabled", "false");
            if (cli != null) dashboard.set("protocolMappers", cli.path("protocolMappers").deepCopy());
        }
        dashboard.putArray("redirectUris").add(DASHBOARD_URL + "/*");
        dashboard.putArray("webOrigins").add(DASHBOARD_URL.replaceAll("(https://[^/]+).*", "$1"));
        ObjectNode attributes = dashboard.has("attributes") ? (ObjectNode) dashboard.get("attributes") : dashboard.putObject("attributes");
        attributes.put("post.logout.redirect.uris", DASHBOARD_URL + "/*");
    }

    static void write() throws IOException {
        Files.writeString(FILE, HEADER + Yaml.MAPPER.writeValueAsString(expected()));
    }
}
