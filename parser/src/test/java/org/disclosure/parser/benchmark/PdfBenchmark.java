package org.disclosure.parser.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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

/**
 * PDF throughput on one core: the 21-page test PDF (the Hangzhou report ten times over: 30 ruled tables, 10 of them across a page break)
 * read from bytes — PDFBox loading, glyph and border collection, table rebuilding and the report reader.
 * The score is pages per second ({@code PAGES} operations per invocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class PdfBenchmark {

    /** Pages of report_2021_hangzhou_xihu_long.pdf; checked at setup. */
    private static final int PAGES = 21;
    private static final Path PDF = Path.of(System.getProperty("pdf.file",
            "src/test/resources/documents/report_2021_hangzhou_xihu_long.pdf"));

    private ReportParser parser;
    private byte[] pdf;

    @Setup
    public void load() throws IOException {
        parser = new ReportParser();
        pdf = Files.readAllBytes(PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() != PAGES) {
                throw new IllegalStateException(PDF + " has " + document.getNumberOfPages() + " pages, not " + PAGES);
            }
        }
        if (!(parser.parse(pdf) instanceof ParseResult.Success)) throw new IllegalStateException("the PDF does not parse");
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public ParseResult parsePdf() {
        return parser.parse(pdf);
    }
}
