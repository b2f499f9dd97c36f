package org.disclosure.parser.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded parse throughput over the five sample reports, from bytes (encoding detection
 * included). The score is reports per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ParserBenchmark {

    /** The five samples, as the module sees them from its own directory. */
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private ReportParser parser;
    private List<byte[]> reports;

    @Setup
    public void load() throws IOException {
        parser = new ReportParser();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(ParserBenchmark::read).toList();
        }
        if (reports.size() != 5) throw new IllegalStateException("expected the five samples in " + SAMPLES.toAbsolutePath());
        for (byte[] report : reports) {
            if (!(parser.parse(report) instanceof ParseResult.Success)) throw new IllegalStateException("sample does not parse");
        }
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void parseFiveSamples(Blackhole sink) {
        for (byte[] report : reports) sink.consume(parser.parse(report));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
