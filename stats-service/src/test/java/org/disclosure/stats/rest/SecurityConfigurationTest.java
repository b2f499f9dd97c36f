package org.disclosure.stats.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.disclosure.devstack.Tokens;
import org.disclosure.stats.support.Api;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Security review (issue 10): the token's audience and endpoints without a role annotation. */
@QuarkusTest
class SecurityConfigurationTest {

    private final String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);

    @Test
    void aTokenMintedForAnotherClientOfTheRealmIsRefused() {
        // admin-cli is Keycloak's own client: the same user and roles, but no disclosure-api audience
        String foreign = Tokens.password(realm, "admin-cli", "national", "national");
        given().auth().oauth2(foreign).when().get("/api/reports").then().statusCode(401);
        Api.asNational().when().get("/api/reports").then().statusCode(200);
    }

    @Test
    void anEndpointWithoutARoleAnnotationIsDeniedEvenToANationalToken() {
        given().when().get("/api/test-only/unannotated").then().statusCode(401);
        Api.asNational().when().get("/api/test-only/unannotated").then().statusCode(403);
    }
}
