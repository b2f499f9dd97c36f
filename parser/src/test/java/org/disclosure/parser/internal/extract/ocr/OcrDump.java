package org.disclosure.parser.internal.extract.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.parser.documents.SamplePdfs;
import org.disclosure.parser.documents.ScannedPdf;
import org.disclosure.parser.internal.extract.ExtractedText;
import org.disclosure.parser.internal.extract.pdf.PdfExtractor;

/** Prints what OCR makes of a scanned sample: the extracted text, and the cells that differ from the text PDF's. */
public final class OcrDump {

    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 ? args[0] : "001_467670f9828e7222";
        byte[] text = SamplePdfs.bytes(sample);
        // the seed ScannedReportsTest uses for the sample
        byte[] scan = ScannedPdf.scan(text, ScannedPdf.Defects.office(), sample.hashCode());
        if (args.length > 1) Files.write(Path.of(args[1]), scan);
        long start = System.nanoTime();
        ExtractedText extracted = new PdfExtractor(new OcrPageReader()).extract(scan);
        System.out.printf("extracted in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.println(extracted.text());
        ParsedReport truth = ((ParseResult.Success) new ReportParser().parse(text)).report();
        ParseResult result = ReportParser.withOcr(Duration.ofMinutes(5)).parse(scan);
        if (!(result instanceof ParseResult.Success success)) {
            System.out.println(result);
            return;
        }
        ParsedReport read = success.report();
        System.out.println(read.agency() + " " + read.region() + " " + read.year() + " / truth " + truth.agency() + " " + truth.region() + " " + truth.year());
        int same = 0;
        for (var cell : truth.cells().entrySet()) {
            var value = read.cells().get(cell.getKey());
            boolean equal = read.cells().containsKey(cell.getKey()) && (value == null ? cell.getValue() == null
                    : cell.getValue() != null && value.compareTo(cell.getValue()) == 0);
            if (equal) same++;
            else System.out.println("DIFF " + cell.getKey() + " truth=" + cell.getValue() + " read=" + value + " " + read.sources().get(cell.getKey()));
        }
        System.out.printf("%d/%d cells exact%n", same, truth.cells().size());
        read.issues().forEach(i -> System.out.println("ISSUE " + i));
    }
}
