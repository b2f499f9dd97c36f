package org.disclosure.validate.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.devstack.Devstack;
import org.disclosure.devstack.DevstackOptions;
import org.disclosure.devstack.Tokens;
import org.disclosure.validate.history.GeneratedHistory;
import org.disclosure.validate.history.HistoryTable;

/**
 * Measures validate-service as it runs on a laptop (its packaged jar, the heap and JIT flags of
 * {@code ./disclosure up}) against a devstack of its own:
 * <ul>
 * <li><b>re-validation</b>: fills validate's database with {@code --reports} reports ({@code --distinct} generated ones
 * inserted in batches, the rest copies of them under other agencies made by SQL), then times
 * {@code POST /api/revalidations} and prints reports/s, reports per CPU second and the service's heap (GC log);</li>
 * <li><b>consumption</b>, after the re-validation (the JIT has then compiled the rules): sends {@code --consume}
 * generated reports.parsed events and times how long the service takes to validate them all (each VALIDATED status
 * read back), in reports/s.</li>
 * </ul>
 * {@code --jvm=} sets the service's JVM options (commas before each dash); several settings separated by {@code |} are
 * measured one after the other against the same filled database (the service restarted for each).
 * Not a test: run with {@code ./mvnw -o -pl validate-service -am verify -Pbenchmark -DskipTests} (README "Performance").
 */
public final class ValidateBenchmark {

    /** A full collection leaves only what is live: the largest heap after one is the memory the service needs. */
    private static final Pattern FULL_GC_AFTER = Pattern.compile("Pause Full.*->(\\d+)M\\(");
    private static final Pattern GC_BEFORE = Pattern.compile("Pause .* (\\d+)M->\\d+M\\(");
    private static final Pattern GC_AFTER = Pattern.compile("Pause .* \\d+M->(\\d+)M\\(");
    private static final Pattern GC_PAUSE = Pattern.compile("Pause .*M\\(\\d+M\\) ([\\d.]+)ms");
    // HTTP/1.1 as ./disclosure load uses it (the answer of a long POST /api/revalidations fails with HTTP 500 with
    // HTTP/2 and HTTP/1.1 alike: README "Performance")
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "100000"));
        int consume = Integer.parseInt(options.getOrDefault("consume", "3000"));
        // reports generated and inserted one by one; the rest of --reports are copies made by SQL (HistoryTable)
        int distinct = Integer.parseInt(options.getOrDefault("distinct", "10000"));
        Path app = Path.of(options.getOrDefault("app", "target/quarkus-app"));
        // several JVM configurations separated by | are measured one after the other on the same filled database
        List<String> jvms = List.of(options.getOrDefault("jvm", "-Xms32m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1")
                .split("\\|"));
        Path samples = Path.of(options.getOrDefault("samples", "../samples"));
        Path out = Path.of("target/benchmark");
        Files.createDirectories(out);

        try (Devstack stack = Devstack.start(DevstackOptions.freePorts())) {
            createTopics(stack);
            GeneratedHistory generated = new GeneratedHistory(samples, "B" + UUID.randomUUID().toString().substring(0, 4));
            int agency = 0;
            for (int run = 0; run < jvms.size(); run++) {
                String jvm = jvms.get(run);
                int port = freePort();
                Path gcLog = out.resolve("gc-" + run + ".log");
                Process service = start(app, jvm, port, stack, gcLog, out.resolve("validate-service-" + run + ".log"));
                try {
                    awaitReady(port, service);
                    System.out.printf("%nvalidate-service up (%s, %s)%n", app, jvm);
                    if (reports > 0 && run == 0) agency = fill(stack, generated, agency, reports, distinct);
                    if (reports > 0) revalidation(stack, port, gcLog, service);
                    // after re-validation, so that the consumer runs compiled code rather than its warm-up
                    if (consume > 0) agency = consumption(stack, generated, agency, consume, service);
                } finally {
                    service.destroy();
                    service.waitFor();
                }
            }
        }
    }

    /** Sends {@code count} parsed events and waits for each one's VALIDATED status; returns the next agency number. */
    private static int consumption(Devstack stack, GeneratedHistory generated, int firstAgency, int count,
            Process service) throws Exception {
        List<ReportParsed> events = new ArrayList<>(count);
        int agency = firstAgency;
        while (events.size() < count) events.addAll(generated.agency(agency++));
        events = events.subList(0, count);
        Set<String> ids = new HashSet<>();
        for (ReportParsed event : events) ids.add(event.submissionId().toString());
        try (KafkaConsumer<String, byte[]> statuses = consumer(stack, Topics.STATUS);
                KafkaProducer<String, byte[]> producer = producer(stack)) {
            Map<Long, ThreadCpu> threadsBefore = threadCpu(service);
            double loadBefore = loadAverage();
            long start = System.nanoTime();
            double cpuStart = cpuSeconds(service);
            for (ReportParsed event : events) {
                producer.send(new ProducerRecord<>(Topics.PARSED,
                        AgencyKey.messageKey(event.report(), event.metadata(), event.submissionId()),
                        CanonicalJson.mapper().writeValueAsBytes(event)));
            }
            producer.flush();
            double sent = seconds(start);
            Set<String> validated = new HashSet<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (validated.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : statuses.poll(Duration.ofMillis(200))) {
                    String status = new String(record.value(), StandardCharsets.UTF_8);
                    if (ids.contains(record.key()) && status.contains("\"validated\"")) validated.add(record.key());
                }
            }
            double elapsed = seconds(start);
            double cpu = cpuSeconds(service) - cpuStart;
            System.out.printf("%nconsumption: %d reports.parsed events (sent in %.1f s), %d validated in %.1f s: "
                    + "%.0f reports/s; service CPU %.1f s = %.0f reports per CPU second%n", count, sent,
                    validated.size(), elapsed, validated.size() / elapsed, cpu, validated.size() / cpu);
            System.out.printf("consumption: load average %.1f before, %.1f after%n", loadBefore, loadAverage());
            printCpuByThread(threadsBefore, threadCpu(service), validated.size());
        }
        return agency;
    }

    /** Stores {@code count} reports (agencies from {@code firstAgency} on); returns the next agency number. */
    private static int fill(Devstack stack, GeneratedHistory generated, int firstAgency, int count, int distinct)
            throws Exception {
        long fillStart = System.nanoTime();
        int stored = 0;
        int generatedCount = Math.min(count, distinct);
        int agency = firstAgency;
        try (HistoryTable table = new HistoryTable(stack.postgresJdbcUrl("validate"), stack.postgresUser(),
                stack.postgresPassword())) {
            List<ReportParsed> batch = new ArrayList<>();
            for (; stored < generatedCount; agency++) {
                for (ReportParsed report : generated.agency(agency)) {
                    if (stored + batch.size() < generatedCount) batch.add(report);
                }
                if (batch.size() >= 500 || stored + batch.size() >= generatedCount) {
                    table.insert(batch);
                    stored += batch.size();
                    batch.clear();
                    if (stored % 10_000 < 500) System.out.printf("  %,d reports stored%n", stored);
                }
            }
            if (stored < count) {
                stored += table.copyAgencies(count - stored);
                System.out.printf("  %,d generated reports copied to %,d in all (the copies under other agencies)%n",
                        generatedCount, stored);
            }
        }
        System.out.printf("%nfilled %,d reports in %.0f s%n", stored, seconds(fillStart));
        return agency;
    }

    /** Times POST /api/revalidations over every report in the database. */
    private static void revalidation(Devstack stack, int port, Path gcLog, Process service) throws Exception {
        long validatedBefore = endOffsets(stack, Topics.VALIDATED);

        String token = Tokens.password(stack.realmUrl(), "disclosure-cli", "national", "national");
        long gcLogStart = Files.size(gcLog);
        double loadBefore = loadAverage();
        Map<Long, ThreadCpu> threadsBefore = threadCpu(service);
        long start = System.nanoTime();
        double cpuStart = cpuSeconds(service);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/revalidations"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        // a job (202): followed until it ends; an older service (--app=) answers when the whole run is over
        if (response.statusCode() == 202) response = awaitJob(response, stack);
        double elapsed = seconds(start);
        double cpu = cpuSeconds(service) - cpuStart;
        long published = endOffsets(stack, Topics.VALIDATED) - validatedBefore;
        System.out.printf("%nre-validation: HTTP %d %s%n", response.statusCode(), response.body());
        Matcher count = Pattern.compile("\"reports\":(\\d+)").matcher(response.body());
        // without an answer (a failed request), the events published stand for the reports re-validated
        int stored = count.find() ? Integer.parseInt(count.group(1)) : (int) published;
        System.out.printf("re-validation: %,d reports in %.1f s: %.0f reports/s; %,d reports.validated events%n",
                stored, elapsed, stored / elapsed, published);
        System.out.printf("re-validation: service CPU %.1f s = %.0f reports per CPU second (the machine's load "
                + "average %.1f before, %.1f after, on %d cores)%n", cpu, stored / cpu, loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors());
        printCpuByThread(threadsBefore, threadCpu(service), stored);
        String during = Files.readString(gcLog).substring((int) gcLogStart);
        System.out.printf("service heap during re-validation (GC log): peak used %d MB (before a collection), largest "
                + "live heap %d MB (after a full collection), %d full collections, largest heap after any collection "
                + "%d MB; %d collections, %.1f s of pauses%n", maxBeforeGc(during), maxAfterFullGc(during),
                FULL_GC_AFTER.matcher(during).results().count(), maxOf(GC_AFTER, during),
                GC_PAUSE.matcher(during).results().count(),
                GC_PAUSE.matcher(during).results().mapToDouble(m -> Double.parseDouble(m.group(1))).sum() / 1000);
    }

    /**
     * Reads the started job every second until it is no longer running; its last answer. A token lives a few minutes
     * and a national re-validation longer: a new one each minute. (Every read costs the service a token check: at
     * 4 reads a second they were 2-3 % of its CPU in a 20,000-report run.)
     */
    private static HttpResponse<String> awaitJob(HttpResponse<String> started, Devstack stack) throws Exception {
        URI job = URI.create(started.headers().firstValue("Location").orElseThrow());
        String token = null;
        long tokenAt = 0;
        while (true) {
            Thread.sleep(1000);
            if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(1).toNanos()) {
                token = Tokens.password(stack.realmUrl(), "disclosure-cli", "national", "national");
                tokenAt = System.nanoTime();
            }
            HttpResponse<String> state = HTTP.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (state.statusCode() != 200 || !state.body().contains("\"state\":\"running\"")) return state;
        }
    }

    /** A thread's name (its kind: digits and pool numbers dropped) and CPU ticks so far, from /proc. */
    private record ThreadCpu(String kind, long ticks) {
    }

    /**
     * The CPU time of each of the service's threads (Linux /proc; empty elsewhere): where the CPU goes by kind of thread
     * (event loop, workers, Kafka producer I/O, which compresses, GC, JIT), including native code such as zstd that a
     * Java profiler's samples do not see.
     */
    private static Map<Long, ThreadCpu> threadCpu(Process service) {
        Map<Long, ThreadCpu> threads = new java.util.HashMap<>();
        Path tasks = Path.of("/proc/" + service.pid() + "/task");
        if (!Files.isDirectory(tasks)) return threads;
        try (var list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    String kind = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    threads.put(Long.parseLong(task.getFileName().toString()), new ThreadCpu(kind, ticks));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return threads;
        }
        return threads;
    }

    private static void printCpuByThread(Map<Long, ThreadCpu> before, Map<Long, ThreadCpu> after, int reports) {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        after.forEach((tid, now) -> {
            ThreadCpu then = before.get(tid);
            long ticks = now.ticks() - (then == null ? 0 : then.ticks());
            if (ticks > 0) byKind.merge(now.kind(), ticks, Long::sum);
        });
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("service CPU by thread (/proc, 10 ms ticks; threads alive at the end):");
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                System.out.printf("  %-40s %7.1f s %5.1f %%  %6.0f µs per report%n", e.getKey(), e.getValue() / 100.0,
                        100.0 * e.getValue() / Math.max(total, 1), e.getValue() * 10_000.0 / Math.max(reports, 1)));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long maxOf(Pattern pattern, String gcLog) {
        return pattern.matcher(gcLog).results().mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(0);
    }

    /**
     * The topics the service writes, made before it starts (with the broker's default partitions): a topic the
     * broker creates on the first send was once not ready for two minutes on the loaded machine, and the first
     * re-validation stalled until its sends expired.
     */
    private static void createTopics(Devstack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            for (String topic : List.of(Topics.PARSED, Topics.VALIDATED, Topics.STATUS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw e;
                }
            }
        }
    }

    /** CPU time the service process has used so far (all its threads). */
    private static double cpuSeconds(Process service) {
        return service.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /**
     * The heap used when a collection started: the peak, read from the GC log. Scraping /q/metrics instead (every
     * 100 ms, as before) cost the service a tenth of its CPU time during the run.
     */
    private static long maxBeforeGc(String gcLog) {
        Matcher before = GC_BEFORE.matcher(gcLog);
        long max = 0;
        while (before.find()) max = Math.max(max, Long.parseLong(before.group(1)));
        return max;
    }

    private static long maxAfterFullGc(String gcLog) {
        Matcher after = FULL_GC_AFTER.matcher(gcLog);
        long max = 0;
        while (after.find()) max = Math.max(max, Long.parseLong(after.group(1)));
        return max;
    }

    private static long endOffsets(Devstack stack, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (java.util.concurrent.ExecutionException e) {
            return 0; // the topic does not exist yet
        }
    }

    private static Process start(Path app, String jvm, int port, Devstack stack, Path gcLog, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // options are separated by spaces, or by commas before a dash (Maven's exec plugin splits -Dbenchmark.args at spaces)
        command.addAll(List.of(jvm.trim().split("\\s+|,(?=-)")));
        command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("quarkus.http.port", String.valueOf(port));
        config.put("quarkus.log.console.json.enabled", "false");
        config.put("quarkus.otel.sdk.disabled", "true");
        config.put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        config.put("kafka.bootstrap.servers", stack.kafkaBootstrapServers());
        config.put("quarkus.oidc.auth-server-url", stack.realmUrl());
        config.put("quarkus.datasource.jdbc.url", stack.postgresJdbcUrl("validate"));
        config.put("quarkus.datasource.reactive.url", stack.postgresReactiveUrl("validate"));
        config.put("quarkus.datasource.username", stack.postgresUser());
        config.put("quarkus.datasource.password", stack.postgresPassword());
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(int port, Process service) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) throw new IllegalStateException("validate-service stopped; see target/benchmark");
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("validate-service not ready after 3 minutes");
    }

    private static KafkaProducer<String, byte[]> producer(Devstack stack) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(Devstack stack, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) throw new IllegalArgumentException("--name=value: " + arg);
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
