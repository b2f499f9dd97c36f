package org.disclosure.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Obtains access tokens from the devstack Keycloak, for tests and scripts. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {
    }

    /** Resource-owner password grant, e.g. {@code password(realmUrl, "disclosure-cli", "clerk", "clerk")}. */
    public static String password(String realmUrl, String clientId, String user, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", user);
        form.put("password", password);
        return token(realmUrl, form);
    }

    /** Client-credentials grant, e.g. {@code clientCredentials(realmUrl, "feed-heilongjiang", "feed-heilongjiang-secret")}. */
    public static String clientCredentials(String realmUrl, String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return token(realmUrl, form);
    }

    /** The decoded payload of a JWT (no signature check), e.g. to look at {@code region} or {@code groups}. */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("JWT payload is not JSON", e);
        }
    }

    private static String token(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(realmUrl + "/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request to " + uri + " (" + form.get("grant_type") + ", client "
                        + form.get("client_id") + ") failed: HTTP " + response.statusCode() + " " + response.body());
            }
            Object token = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { })
                    .get("access_token");
            if (!(token instanceof String s)) {
                throw new IllegalStateException("no access_token in the answer from " + uri + ": " + response.body());
            }
            return s;
        } catch (IOException e) {
            throw new IllegalStateException("token request to " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
