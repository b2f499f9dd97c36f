package org.disclosure.stats.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.disclosure.stats.messaging.ValidatedReportConsumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, CPU per stored report: hands {@code -Dbenchmark.stores} (1,000) validated records — the samples parsed
 * and validated by the rules, each under another agency and county, one in ten a second version of an earlier
 * agency-year — to the consumer's handler as the Kafka channel would (bytes in, status out), one after the other, and
 * prints the CPU time per stored report of this JVM and of the PostgreSQL server. The JVM also hosts the devstack
 * broker, which receives the status events; nothing else runs during the measurement. With
 * {@code -Dbenchmark.jfr=FILE} the measured part is recorded by JFR (profile settings). Not in the default run:
 * {@code ./mvnw -pl stats-service -am verify -Dtest=StoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.skip=true}.
 */
@QuarkusTest
class StoreBenchmark {

    private static final int WARMUP = 300;
    private static final String[] COUNTIES = {"230102", "230103", "230104", "230108", "230109", "230110", "230111",
            "230112", "230113", "230123", "640104", "640105", "640106", "640121", "640122", "640181"};

    @Inject
    ValidatedReportConsumer consumer;

    @Test
    void cpuPerStoredReport() throws Throwable {
        int stores = Integer.getInteger("benchmark.stores", 1_000);
        List<ReportValidated> samples = samples();
        store(events(samples, WARMUP, "预热"));
        List<byte[]> measured = events(samples, stores, "测量");

        ProcessCpu cpu = ProcessCpu.ofDevstack();
        String jfr = System.getProperty("benchmark.jfr");
        Recording recording = jfr == null ? null : new Recording(Configuration.getConfiguration("profile"));
        if (recording != null) recording.start();
        long database = cpu.databaseNanos();
        long jvm = ProcessCpu.jvmNanos();
        long started = System.nanoTime();
        store(measured);
        double seconds = (System.nanoTime() - started) / 1e9;
        double jvmMillis = (ProcessCpu.jvmNanos() - jvm) / 1e6 / stores;
        double databaseMillis = (cpu.databaseNanos() - database) / 1e6 / stores;
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
        }
        assertEquals(stores + WARMUP, storedCount());

        String table = String.format(Locale.ROOT, "%d reports stored one after the other in %.1f s (%.0f/s)%n%n"
                        + "| CPU per stored report | ms |%n|---|---:|%n| stats-service JVM (with the status sends) | %.1f |%n"
                        + "| PostgreSQL | %.1f |%n", stores, seconds, stores / seconds, jvmMillis, databaseMillis);
        System.out.println("\n=== stats-service store benchmark ===\n" + table);
        Path out = Path.of("target", "store-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private void store(List<byte[]> records) throws Throwable {
        for (byte[] record : records) {
            VertxContextSupport.subscribeAndAwait(() -> consumer.onValidated(record));
        }
    }

    /** The samples as validate-service sends them: parsed, with the current rules' findings. */
    private static List<ReportValidated> samples() throws IOException {
        ReportParser parser = new ReportParser();
        Validator validator = new Validator();
        List<ReportValidated> samples = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("../samples"), "*.txt")) {
            for (Path file : files) {
                if (!(parser.parse(Files.readAllBytes(file)) instanceof ParseResult.Success success)) continue;
                ParsedReport report = success.report();
                List<Finding> findings = validator.validate(report, ValidationContext.none());
                samples.add(new ReportValidated(UUID.randomUUID(), file.getFileName().toString(), "0".repeat(64),
                        SubmissionMetadata.empty(), report, findings, validator.ruleSetVersion(), Instant.now(),
                        Instant.now(), 1));
            }
        }
        return samples;
    }

    /**
     * {@code count} records of distinct agencies (a run's own prefix) in the benchmark's counties and three years;
     * every tenth is a later version of the agency-year two records before it.
     */
    private static List<byte[]> events(List<ReportValidated> samples, int count, String prefix) {
        String run = prefix + UUID.randomUUID().toString().substring(0, 6);
        Instant submitted = Instant.parse("2026-01-10T08:00:00Z");
        List<byte[]> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ReportValidated sample = samples.get(i % samples.size());
            int agency = i % 10 == 9 ? i - 2 : i;
            String county = COUNTIES[agency % COUNTIES.length];
            ParsedReport parsed = sample.report();
            ParsedReport renamed = new ParsedReport(run + "第" + agency + "局", null, 2023 + agency % 3,
                    parsed.format(), parsed.publishedOn(), parsed.sections(), parsed.cells(), parsed.sources(),
                    parsed.issues(), parsed.paragraphs());
            ReportValidated event = new ReportValidated(UUID.randomUUID(), sample.fileName(), sample.sha256(),
                    new SubmissionMetadata(null, county, null, null, null), renamed, sample.findings(),
                    sample.ruleSetVersion(), Instant.now(), submitted.plusSeconds(i), 1);
            records.add(CanonicalJson.write(event).getBytes(StandardCharsets.UTF_8));
        }
        return records;
    }

    private static long storedCount() throws SQLException {
        try (Connection db = ProcessCpu.connect(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from report where file_name like '%.txt'"
                        + " and agency similar to '(预热|测量)%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
