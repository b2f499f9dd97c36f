package org.disclosure.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosure.devstack.TestTokens;
import org.disclosure.devstack.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Security review (issue 10): tokens of the realm's other clients are refused; prod Kafka fails closed. */
@QuarkusTest
class TokenAudienceTest {

    private final String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    private final TestTokens tokens = TestTokens.forRealm(realm);

    @Test
    void aTokenMintedForAnotherClientOfTheRealmIsRefused() {
        // admin-cli is Keycloak's own client: the same user and roles, but no disclosure-api audience
        String foreign = Tokens.password(realm, "admin-cli", "national", "national");
        given().auth().oauth2(foreign).when().get("/api/submissions/stuck").then().statusCode(401);
        given().auth().oauth2(tokens.national()).when().get("/api/submissions/stuck").then().statusCode(200);
    }

    @Test
    void prodKafkaHasNoPlaintextDefault() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/application.properties"));
        String protocol = lines.stream().filter(l -> l.startsWith("%prod.kafka.security.protocol=")).findFirst()
                .orElseThrow();
        assertFalse(protocol.contains("PLAINTEXT"), protocol);
        assertTrue(protocol.endsWith("${KAFKA_SECURITY_PROTOCOL}"), protocol);
    }
}
