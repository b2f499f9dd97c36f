package org.disclosure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.faults.FaultSuite;
import org.disclosure.faults.Feed;
import org.disclosure.faults.Pipeline;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.parser.documents.SamplePdfs;
import org.disclosure.parser.documents.ScanAccuracy;
import org.disclosure.parser.documents.ScannedPdf;
import org.junit.jupiter.api.Test;

/**
 * A scanned report through the whole platform (issue 11): sample 001 (three pages, the shortest sample) printed as a
 * PDF and scanned into an image-only PDF by the parser's {@link ScannedPdf}, uploaded by the clerk through ingest's
 * REST API naming only the province, since ingest cannot read a scan. parse-service reads it by OCR and decides the
 * county; the report must reach {@code stored} and stats-service must give back the region, the year and at least
 * 99 % of the cells of the sample's expected JSON ({@code samples/expected}, as {@code /work/shared/corpus/expected}).
 * Runs on the fault suite's platform ({@link FaultSuite}), without a fault.
 */
class ScannedUploadIT {

    private static final String SAMPLE = "001_467670f9828e7222";
    /** OCR takes a core for tens of seconds a page, and the machine may be loaded. */
    private static final Duration STORE_TIMEOUT = Duration.ofMinutes(10);

    @Test
    void aScannedUploadIsReadByOcrAndStoredWithItsCells() throws Exception {
        ParsedReport expected = expected(SAMPLE);
        // the seed of the parser's ScannedReportsTest, so this scan is the one the parser's accuracy test reads
        byte[] scan = ScannedPdf.scan(SamplePdfs.bytes(SAMPLE), ScannedPdf.Defects.office(), SAMPLE.hashCode());
        assertTrue(new ReportParser().parse(scan) instanceof ParseResult.Failure failure
                        && failure.reasonEn().contains("scan"), "the upload is a scan without a text layer");
        String province = expected.region().code().substring(0, 2) + "0000";

        Feed feed = Feed.start(FaultSuite.platform().ingestUrl(), FaultSuite.tokens().clerk(),
                List.of(new Feed.Report("scan-" + SAMPLE + ".pdf", scan, 1, province)), Duration.ZERO);
        Feed.Submitted submitted = feed.awaitAll(Duration.ofMinutes(2)).getFirst();
        Pipeline pipeline = new Pipeline(FaultSuite.platform(), FaultSuite.tokens().national());
        JsonNode status = pipeline.awaitStored(List.of(submitted), STORE_TIMEOUT).statuses().get(submitted.id());
        assertEquals("stored", status.path("stage").asText(), status.toString());

        JsonNode detail = pipeline.statsGet("/api/reports/" + submitted.id());
        ParsedReport stored = CanonicalJson.mapper().treeToValue(detail.path("report"), ParsedReport.class);
        assertEquals(expected.region(), stored.region(), "the county read from the scan, inside the province named");
        assertEquals(expected.year(), stored.year(), "year");
        assertEquals(expected.region().code(), detail.path("summary").path("regionCode").asText());
        ScanAccuracy accuracy = ScanAccuracy.of(expected, stored);
        System.out.printf("[scanned upload] %s stored: %s; status history %s%n", SAMPLE, accuracy,
                status.path("history"));
        assertTrue(accuracy.share() >= 0.99, accuracy + " " + accuracy.misread());
        assertTrue(stored.sources().values().stream().anyMatch(source -> source.location() != null
                && source.location().cell() != null
                && source.location().cell().contains("OCR")), "the stored sources name the scan and the confidence");
    }

    /** The sample's expected canonical report (its findings left out: they are validate-service's). */
    private static ParsedReport expected(String sample) throws Exception {
        Path file = FaultSuite.HOME.resolve("samples/expected/" + sample + ".json");
        ObjectNode json = (ObjectNode) CanonicalJson.mapper().readTree(Files.readString(file));
        json.remove("findings");
        return CanonicalJson.mapper().treeToValue(json, ParsedReport.class);
    }
}
