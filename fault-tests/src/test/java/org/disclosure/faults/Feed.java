package org.disclosure.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.disclosure.contracts.CanonicalJson;

/**
 * A submission feed: uploads reports one after the other on its own thread, as a clerk, and — like a real feed —
 * tries an upload again (every 500 ms) when ingest-service cannot be reached, times out or answers 5xx. A 4xx
 * answer ends the feed with the service's reason. A retried upload that did reach ingest the first time is
 * answered as a duplicate with the same id, which is what a retrying feed relies on.
 */
public final class Feed {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);

    /**
     * One report file: a sample with a line that makes its bytes unique; {@code sample} tells the agency;
     * {@code regionCode} is sent with the upload when not null (a scan, whose region ingest cannot read).
     */
    public record Report(String name, byte[] bytes, int sample, String regionCode) {

        public Report(String name, byte[] bytes, int sample) {
            this(name, bytes, sample, null);
        }
    }

    /** An accepted upload. */
    public record Submitted(Report report, String id, Instant acceptedAt, int tries) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String ingestUrl;
    private final String token;
    private final List<Report> reports;
    private final Duration pacing;
    private final List<Submitted> submitted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile int retries;

    private Feed(String ingestUrl, String token, List<Report> reports, Duration pacing) {
        this.ingestUrl = ingestUrl;
        this.token = token;
        this.reports = List.copyOf(reports);
        this.pacing = pacing;
        this.thread = new Thread(this::run, "feed");
        thread.setDaemon(true);
    }

    /** Starts uploading the reports in order, {@code pacing} apart. */
    public static Feed start(String ingestUrl, String token, List<Report> reports, Duration pacing) {
        Feed feed = new Feed(ingestUrl, token, reports, pacing);
        feed.thread.start();
        return feed;
    }

    /**
     * {@code m} distinct valid reports: the five samples in turn (five agencies of 黑龙江省 and 宁夏), each with a
     * narrative line naming the scenario and its number, so that no two have the same bytes.
     */
    static List<Report> reports(String scenario, int m) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(FaultSuite.HOME.resolve("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int sample = i % samples.size();
            byte[] original = Files.readAllBytes(samples.get(sample));
            String line = "\n\n本报告为故障测试 " + scenario + " 的第 " + (i + 1) + " 份提交（运行 " + run + "）。\n";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(original);
            bytes.write(line.getBytes(StandardCharsets.UTF_8));
            reports.add(new Report(scenario + "-" + (i + 1) + "-" + samples.get(sample).getFileName(),
                    bytes.toByteArray(), sample));
        }
        return reports;
    }

    private void run() {
        try {
            for (Report report : reports) {
                submitted.add(upload(report));
                Thread.sleep(pacing.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    private Submitted upload(Report report) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        String lastProblem = null;
        for (int tries = 1; ; tries++) {
            try {
                HttpResponse<String> response = http.send(request(report), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    JsonNode receipt = CanonicalJson.mapper().readTree(response.body());
                    if (response.statusCode() == 200 && tries == 1) {
                        throw new IllegalStateException(report.name() + " was answered as a duplicate on its first"
                                + " upload: the test reports are not distinct: " + response.body());
                    }
                    return new Submitted(report, receipt.path("id").asText(), Instant.now(), tries);
                }
                if (response.statusCode() < 500) {
                    throw new IllegalStateException("ingest-service refused " + report.name() + " with HTTP "
                            + response.statusCode() + ": " + response.body());
                }
                lastProblem = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            retries++;
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the feed gave up on " + report.name() + " after " + tries
                        + " tries in " + GIVE_UP_AFTER.toMinutes() + " min; last problem: " + lastProblem);
            }
            Thread.sleep(500);
        }
    }

    private HttpRequest request(Report report) throws IOException {
        String boundary = "fault-tests-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (report.regionCode() != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"regionCode\"\r\n\r\n"
                    + report.regionCode() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String type = report.name().endsWith(".pdf") ? "application/pdf" : "text/plain";
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + report.name() + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(report.bytes());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(ingestUrl + "/api/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    /** How many uploads were accepted so far. */
    int accepted() {
        return submitted.size();
    }

    /** The i-th accepted upload (call {@link #awaitAccepted} first). */
    Submitted submitted(int i) {
        return submitted.get(i);
    }

    /** How often an upload had to be tried again. */
    int retries() {
        return retries;
    }

    /** Waits until at least {@code n} uploads were accepted. */
    void awaitAccepted(int n, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (accepted() < n) {
            rethrow();
            if (!thread.isAlive() && accepted() < n) {
                throw new AssertionError("the feed stopped after " + accepted() + " of " + reports.size()
                        + " uploads");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + accepted() + " of " + n + " uploads were accepted within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Waits until every report was accepted; the submissions in upload order. */
    public List<Submitted> awaitAll(Duration timeout) throws InterruptedException {
        awaitAccepted(reports.size(), timeout);
        thread.join(timeout.toMillis());
        rethrow();
        synchronized (submitted) {
            return List.copyOf(submitted);
        }
    }

    private void rethrow() {
        Throwable e = failure.get();
        if (e != null) throw new AssertionError("the feed failed: " + e.getMessage(), e);
    }
}
