package org.disclosure.rules.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole rule catalog over the five sample reports on one thread, each with a previous year (the same report a
 * year earlier, its carried-forward figures changed) so that the cross-year rules Y01–Y03 run in full too. That
 * previous year's texts are String objects of their own, as when the service decodes both reports from their JSON
 * ({@code -p previousYear=same} shares them with the report, as this benchmark did before 2026-11-27 21:40). The
 * score is reports validated per second on one core; {@code -prof gc} adds the bytes allocated per report. On a
 * shared machine the score follows the CPU the thread got, so each iteration also prints reports per CPU second of
 * the benchmark thread, which does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ValidatorBenchmark {

    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    /** {@code copy}: the previous year's texts are other String objects; {@code same}: the report's own. */
    @Param({"copy"})
    public String previousYear;

    private final Validator validator = new Validator();
    private final List<ParsedReport> reports = new ArrayList<>();
    private final List<ValidationContext> contexts = new ArrayList<>();
    private long validated;
    private long cpuAtStart;

    @Setup
    public void load() throws IOException {
        ReportParser parser = new ReportParser();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ParsedReport report = ((ParseResult.Success) parser.parse(read(file))).report();
                reports.add(report);
                contexts.add(new ValidationContext(yearBefore(report), report.publishedOn()));
            }
        }
        if (reports.size() != 5) throw new IllegalStateException("expected the five samples in " + SAMPLES.toAbsolutePath());
    }

    @Setup(Level.Iteration)
    public void startClock() {
        validated = 0;
        cpuAtStart = cpuNanos();
    }

    @TearDown(Level.Iteration)
    public void printCpuRate() {
        double seconds = (cpuNanos() - cpuAtStart) / 1e9;
        System.out.printf(" [%.0f reports per CPU second]", validated / seconds);
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void validateFiveSamples(Blackhole sink) {
        for (int i = 0; i < reports.size(); i++) sink.consume(validator.validate(reports.get(i), contexts.get(i)));
        validated += reports.size();
    }

    /** CPU time of this thread; JMH runs setup, teardown and the benchmark of a one-thread state on one thread. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private ParsedReport yearBefore(ParsedReport report) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>(report.cells());
        cells.computeIfPresent("apply.carried_forward.total", (key, value) -> value.add(BigDecimal.ONE));
        List<Paragraph> paragraphs = report.paragraphs();
        if (previousYear.equals("copy")) {
            paragraphs = new ArrayList<>();
            for (Paragraph p : report.paragraphs()) paragraphs.add(new Paragraph(p.section(), p.line(), new String(p.text())));
        }
        return new ParsedReport(report.agency(), report.region(), report.year() == null ? null : report.year() - 1,
                report.format(), report.publishedOn(), report.sections(), cells, report.sources(), report.issues(),
                paragraphs);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
