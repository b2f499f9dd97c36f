package org.disclosure.parser.benchmark;

import java.time.Duration;
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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OCR throughput on one core: the scan of sample 001 (three A4 pages: narrative, tables 二 and 三, table 四; made by
 * {@link ScannedPdf} from the committed sample PDF) read with {@link ReportParser#withOcr} — rendering at 300 dpi,
 * deskewing, ruling lines, every cell and text line through Tesseract, the report reader and the OCR review.
 * The score is scanned pages per second ({@code PAGES} operations per invocation). Tesseract runs single-threaded
 * (OMP_THREAD_LIMIT=1 is set for the forked JVM), so the score is per core.
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

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public ParseResult parseScan() {
        return parser.parse(scan);
    }
}
