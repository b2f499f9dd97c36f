package org.disclosure.cli;

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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.devstack.Tokens;

/**
 * {@code ./disclosure load}: offers generated reports ({@link ReportGenerator}) to a running platform through
 * the public API as a feed does (client-credentials token, {@code POST /api/submissions}), follows each to
 * {@code stored} or a failed stage, and prints what the platform sustained: offered, accepted and end-to-end
 * rates, submit→stored latency percentiles, failures by stage, CPU seconds and peak resident memory per process.
 */
final class LoadCommand {

    private static final String USAGE = """
            usage: ./disclosure load [--reports N] [--concurrency C | --rate R] [--seed S] [--defects SHARE]
                                     [--feed CLIENT] [--secret SECRET] [--timeout SECONDS] [--out FILE.json]
                                     [--ingest URL] [--realm URL] [--stats URL]
              --reports N       distinct reports to submit (default 200)
              --concurrency C   closed loop: C clients, each submits its next report as soon as the last is accepted
                                (default 8)
              --rate R          open loop: R submissions per second whatever the answers, for latency
              --seed S          the same seed makes the same reports (default: from the clock, printed)
              --defects SHARE   share of reports with a planted defect (default 0.2)
              --feed CLIENT     the feed's client id (default feed-heilongjiang; secret CLIENT-secret)
              --timeout SECONDS how long to wait for the pipeline after the last upload (default 1800)
            """;

    private static final Duration POLL_EVERY = Duration.ofSeconds(1);
    private static final int WINDOW = 16;
    private static final int SWEEP = 2;
    private static final int POLLERS = 4;

    /** What happened to one report. */
    private static final class Submission {
        final ReportGenerator.Report report;
        volatile Instant sent;
        volatile Instant answered;
        volatile int status;
        volatile String id;
        volatile boolean duplicate;
        volatile String stage = "";
        volatile String reason;
        volatile Instant stored;
        volatile Instant finished;

        Submission(ReportGenerator.Report report) {
            this.report = report;
        }

        boolean done() {
            return finished != null;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private String ingestUrl;
    private FeedToken token;
    /** Status requests sent while following (ingest's CPU per report includes answering them). */
    private final java.util.concurrent.atomic.AtomicLong statusRequests = new java.util.concurrent.atomic.AtomicLong();

    int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(USAGE);
            return 0;
        }
        PlatformPorts ports = PlatformPorts.defaults();
        Map<String, String> options = options(args);
        int reports = intOption(options, "reports", 200);
        boolean open = options.containsKey("rate");
        if (open && options.containsKey("concurrency")) throw new UsageException("load: --concurrency or --rate, not both\n" + USAGE);
        int concurrency = intOption(options, "concurrency", 8);
        double rate = number(options, "rate", 0);
        long seed = options.containsKey("seed") ? (long) number(options, "seed", 0) : System.currentTimeMillis() % 1_000_000;
        double defects = number(options, "defects", 0.2);
        if (defects < 0 || defects > 1) throw new UsageException("load: --defects is a share between 0 and 1\n" + USAGE);
        String feed = options.getOrDefault("feed", "feed-heilongjiang");
        String secret = options.getOrDefault("secret", feed + "-secret");
        Duration timeout = Duration.ofSeconds(intOption(options, "timeout", 1800));
        ingestUrl = options.getOrDefault("ingest", "http://localhost:" + ports.ingest());
        String realmUrl = options.getOrDefault("realm", "http://localhost:" + ports.keycloak() + "/realms/disclosure");
        String statsUrl = options.getOrDefault("stats", "http://localhost:" + ports.stats());
        if (reports < 1 || concurrency < 1 || (open && rate <= 0)) throw new UsageException("load: counts and rates must be positive\n" + USAGE);

        for (String url : List.of(ingestUrl, statsUrl)) {
            if (!ready(url)) {
                System.err.println("load: " + url + " is not ready; start the platform first (./disclosure up)");
                return 1;
            }
        }
        try {
            token = new FeedToken(realmUrl, feed, secret);
        } catch (IllegalStateException e) {
            System.err.println("load: no token for " + feed + ": " + e.getMessage());
            return 1;
        }
        List<String> regions = token.regions();
        long generating = System.nanoTime();
        List<ReportGenerator.Report> generated;
        try {
            generated = new ReportGenerator(seed, regions, defects).generate(reports);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            return 2;
        }
        long generatedMillis = (System.nanoTime() - generating) / 1_000_000;
        long bytes = generated.stream().mapToLong(r -> r.bytes().length).sum();
        String mode = open ? String.format(Locale.ROOT, "open loop, %.1f submissions/s", rate)
                : "closed loop, " + concurrency + " clients";
        System.out.printf(Locale.ROOT, "load: %d reports (seed %d, %.0f%% with a planted defect) as %s (regions %s), %s%n",
                reports, seed, defects * 100, feed, regions, mode);
        System.out.printf(Locale.ROOT, "generated in %d ms, %.1f KB per report on average%n", generatedMillis,
                bytes / 1024.0 / reports);

        ProcessMeter meter = ProcessMeter.find(URI.create(ingestUrl).getPort(), ports.postgres());
        if (meter == null) System.out.println("no ./disclosure up process found: CPU and memory are not measured");
        double loadBefore = ProcessMeter.loadAverage();
        List<Submission> submissions = generated.stream().map(Submission::new).toList();
        Map<String, Submission> pending = new ConcurrentHashMap<>();
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        if (meter != null) meter.start();
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        if (meter != null) {
            background.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    meter.sample();
                    Thread.sleep(1000);
                }
                return null;
            });
        }
        AtomicInteger uploadsLeft = new AtomicInteger(reports);
        background.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(10_000);
                progress(submissions, pending, startNanos);
            }
            return null;
        });
        background.submit(() -> {
            poll(pending, uploadsLeft);
            return null;
        });
        try {
            if (open) offerAtRate(submissions, rate, pending, uploadsLeft);
            else offerClosed(submissions, concurrency, pending, uploadsLeft);
            Instant uploadsDone = Instant.now();
            Instant deadline = uploadsDone.plus(timeout);
            while (!pending.isEmpty() && Instant.now().isBefore(deadline)) Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            background.shutdownNow();
        }
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Object> result = report(submissions, started, wall, meter, loadBefore);
        result.put("reports", reports);
        result.put("statusRequests", statusRequests.get());
        System.out.printf(Locale.ROOT, "status requests (GET /api/submissions/{id}): %d, %.1f per report%n",
                statusRequests.get(), statusRequests.get() / (double) reports);
        result.put("seed", seed);
        result.put("defectShare", defects);
        result.put("feed", feed);
        result.put("regions", regions);
        result.put("mode", open ? "open" : "closed");
        if (open) result.put("rate", rate);
        else result.put("concurrency", concurrency);
        result.put("generationMillis", generatedMillis);
        result.put("averageReportBytes", bytes / reports);
        result.put("ingest", ingestUrl);
        if (options.containsKey("out")) {
            try {
                Path out = Path.of(options.get("out"));
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
                System.out.println("written to " + out);
            } catch (IOException e) {
                System.err.println("load: cannot write " + options.get("out") + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static void progress(List<Submission> submissions, Map<String, Submission> pending, long startNanos) {
        int sent = 0;
        int stored = 0;
        int failed = 0;
        for (Submission s : submissions) {
            if (s.sent != null) sent++;
            if (s.stored != null) stored++;
            else if (s.done()) failed++;
        }
        System.out.printf(Locale.ROOT, "  %4.0f s: sent %d, in the pipeline %d, stored %d, failed %d%n",
                (System.nanoTime() - startNanos) / 1e9, sent, pending.size(), stored, failed);
    }

    // ---- offering -------------------------------------------------------------------------------------

    private void offerClosed(List<Submission> submissions, int clients, Map<String, Submission> pending,
            AtomicInteger uploadsLeft) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < submissions.size(); i = next.getAndIncrement()) {
                        upload(submissions.get(i), pending);
                        uploadsLeft.decrementAndGet();
                    }
                });
            }
        }
    }

    private void offerAtRate(List<Submission> submissions, double rate, Map<String, Submission> pending,
            AtomicInteger uploadsLeft) throws InterruptedException {
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < submissions.size(); i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                Submission submission = submissions.get(i);
                pool.submit(() -> {
                    upload(submission, pending);
                    uploadsLeft.decrementAndGet();
                });
            }
        }
    }

    private void upload(Submission submission, Map<String, Submission> pending) {
        String boundary = "disclosure-load-" + submission.report.index();
        ByteArrayOutputStream body = new ByteArrayOutputStream(submission.report.bytes().length + 256);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + submission.report.fileName() + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(submission.report.bytes());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        submission.sent = Instant.now();
        try {
            for (int attempt = 0; ; attempt++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/submissions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token.get())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 && attempt == 0) {
                    token.expire();
                    continue;
                }
                submission.answered = Instant.now();
                submission.status = response.statusCode();
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    JsonNode receipt = CanonicalJson.mapper().readTree(response.body());
                    submission.id = receipt.path("id").asText();
                    submission.duplicate = receipt.path("duplicate").asBoolean();
                    submission.stage = receipt.path("stage").asText("received");
                    pending.put(submission.id, submission);
                } else {
                    fail(submission, "upload", "HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
                }
                return;
            }
        } catch (IOException | RuntimeException e) {
            submission.answered = Instant.now();
            fail(submission, "upload", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(submission, "upload", "interrupted");
        }
    }

    private static void fail(Submission submission, String stage, String reason) {
        submission.stage = stage;
        submission.reason = reason;
        submission.finished = Instant.now();
    }

    // ---- following ------------------------------------------------------------------------------------

    /**
     * Asks ingest for the stage of the submissions not finished yet, cheaply: each round (every {@link #POLL_EVERY})
     * the oldest ones, {@link #POLLERS} at a time, going on to the next {@link #POLLERS} only while all of the last
     * had finished (the pipeline finishes the oldest first), up to {@link #WINDOW}; and {@link #SWEEP} of the rest
     * in turn, which finds those that overtook the oldest. So ingest answers about one status request per report
     * finished and a few a second besides, however slow the pipeline is: at a fixed 20 requests a second, a slow run
     * charged ingest with 15 status requests per report stored. The stored time is the one ingest recorded, so how
     * often a submission is asked about does not change the latency measured, only how soon the run notices its end.
     */
    private void poll(Map<String, Submission> pending, AtomicInteger uploadsLeft) throws InterruptedException {
        int cursor = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            while (!Thread.currentThread().isInterrupted()) {
                long round = System.nanoTime();
                List<Submission> waiting = pending.values().stream()
                        .sorted(java.util.Comparator.comparing((Submission s) -> s.sent)).toList();
                int oldest = Math.min(WINDOW, waiting.size());
                for (int from = 0; from < oldest; from += POLLERS) {
                    List<Submission> next = waiting.subList(from, Math.min(from + POLLERS, oldest));
                    askAll(pool, next, pending);
                    if (!next.stream().allMatch(Submission::done)) break;
                }
                List<Submission> rest = waiting.subList(oldest, waiting.size());
                List<Submission> sweep = new ArrayList<>();
                for (int i = 0; i < Math.min(SWEEP, rest.size()); i++) sweep.add(rest.get((cursor + i) % rest.size()));
                cursor += SWEEP;
                askAll(pool, sweep, pending);
                long left = POLL_EVERY.toNanos() - (System.nanoTime() - round);
                if (left > 0) TimeUnit.NANOSECONDS.sleep(left);
            }
        }
    }

    /** Asks about these submissions at once and returns when every answer is in. */
    private void askAll(ExecutorService pool, List<Submission> submissions, Map<String, Submission> pending)
            throws InterruptedException {
        List<java.util.concurrent.Future<?>> asked = new ArrayList<>();
        for (Submission submission : submissions) asked.add(pool.submit(() -> status(submission, pending)));
        for (java.util.concurrent.Future<?> answer : asked) {
            try {
                answer.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // asked again on the next round
            }
        }
    }

    private void status(Submission submission, Map<String, Submission> pending) {
        statusRequests.incrementAndGet();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/submissions/" + submission.id))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token.get()).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                token.expire();
                return;
            }
            if (response.statusCode() != 200) return; // asked again on the next round
            JsonNode view = CanonicalJson.mapper().readTree(response.body());
            submission.stage = view.path("stage").asText();
            if (submission.stage.equals("stored")) {
                submission.stored = storedAt(view);
                submission.finished = Instant.now();
                pending.remove(submission.id);
            } else if (view.path("failed").asBoolean()) {
                submission.reason = view.path("reason").asText();
                submission.finished = Instant.now();
                pending.remove(submission.id);
            }
        } catch (IOException | RuntimeException e) {
            // asked again on the next round
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant storedAt(JsonNode view) {
        Instant at = null;
        for (JsonNode step : view.path("history")) {
            if (step.path("stage").asText().equals("stored")) at = Instant.parse(step.path("at").asText());
        }
        return at != null ? at : Instant.parse(view.path("updatedAt").asText(Instant.now().toString()));
    }

    // ---- the result -----------------------------------------------------------------------------------

    private static Map<String, Object> report(List<Submission> submissions, Instant started, double wall,
            ProcessMeter meter, double loadBefore) {
        Map<String, Object> result = new LinkedHashMap<>();
        Instant lastSent = started;
        Instant lastAnswer = started;
        Instant lastStored = started;
        int accepted = 0;
        int duplicates = 0;
        List<Double> latencies = new ArrayList<>();
        List<Double> uploadLatencies = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        Map<String, String> failureExamples = new TreeMap<>();
        for (Submission s : submissions) {
            if (s.sent == null) {
                failures.merge("not sent", 1, Integer::sum);
                continue;
            }
            if (s.sent.isAfter(lastSent)) lastSent = s.sent;
            if (s.answered != null && s.answered.isAfter(lastAnswer)) lastAnswer = s.answered;
            if (s.answered != null) uploadLatencies.add(millis(s.sent, s.answered));
            if (s.id != null) {
                accepted++;
                if (s.duplicate) duplicates++;
            }
            if (s.stored != null) {
                if (s.stored.isAfter(lastStored)) lastStored = s.stored;
                if (!s.duplicate) latencies.add(millis(s.sent, s.stored));
            } else {
                String stage = s.done() ? s.stage : "unfinished (" + s.stage + ")";
                failures.merge(stage, 1, Integer::sum);
                if (s.reason != null) failureExamples.putIfAbsent(stage, abbreviate(s.reason));
            }
        }
        int stored = submissions.size() - failures.values().stream().mapToInt(Integer::intValue).sum();
        double offerSeconds = Math.max(1e-3, millis(started, lastSent) / 1000);
        double acceptSeconds = Math.max(1e-3, millis(started, lastAnswer) / 1000);
        double storeSeconds = Math.max(1e-3, millis(started, lastStored) / 1000);
        result.put("offered", submissions.size());
        result.put("offeredPerSecond", round(submissions.size() / offerSeconds));
        result.put("accepted", accepted);
        result.put("duplicates", duplicates);
        result.put("acceptedPerSecond", round(accepted / acceptSeconds));
        result.put("stored", stored);
        result.put("storedPerSecond", round(stored / storeSeconds));
        result.put("failures", failures);
        result.put("failureExamples", failureExamples);
        result.put("uploadMillis", percentiles(uploadLatencies));
        result.put("submitToStoredMillis", percentiles(latencies));
        result.put("wallSeconds", round(wall));
        result.put("loadAverageBefore", loadBefore);
        result.put("loadAverageAfter", ProcessMeter.loadAverage());
        result.put("cpuCores", Runtime.getRuntime().availableProcessors());

        System.out.println();
        System.out.printf(Locale.ROOT, "%-28s %8s %10s%n", "", "reports", "per second");
        System.out.printf(Locale.ROOT, "%-28s %8d %10.1f%n", "offered", submissions.size(), submissions.size() / offerSeconds);
        System.out.printf(Locale.ROOT, "%-28s %8d %10.1f%s%n", "accepted (201/200)", accepted, accepted / acceptSeconds,
                duplicates > 0 ? "   (" + duplicates + " duplicates)" : "");
        System.out.printf(Locale.ROOT, "%-28s %8d %10.1f%n", "stored (end to end)", stored, stored / storeSeconds);
        System.out.printf(Locale.ROOT, "%-28s %8d %s%n", "failed or unfinished", submissions.size() - stored,
                failures.isEmpty() ? "" : "  " + failures);
        failureExamples.forEach((stage, reason) -> System.out.println("  e.g. " + stage + ": " + reason));
        System.out.println();
        printPercentiles("upload (POST) ms", uploadLatencies);
        printPercentiles("submit → stored ms", latencies);
        System.out.printf(Locale.ROOT, "%nrun %.1f s; load average %.1f before, %.1f after, %d cores%n", wall, loadBefore,
                ProcessMeter.loadAverage(), Runtime.getRuntime().availableProcessors());
        if (meter != null) {
            meter.sample();
            Map<String, Double> cpu = meter.cpuSeconds();
            Map<String, Long> rss = meter.peakRssKiB();
            Map<String, Long> hwm = meter.peakHwmKiB();
            Map<String, Integer> count = meter.processes();
            Map<String, Object> processes = new LinkedHashMap<>();
            System.out.printf(Locale.ROOT, "%n%-26s %10s %8s %13s %14s %6s%n", "process (up pid " + meter.root() + ")",
                    "CPU s", "CPU %", "peak RSS MB", "max VmHWM MB", "procs");
            double cpuTotal = 0;
            long rssTotal = 0;
            for (String group : cpu.keySet()) {
                double seconds = cpu.get(group);
                long rssKiB = rss.getOrDefault(group, 0L);
                System.out.printf(Locale.ROOT, "%-26s %10.1f %8.0f %13.0f %14.0f %6d%n", group, seconds, 100 * seconds / wall,
                        rssKiB / 1024.0, hwm.getOrDefault(group, 0L) / 1024.0, count.getOrDefault(group, 0));
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("cpuSeconds", round(seconds));
                values.put("cpuPercent", round(100 * seconds / wall));
                values.put("peakRssMiB", round(rssKiB / 1024.0));
                values.put("maxVmHwmMiB", round(hwm.getOrDefault(group, 0L) / 1024.0));
                values.put("processes", count.getOrDefault(group, 0));
                processes.put(group, values);
                if (!group.equals(ProcessMeter.LOAD)) {
                    cpuTotal += seconds;
                    rssTotal += rssKiB;
                }
            }
            System.out.printf(Locale.ROOT, "%-26s %10.1f %8.0f %13.0f%n", "platform total", cpuTotal, 100 * cpuTotal / wall,
                    rssTotal / 1024.0);
            if (stored > 0) {
                System.out.printf(Locale.ROOT, "platform CPU per stored report: %.0f ms%n", 1000 * cpuTotal / stored);
            }
            System.out.println("(peak RSS: highest sampled sum over the group's processes, every second; PostgreSQL as PSS,"
                    + " its backends share memory; VmHWM: the largest peak of one process since it started)");
            result.put("processes", processes);
            result.put("platformCpuSeconds", round(cpuTotal));
            result.put("platformCpuMillisPerStoredReport", stored > 0 ? round(1000 * cpuTotal / stored) : null);
        }
        return result;
    }

    private static void printPercentiles(String what, List<Double> values) {
        Map<String, Double> p = percentiles(values);
        if (p.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-22s none%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "%-22s p50 %7.0f   p95 %7.0f   p99 %7.0f   max %7.0f%n", what, p.get("p50"),
                p.get("p95"), p.get("p99"), p.get("max"));
    }

    static Map<String, Double> percentiles(Collection<Double> values) {
        Map<String, Double> result = new LinkedHashMap<>();
        if (values.isEmpty()) return result;
        List<Double> sorted = values.stream().sorted().toList();
        for (int p : new int[] {50, 95, 99}) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            result.put("p" + p, round(sorted.get(Math.max(0, rank))));
        }
        result.put("max", round(sorted.getLast()));
        result.put("count", (double) sorted.size());
        return result;
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private boolean ready(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- arguments ------------------------------------------------------------------------------------

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("reports", "concurrency", "rate", "seed", "defects", "feed", "secret", "timeout",
                "out", "ingest", "realm", "stats");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : "";
            String value = null;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (!known.contains(name)) throw new UsageException("load: unknown argument '" + arg + "'\n" + USAGE);
            if (value == null) {
                if (i + 1 >= args.size()) throw new UsageException("load: " + arg + " needs a value\n" + USAGE);
                value = args.get(++i);
            }
            options.put(name, value);
        }
        return options;
    }

    private static double number(Map<String, String> options, String name, double fallback) {
        try {
            return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new UsageException("load: --" + name + " must be a number, not '" + options.get(name) + "'\n" + USAGE);
        }
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        try {
            return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new UsageException("load: --" + name + " must be a whole number, not '" + options.get(name) + "'\n" + USAGE);
        }
    }

    /** A feed's client-credentials token, fetched again shortly before it expires (or when refused). */
    private static final class FeedToken {
        private static final long MARGIN_SECONDS = 30;
        private final String realmUrl;
        private final String client;
        private final String secret;
        private String token;
        private long expires;

        FeedToken(String realmUrl, String client, String secret) {
            this.realmUrl = realmUrl;
            this.client = client;
            this.secret = secret;
            get();
        }

        synchronized String get() {
            if (token == null || Instant.now().getEpochSecond() >= expires - MARGIN_SECONDS) {
                token = Tokens.clientCredentials(realmUrl, client, secret);
                Object exp = Tokens.claims(token).get("exp");
                expires = exp instanceof Number n ? n.longValue() : Instant.now().getEpochSecond() + 60;
            }
            return token;
        }

        synchronized void expire() {
            expires = 0;
        }

        /** The token's region claim: the areas this feed may submit for. */
        List<String> regions() {
            Object claim = Tokens.claims(get()).get("region");
            List<String> regions = new ArrayList<>();
            if (claim instanceof Collection<?> values) values.forEach(v -> regions.add(v.toString()));
            else if (claim != null) regions.add(claim.toString());
            if (regions.isEmpty()) throw new IllegalStateException(client + " has no region claim");
            return regions;
        }
    }
}
