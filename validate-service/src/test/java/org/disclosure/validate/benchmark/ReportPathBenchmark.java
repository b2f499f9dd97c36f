package org.disclosure.validate.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.utils.ByteBufferOutputStream;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.disclosure.validate.history.GeneratedHistory;
import org.disclosure.validate.mapping.StoredReportMapper;
import org.disclosure.validate.mapping.ValidatedEventMapper;
import org.disclosure.validate.repository.StoredReport;

/**
 * What one report costs re-validation inside the service's JVM, without the database and the broker: its stored
 * JSON decoded, the rules run against its previous year (an agency's years in one {@link Validator#sharingTextWork}
 * scope, as {@code RevalidationService} runs them) and its validated event written, each timed in CPU time of this
 * thread over the generated histories of {@code ValidateBenchmark}, and the events compressed as the Kafka producer
 * compresses them (in its sending thread; {@code -Dcompression=zstd:1}, {@code lz4} or {@code none} to compare
 * with the configured zstd). Prints microseconds per report for each step,
 * after a warm-up; run it with the JIT settings to compare (README "Performance"):
 *
 * <pre>
 * ./mvnw -o -pl validate-service -am verify -Ppath-benchmark -DskipTests -Djazzer.skip=true
 * ./mvnw -o -pl validate-service -am verify -Ppath-benchmark -DskipTests -Djazzer.skip=true -Dpath.jvm=-XX:TieredStopAtLevel=1
 * </pre>
 */
public final class ReportPathBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int agencies = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        GeneratedHistory generated = new GeneratedHistory(Path.of(args.length > 2 ? args[2] : "../samples"), "P");
        StoredReportMapper mapper = new StoredReportMapper();
        List<List<StoredReport>> stored = new ArrayList<>();
        int reports = 0;
        for (int agency = 0; agency < agencies; agency++) {
            List<StoredReport> rows = new ArrayList<>();
            for (ReportParsed report : generated.agency(agency)) rows.add(mapper.toEntity(report));
            stored.add(rows);
            reports += rows.size();
        }
        long bytes = stored.stream().flatMap(List::stream).mapToLong(row -> row.reportJson.length).sum();
        System.out.printf("%d reports of %d agencies, %d KB of stored JSON each on average; JVM %s%n", reports, agencies,
                bytes / reports / 1024, ManagementFactory.getRuntimeMXBean().getInputArguments());
        Validator validator = new Validator();
        ValidatedEventMapper events = new ValidatedEventMapper();
        // the events compressed as the Kafka producer does, in batches of up to 1 MiB ("zstd", "zstd:1", "lz4", "none")
        String codec = System.getProperty("compression", "zstd");
        Compression compression = codec.startsWith("zstd:")
                ? Compression.zstd().level(Integer.parseInt(codec.substring(5))).build()
                : Compression.of(codec).build();
        for (int round = 0; round < rounds; round++) {
            long[] nanos = new long[4];
            long databind = 0;
            long sink = 0;
            long eventBytes = 0;
            long compressedBytes = 0;
            ByteBufferOutputStream batch = new ByteBufferOutputStream(1 << 20);
            OutputStream compressing = compression.wrapForOutput(batch, RecordBatch.CURRENT_MAGIC_VALUE);
            long inBatch = 0;
            for (List<StoredReport> rows : stored) {
                long start = THREADS.getCurrentThreadCpuTime();
                List<ReportParsed> decoded = new ArrayList<>(rows.size());
                for (StoredReport row : rows) decoded.add(mapper.toEvent(row));
                Map<Integer, ReportParsed> byYear = new HashMap<>();
                for (ReportParsed report : decoded) byYear.put(report.report().year(), report);
                long decodedAt = THREADS.getCurrentThreadCpuTime();
                // the same decoding by Jackson data binding, as before ParsedReportReader: for comparison only
                for (StoredReport row : rows) sink += CanonicalJson.mapper().readValue(row.reportJson, ParsedReport.class)
                        .cells().size();
                long databindAt = THREADS.getCurrentThreadCpuTime();
                databind += databindAt - decodedAt;
                nanos[0] += decodedAt - start;
                decodedAt = databindAt;
                List<ReportValidated> validated = validator.sharingTextWork(() -> {
                    List<ReportValidated> results = new ArrayList<>(decoded.size());
                    for (ReportParsed report : decoded) {
                        ReportParsed previous = report.report().year() == null ? null
                                : byYear.get(report.report().year() - 1);
                        ParsedReport previousReport = previous == null ? null : previous.report();
                        results.add(new ReportValidated(report.submissionId(), report.fileName(), report.sha256(),
                                report.metadata(), report.report(), validator.validate(report.report(),
                                        new ValidationContext(previousReport, report.metadata().publishedOn())),
                                validator.ruleSetVersion(), null, report.submittedAt(), report.attempt()));
                    }
                    return results;
                });
                long validatedAt = THREADS.getCurrentThreadCpuTime();
                List<byte[]> json = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) json.add(events.toJson(validated.get(i), rows.get(i).reportJson));
                long writtenAt = THREADS.getCurrentThreadCpuTime();
                for (byte[] event : json) {
                    compressing.write(event);
                    eventBytes += event.length;
                    inBatch += event.length;
                    if (inBatch >= 1 << 20) {
                        compressing.close();
                        compressedBytes += batch.position();
                        batch = new ByteBufferOutputStream(1 << 20);
                        compressing = compression.wrapForOutput(batch, RecordBatch.CURRENT_MAGIC_VALUE);
                        inBatch = 0;
                    }
                }
                long compressedAt = THREADS.getCurrentThreadCpuTime();
                sink += json.size();
                nanos[1] += validatedAt - decodedAt;
                nanos[2] += writtenAt - validatedAt;
                nanos[3] += compressedAt - writtenAt;
            }
            compressing.close();
            compressedBytes += batch.position();
            long total = nanos[0] + nanos[1] + nanos[2] + nanos[3];
            System.out.printf("round %d: %4.0f µs per report (decode %4.0f [data binding %4.0f], rules %4.0f, event %3.0f, "
                    + "%s %3.0f) = %5.0f reports per CPU second; events %d KB, compressed %d KB [%d]%n", round + 1,
                    total / 1e3 / reports, nanos[0] / 1e3 / reports, databind / 1e3 / reports, nanos[1] / 1e3 / reports,
                    nanos[2] / 1e3 / reports, codec,
                    nanos[3] / 1e3 / reports, reports / (total / 1e9), eventBytes / reports / 1024,
                    compressedBytes / reports / 1024, sink % 10);
        }
    }
}
