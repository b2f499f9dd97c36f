package org.disclosure.validate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleResourceTest {

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    @Test
    void servesTheRuleReference() {
        given().auth().oauth2(tokens.supervisor()).when().get("/api/rules")
                .then().statusCode(200)
                .body("size()", equalTo(18))
                .body("id", hasItems("S01", "A01", "X01", "Y01", "Q05"));
    }

    @Test
    void theRuleReferenceNeedsAToken() {
        given().when().get("/api/rules").then().statusCode(401);
    }
}
