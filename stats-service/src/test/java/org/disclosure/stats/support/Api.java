package org.disclosure.stats.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests with the realm's real tokens; decimals come back as BigDecimal so that rates compare exactly. */
public final class Api {

    private Api() {
    }

    public static TestTokens tokens() {
        return TestTokens.forRealm(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    }

    public static RequestSpecification as(String token) {
        return given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token);
    }

    public static RequestSpecification asNational() {
        return as(tokens().national());
    }

    /** sup-heilongjiang: supervisor of 230000. */
    public static RequestSpecification asHeilongjiang() {
        return as(tokens().supervisor());
    }

    /** sup-ningxia: supervisor of 640000. */
    public static RequestSpecification asNingxia() {
        return as(tokens().supervisorNingxia());
    }
}
