package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;
import org.junit.jupiter.api.Test;

/** One parser shared by many threads gives every thread the same reports as a parser used alone. */
class ConcurrentParsingTest {

    @Test
    void aSharedParserIsThreadSafe() throws Exception {
        ReportParser parser = new ReportParser();
        List<byte[]> samples = new ArrayList<>();
        try (var files = Files.list(Path.of("../samples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(Files.readAllBytes(file));
            }
        }
        List<ParsedReport> alone = new ArrayList<>();
        // the extractors are shared too: a PDF, a Word document and a web page among the texts
        ReportSource source = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
        samples.add(DocumentFormatsTest.document("report_2021_hangzhou_xihu.pdf"));
        samples.add(DocxWriter.write(source));
        samples.add(HtmlWriter.write(source).getBytes(StandardCharsets.UTF_8));
        for (byte[] sample : samples) alone.add(ReportAssertions.success(parser.parse(sample)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedReport>> parallel = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (byte[] sample : samples) parallel.add(pool.submit(() -> ReportAssertions.success(parser.parse(sample))));
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertEquals(alone.get(i % samples.size()), parallel.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
