package org.disclosure.parser.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.parser.documents.SamplePdfs;
import org.disclosure.parser.documents.ScannedPdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OCR throughput on one core: the scan of sample 001 (three A4 pages: narrative, tables 二 and 三, table 四; made by
 * {@link ScannedPdf} from the committed sample PDF) read with {@link ReportParser#withOcr} — rendering at 300 dpi,
 * deskewing, ruling lines, every cell and text line through Tesseract, the report reader and the OCR review.
 * The score is scanned pages per second ({@code PAGES} operations per invocation). Tesseract runs single-threaded
 * (OMP_THREAD_LIMIT=1 is set for the forked JVM), so the score is per core — on an idle core. On a shared, loaded
 * machine the wall-clock score only says how much of a core the benchmark got; each iteration therefore also prints
 * its pages per second of CPU time: the benchmark thread's (Tesseract runs on it) and the whole JVM's (GC and JIT
 * included), which is the figure to quote there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 20)
@Measurement(iterations = 3, time = 30)
@Fork(value = 1, jvmArgs = {"--enable-native-access=ALL-UNNAMED"})
@Threads(1)
public class OcrBenchmark {

    private static final String SAMPLE = "001_467670f9828e7222";
    /** Pages of the sample's PDF; checked at setup. */
    private static final int PAGES = 3;

    private ReportParser parser;
    private byte[] scan;

    @Setup
    public void scan() throws Exception {
        parser = ReportParser.withOcr(Duration.ofMinutes(5));
        scan = ScannedPdf.scan(SamplePdfs.bytes(SAMPLE), ScannedPdf.Defects.office(), 7);
        try (PDDocument document = Loader.loadPDF(scan)) {
            if (document.getNumberOfPages() != PAGES) {
                throw new IllegalStateException("the scan has " + document.getNumberOfPages() + " pages, not " + PAGES);
            }
        }
        if (!(parser.parse(scan) instanceof ParseResult.Success success) || !success.readByOcr()) {
            throw new IllegalStateException("the scan does not parse by OCR");
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long documents;
    private long threadCpuNanos;
    private long processCpuAtStart;
    private long wallAtStart;

    @Setup(Level.Iteration)
    public void startCounting() {
        documents = 0;
        threadCpuNanos = 0;
        processCpuAtStart = PROCESS.getProcessCpuTime();
        wallAtStart = System.nanoTime();
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public ParseResult parseScan() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        ParseResult result = parser.parse(scan);
        threadCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        documents++;
        return result;
    }

    @TearDown(Level.Iteration)
    public void printCpuTime() {
        double pages = documents * (double) PAGES;
        double thread = threadCpuNanos / 1e9;
        double process = (PROCESS.getProcessCpuTime() - processCpuAtStart) / 1e9;
        double wall = (System.nanoTime() - wallAtStart) / 1e9;
        System.out.printf(Locale.ROOT, "%n  CPU time: %.0f pages in %.1f s wall, %.1f s benchmark-thread CPU, %.1f s JVM"
                        + " CPU: %.3f pages/s per core (thread CPU), %.3f pages/s per core (JVM CPU)%n",
                pages, wall, thread, process, pages / thread, pages / process);
    }
}
