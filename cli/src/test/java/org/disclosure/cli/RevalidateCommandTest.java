package org.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./disclosure revalidate} against validate-service's job API as the service answers it
 * (RevalidationResourceTest checks the service side): POST 202 with the job and its Location, then GET until the
 * job is done or failed; 409 with the running job, which is followed; a token that expires is fetched again.
 */
class RevalidateCommandTest {

    private static final String JOB = "7d0c3f5e-2b1a-4c6d-9e8f-0a1b2c3d4e5f";

    private HttpServer server;
    private String url;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger tokens = new AtomicInteger();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        url = "http://localhost:" + server.getAddress().getPort();
        server.createContext("/realms/disclosure/protocol/openid-connect/token", exchange ->
                answer(exchange, 200, "{\"access_token\":\"token-" + tokens.incrementAndGet() + "\"}", null));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void startsTheJobAndFollowsItToTheEnd() {
        List<String> states = new ArrayList<>(List.of(job("running", 0), job("running", 1200), job("done", 2000)));
        serveJobs(202, states, false);

        assertEquals(0, run());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("started re-validation " + JOB), printed);
        assertTrue(printed.contains("1,200 of 2,000 reports published"), printed);
        assertTrue(printed.contains("re-validated 2,000 reports with rule set rules-7"), printed);
        assertEquals(List.of("POST /api/revalidations", "GET /api/revalidations/" + JOB,
                "GET /api/revalidations/" + JOB, "GET /api/revalidations/" + JOB), requests);
    }

    @Test
    void followsTheJobAlreadyRunningAndReportsItsFailure() {
        serveJobs(409, new ArrayList<>(List.of(job("failed", 500))), false);

        assertEquals(1, run());

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("running already"), out.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("failed after 500 reports: broker away"),
                err.toString());
    }

    @Test
    void aTokenThatExpiredDuringTheJobIsFetchedAgain() {
        serveJobs(202, new ArrayList<>(List.of(job("running", 10), job("done", 2000))), true);

        assertEquals(0, run());
        assertEquals(2, tokens.get(), "one token, then a new one after the 401");
    }

    @Test
    void anUnreachablePlatformFailsWithExitCodeOne() {
        String nowhere = "http://localhost:" + PlatformPorts.freePort();
        assertEquals(1, new RevalidateCommand(new PrintStream(out), new PrintStream(err))
                .run(List.of("--validate", nowhere, "--realm", nowhere)));
    }

    private int run() {
        return new RevalidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--validate", url, "--realm", url + "/realms/disclosure", "--every", "0.01"));
    }

    /** POST answers {@code status}, each GET the next of {@code states}; {@code expireOnce}: the first GET is 401. */
    private void serveJobs(int status, List<String> states, boolean expireOnce) {
        AtomicInteger gets = new AtomicInteger();
        server.createContext("/api/revalidations", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            if (!exchange.getRequestHeaders().getFirst("Authorization").startsWith("Bearer token-")) {
                answer(exchange, 401, "", null);
            } else if (exchange.getRequestMethod().equals("POST")) {
                answer(exchange, status, job("running", 0), url + "/api/revalidations/" + JOB);
            } else if (expireOnce && gets.getAndIncrement() == 0) {
                answer(exchange, 401, "", null);
            } else {
                answer(exchange, 200, states.size() > 1 ? states.removeFirst() : states.getFirst(), null);
            }
        });
    }

    private static String job(String state, long reports) {
        return "{\"id\":\"" + JOB + "\",\"state\":\"" + state + "\",\"ruleSetVersion\":\"rules-7\",\"storedReports\":2000,"
                + "\"reports\":" + reports + ",\"startedAt\":\"2026-11-28T00:00:00Z\",\"finishedAt\":"
                + (state.equals("running") ? "null" : "\"2026-11-28T00:01:00Z\"") + ",\"reason\":"
                + (state.equals("failed") ? "\"broker away\"" : "null") + "}";
    }

    private static void answer(HttpExchange exchange, int status, String body, String location) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (location != null) exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
