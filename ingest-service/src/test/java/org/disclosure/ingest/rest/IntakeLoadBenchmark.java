package org.disclosure.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Uploads accepted per second by one ingest instance (issue 16), against the real Kafka, PostgreSQL and Keycloak
 * the tests start: distinct text reports (sample 001 with a line of their own) sent by C clients in a closed loop,
 * each the next as soon as the last is answered, with a submitter's token. A warm-up round first, then the measured
 * one. Not in the default run (its name is no *Test); ingest-service/README.md, "Performance: ingest":
 *
 * <pre>
 * ./mvnw -o -q -pl ingest-service -am verify -Djazzer.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=IntakeLoadBenchmark [-Dbenchmark.uploads=4000] [-Dbenchmark.concurrency=16]
 * </pre>
 *
 * The service, the Kafka broker and this client share one JVM here, so the rate is that of ingest with a third
 * of the machine's work beside it, not of ingest alone.
 */
@QuarkusTest
class IntakeLoadBenchmark {

    private static final String BOUNDARY = "intake-load-benchmark";

    @TestHTTPResource("/api/submissions")
    URI submissions;

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @Test
    void uploadsAcceptedPerSecond() throws Exception {
        int uploads = Integer.getInteger("benchmark.uploads", 4000);
        int concurrency = Integer.getInteger("benchmark.concurrency", 16);
        String sample = Files.readString(Path.of("../samples/001_467670f9828e7222.txt"), StandardCharsets.UTF_8);

        Round warmUp = round(sample, Math.max(500, uploads / 4), concurrency);
        Round measured = round(sample, uploads, concurrency);
        System.out.printf(Locale.ROOT, "%nintake benchmark: %d clients, %.1f KB per report%n", concurrency,
                sample.getBytes(StandardCharsets.UTF_8).length / 1024.0);
        System.out.printf(Locale.ROOT, "  warm-up  %s%n  measured %s%n%n", warmUp, measured);
        assertEquals(Map.of(201, uploads), measured.statuses(), "every distinct report is accepted as new");
    }

    private Round round(String sample, int uploads, int concurrency) throws InterruptedException {
        String token = tokens.clerk();
        String run = UUID.randomUUID().toString();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < uploads; i = next.getAndIncrement()) {
                        statuses.merge(upload(token, report(sample, run, i)), 1, Integer::sum);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Round(uploads, seconds, (processCpuNanos() - cpuBefore) / 1e9, Map.copyOf(statuses));
    }

    private static byte[] report(String sample, String run, int index) {
        return (sample + "\n（压力测试 " + run + " 第 " + index + " 份）\n").getBytes(StandardCharsets.UTF_8);
    }

    private int upload(String token, byte[] report) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(report.length + 256);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(report);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(submissions).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One round: how many, how long, the CPU this JVM spent, and the answers by HTTP status. */
    private record Round(int uploads, double seconds, double cpuSeconds, Map<Integer, Integer> statuses) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5d uploads in %6.2f s: %6.1f accepted/s, %5.2f ms CPU per upload "
                    + "(this JVM), answers %s", uploads, seconds, statuses.getOrDefault(201, 0) / seconds,
                    cpuSeconds * 1000 / uploads, statuses);
        }
    }
}
