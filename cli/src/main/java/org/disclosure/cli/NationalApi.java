package org.disclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.devstack.Tokens;

/**
 * Calls a running platform's API as the demo user {@code national} (dev only), for the operator commands.
 * {@code --ingest URL} and {@code --realm URL} point elsewhere than the ports of {@code ./disclosure up}.
 */
final class NationalApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String realmUrl;
    private String token;

    NationalApi(List<String> args) {
        this.ingestUrl = option(args, "--ingest", "http://localhost:" + PlatformPorts.defaults().ingest());
        this.realmUrl = option(args, "--realm", "http://localhost:" + PlatformPorts.defaults().keycloak()
                + "/realms/disclosure");
    }

    /** The arguments without the {@code --ingest}/{@code --realm} options and their values. */
    static List<String> positional(List<String> args) {
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--ingest") || args.get(i).equals("--realm")) {
                i++;
            } else {
                rest.add(args.get(i));
            }
        }
        return rest;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(ingestUrl + path)).GET(), "GET " + path);
    }

    JsonNode post(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(ingestUrl + path)).POST(HttpRequest.BodyPublishers.noBody()),
                "POST " + path);
    }

    private JsonNode send(HttpRequest.Builder request, String what) throws IOException, InterruptedException {
        if (token == null) token = Tokens.password(realmUrl, DemoUsers.CLI_CLIENT, "national", "national");
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new ApiException(what + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        return body == null || body.isBlank() ? CanonicalJson.mapper().nullNode()
                : CanonicalJson.mapper().readTree(body);
    }

    /** The items of a list answer: a JSON array, or an object with {@code items}. */
    static List<JsonNode> items(JsonNode answer) {
        JsonNode list = answer.isArray() ? answer : answer.path("items");
        List<JsonNode> items = new java.util.ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    /** The first present field of the names, as text ("" if none). */
    static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) return value.isValueNode() ? value.asText() : value.toString();
        }
        return "";
    }

    private static String option(List<String> args, String name, String fallback) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : fallback;
    }

    /** The API refused or failed: its status and body. */
    static final class ApiException extends IOException {
        ApiException(String message) {
            super(message);
        }
    }
}
