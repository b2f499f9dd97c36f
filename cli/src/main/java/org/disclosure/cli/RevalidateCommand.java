package org.disclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.devstack.Tokens;

/**
 * {@code ./disclosure revalidate}: asks a running validate-service to validate every stored report again with the
 * current rule set (as user {@code national}; stats-service follows with the new findings) and follows the job to
 * its end, printing the reports published so far. When a re-validation is running already (HTTP 409), that job is
 * followed instead of starting another. Exit code 0 when the job is done, 1 when it failed or the platform is not
 * reachable. {@code --validate URL} and {@code --realm URL} point elsewhere than {@code ./disclosure up}'s ports,
 * {@code --every SECONDS} sets how often the job is read (2).
 */
final class RevalidateCommand {

    private static final String JOBS = "/api/revalidations";
    /** Consecutive failed reads of the job (the service restarting, say) after which the command gives up. */
    private static final int UNREACHABLE_READS = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream out;
    private final PrintStream err;
    private String realmUrl;
    private String token;

    RevalidateCommand() {
        this(System.out, System.err);
    }

    RevalidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        String validateUrl = option(args, "--validate", "http://localhost:" + PlatformPorts.defaults().validate());
        realmUrl = option(args, "--realm", "http://localhost:" + PlatformPorts.defaults().keycloak()
                + "/realms/disclosure");
        Duration every = Duration.ofMillis((long) (Double.parseDouble(option(args, "--every", "2")) * 1000));
        try {
            HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(validateUrl + JOBS))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (started.statusCode() != 202 && started.statusCode() != 409) {
                err.println("revalidate: validate-service answered HTTP " + started.statusCode() + ": "
                        + started.body());
                return 1;
            }
            JsonNode job = CanonicalJson.mapper().readTree(started.body());
            URI location = URI.create(validateUrl + JOBS + "/").resolve(started.headers().firstValue("Location")
                    .orElse(job.path("id").asText()));
            out.printf("%s re-validation %s with rule set %s: %,d reports stored%n",
                    started.statusCode() == 202 ? "started" : "a re-validation is running already, following",
                    job.path("id").asText(), job.path("ruleSetVersion").asText(), job.path("storedReports").asLong());
            return follow(location, every);
        } catch (IOException | RuntimeException e) {
            err.println("revalidate: the platform is not reachable (is ./disclosure up running?): " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Reads the job every {@code every} until it is done (0) or failed (1), printing its progress when it moves. */
    private int follow(URI job, Duration every) throws InterruptedException {
        long since = System.nanoTime();
        long printed = -1;
        int unreachable = 0;
        while (true) {
            Thread.sleep(every.toMillis());
            JsonNode state;
            try {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(job).GET());
                if (answer.statusCode() != 200) {
                    err.println("revalidate: reading " + job + " answered HTTP " + answer.statusCode() + ": "
                            + answer.body());
                    return 1;
                }
                state = CanonicalJson.mapper().readTree(answer.body());
                unreachable = 0;
            } catch (IOException e) {
                if (++unreachable >= UNREACHABLE_READS) {
                    err.println("revalidate: " + job + " unreachable " + unreachable + " times in a row: "
                            + e.getMessage());
                    return 1;
                }
                continue;
            }
            long reports = state.path("reports").asLong();
            double seconds = (System.nanoTime() - since) / 1e9;
            switch (state.path("state").asText()) {
                case "done" -> {
                    out.printf("re-validated %,d reports with rule set %s (started %s, finished %s)%n", reports,
                            state.path("ruleSetVersion").asText(), state.path("startedAt").asText(),
                            state.path("finishedAt").asText());
                    return 0;
                }
                case "failed" -> {
                    err.printf("revalidate: the re-validation failed after %,d reports: %s%n", reports,
                            state.path("reason").asText());
                    return 1;
                }
                default -> {
                    if (reports != printed) {
                        out.printf("  %,d of %,d reports published (%.0f/s)%n", reports,
                                state.path("storedReports").asLong(), reports / seconds);
                        printed = reports;
                    }
                }
            }
        }
    }

    /** Sends as user national; a token that expired during a long job is fetched again once. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (token == null) token = Tokens.password(realmUrl, DemoUsers.CLI_CLIENT, "national", "national");
        HttpResponse<String> answer = http.send(authorized(request), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 401) return answer;
        token = Tokens.password(realmUrl, DemoUsers.CLI_CLIENT, "national", "national");
        return http.send(authorized(request), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest authorized(HttpRequest.Builder request) {
        return request.setHeader("Authorization", "Bearer " + token).setHeader("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
    }

    private static String option(List<String> args, String name, String fallback) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : fallback;
    }
}
