package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.documents.SamplePdfs;
import org.disclosure.parser.documents.ScanAccuracy;
import org.disclosure.parser.documents.ScannedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scans of the samples read by OCR: each sample's PDF (documents/samples, written by {@code SamplePdfs}) rendered to
 * page images, tilted, blurred and speckled ({@link ScannedPdf}), packed as an image-only PDF, and read with
 * {@link ReportParser#withOcr}. At least 99 % of the cells must read exactly as the text PDF's, region and year
 * exactly. OCR costs seconds a page, so the default run scans two samples; {@code -Docr.samples=all} scans all five
 * (parser/README.md, "Scanned reports").
 */
class ScannedReportsTest {

    private static final ReportParser OCR = ReportParser.withOcr(Duration.ofMinutes(5));
    private static final ReportParser TEXT_ONLY = new ReportParser();
    private static final List<String> ALL = List.of("000_04f175cd85c0a915", "001_467670f9828e7222",
            "002_1eeed509761ddf3c", "003_dd93f693bdc308a5", "004_b6a5a2f03b247e6e");
    private static final List<String> DEFAULT = List.of("000_04f175cd85c0a915", "001_467670f9828e7222");

    static Stream<String> samples() {
        return ("all".equals(System.getProperty("ocr.samples")) ? ALL : DEFAULT).stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aScanReadsLikeItsTextPdf(String sample) {
        byte[] text = SamplePdfs.bytes(sample);
        ParsedReport truth = success(TEXT_ONLY.parse(text)).report();
        byte[] scan = ScannedPdf.scan(text, ScannedPdf.Defects.office(), sample.hashCode());

        ParseResult.Failure refused = assertInstanceOf(ParseResult.Failure.class, TEXT_ONLY.parse(scan),
                "a parser without OCR refuses the scan, as ingest needs");
        assertTrue(refused.reasonEn().contains("scan"), refused.describe());

        ParseResult.Success read = success(OCR.parse(scan));
        assertTrue(read.readByOcr());
        assertEquals(truth.region(), read.report().region(), "region");
        assertEquals(truth.year(), read.report().year(), "year");
        assertEquals(truth.format(), read.report().format(), "format");
        ScanAccuracy accuracy = ScanAccuracy.of(truth, read.report());
        System.out.printf("OCR %s: %s, %d scanned pages%n", sample, accuracy, read.scannedPages());
        assertTrue(accuracy.share() >= 0.99, sample + ": " + accuracy + " " + accuracy.misread());

        for (Map.Entry<String, CellSource> source : read.report().sources().entrySet()) {
            assertNotNull(source.getValue().location().page(), source.getKey());
            String cell = source.getValue().location().cell();
            assertTrue(cell != null && cell.contains("scan box") && cell.contains("px at 300 dpi"),
                    source.getKey() + " names its box on the scan: " + cell);
            if (read.report().cells().get(source.getKey()) != null) {
                assertTrue(cell.matches(".*; OCR \\d+%$"), source.getKey() + " carries its confidence: " + cell);
            }
        }
    }

    @Test
    void aMixedDocumentIsReadPageByPageAndOnlyItsScannedPagesByOcr() {
        byte[] text = SamplePdfs.bytes("001_467670f9828e7222");
        ParsedReport truth = success(TEXT_ONLY.parse(text)).report();
        // page 1 keeps its text layer (title, narrative); page 2 (tables 二 and 三) is a scan
        byte[] mixed = ScannedPdf.scan(text, ScannedPdf.Defects.office(), 3, Set.of(1));

        ParseResult.Success read = success(OCR.parse(mixed));
        assertEquals(1, read.scannedPages());
        assertEquals(truth.agency(), read.report().agency(), "the title is read from the text layer, exactly");
        assertEquals(truth.region(), read.report().region());
        ScanAccuracy accuracy = ScanAccuracy.of(truth, read.report());
        System.out.printf("OCR mixed 001 (page 2 scanned): %s%n", accuracy);
        assertTrue(accuracy.share() >= 0.99, accuracy + " " + accuracy.misread());
        long fromScan = read.report().sources().values().stream()
                .filter(s -> s.location().cell() != null && s.location().cell().contains("OCR")).count();
        long fromText = read.report().sources().values().stream()
                .filter(s -> s.location().cell() == null || !s.location().cell().contains("scan box")).count();
        assertTrue(fromScan > 0 && fromText > 0, "cells from both kinds of page: " + fromScan + " / " + fromText);
        assertTrue(read.report().sources().values().stream()
                .filter(s -> s.location().cell() != null && s.location().cell().contains("OCR"))
                .allMatch(s -> s.location().page() == 2), "only page 2 went through OCR");
    }

    @Test
    void aScanPastTheTimeLimitFailsOnTimeWithItsReason() {
        byte[] scan = ScannedPdf.scan(SamplePdfs.bytes("001_467670f9828e7222"), ScannedPdf.Defects.office(), 5, Set.of(0));
        ParseResult result = ReportParser.withOcr(Duration.ofMillis(1)).parse(scan);
        ParseResult.Failure failure = assertInstanceOf(ParseResult.Failure.class, result);
        assertTrue(failure.reasonEn().contains("time limit"), failure.describe());
    }

    @Test
    void moreScannedPagesThanAnyReportAreRefusedBeforeAnyIsRead() throws IOException {
        long start = System.nanoTime();
        ParseResult result = ReportParser.withOcr(Duration.ofMinutes(5)).parse(imagePages(61));
        ParseResult.Failure failure = assertInstanceOf(ParseResult.Failure.class, result);
        assertTrue(failure.reasonEn().contains("too many scanned pages"), failure.describe());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "refused without OCR");
    }

    /** An image-only PDF of {@code pages} pages, each the same small grey picture stretched over the page. */
    private static byte[] imagePages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(20, 28,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static ParseResult.Success success(ParseResult result) {
        if (result instanceof ParseResult.Failure failure) throw new AssertionError(failure.describe());
        return (ParseResult.Success) result;
    }
}
