package org.disclosure.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.disclosure.devstack.Tokens;

/**
 * {@code ./disclosure revalidate}: asks a running validate-service to validate every stored report again with
 * the current rule set (as user {@code national}); stats-service follows with the new findings.
 */
final class RevalidateCommand {

    int run(List<String> args) {
        String validateUrl = option(args, "--validate", "http://localhost:" + PlatformPorts.defaults().validate());
        String realmUrl = option(args, "--realm", "http://localhost:" + PlatformPorts.defaults().keycloak()
                + "/realms/disclosure");
        try {
            String token = Tokens.password(realmUrl, DemoUsers.CLI_CLIENT, "national", "national");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(validateUrl + "/api/revalidations"))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println(response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("revalidate: the platform is not reachable (is ./disclosure up running?): "
                    + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : fallback;
    }
}
