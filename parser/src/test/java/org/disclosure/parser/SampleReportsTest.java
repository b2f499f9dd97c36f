package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five sample reports must parse to exactly their expected canonical JSON (all fields but findings). */
class SampleReportsTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final ReportParser PARSER = new ReportParser();

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    static ParsedReport parse(String sample) throws IOException {
        ParseResult result = PARSER.parse(Files.readAllBytes(SAMPLES.resolve(sample)));
        if (result instanceof ParseResult.Failure failure) fail(sample + ": " + failure.describe());
        return ((ParseResult.Success) result).report();
    }

    static JsonNode expected(String sample) throws IOException {
        return CanonicalJson.mapper().readTree(SAMPLES.resolve("expected").resolve(sample.replace(".txt", ".json")).toFile());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void headerFieldsMatchExpected(String sample) throws IOException {
        ParsedReport report = parse(sample);
        JsonNode expected = expected(sample);
        assertEquals(expected.get("agency").asText(), report.agency(), "agency");
        JsonNode region = expected.get("region");
        assertEquals(region.get("code").asText(), report.region().code(), "region code");
        assertEquals(region.get("province").asText(), report.region().province(), "province");
        assertEquals(region.get("city").asText(), report.region().city(), "city");
        assertEquals(region.get("county").asText(), report.region().county(), "county");
        assertEquals(expected.get("year").asInt(), report.year(), "year");
        assertEquals(expected.get("format").asText(), report.format().label(), "format");
        if (expected.get("publishedOn").isNull()) assertNull(report.publishedOn(), "publishedOn");
        else assertEquals(expected.get("publishedOn").asText(), report.publishedOn().toString(), "publishedOn");
        List<String> sections = new ArrayList<>();
        expected.get("sections").forEach(s -> sections.add(s.asText()));
        assertEquals(sections, report.sections(), "sections");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyCellMatchesExpected(String sample) throws IOException {
        ParsedReport report = parse(sample);
        JsonNode cells = expected(sample).get("cells");
        List<String> differences = new ArrayList<>();
        TreeSet<String> expectedKeys = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> cell = it.next();
            expectedKeys.add(cell.getKey());
            if (!report.has(cell.getKey())) {
                differences.add(cell.getKey() + " absent, expected " + cell.getValue());
                continue;
            }
            BigDecimal actual = report.value(cell.getKey());
            if (cell.getValue().isNull()) {
                if (actual != null) differences.add(cell.getKey() + " = " + actual + ", expected null");
            } else if (actual == null || actual.compareTo(cell.getValue().decimalValue()) != 0) {
                differences.add(cell.getKey() + " = " + actual + ", expected " + cell.getValue());
            }
        }
        for (String key : report.cells().keySet()) {
            if (!expectedKeys.contains(key)) differences.add(key + " = " + report.value(key) + ", expected absent");
        }
        assertTrue(differences.isEmpty(), sample + ":\n" + String.join("\n", differences));
        for (String key : report.cells().keySet()) {
            assertTrue(report.sources().containsKey(key), "source for " + key);
        }
    }

    @Test
    void missingTotalCellIsReportedAsRowCellCount() throws IOException {
        ParsedReport report = parse("000_04f175cd85c0a915.txt");
        assertTrue(report.issues().stream().anyMatch(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT
                && i.keys().contains("apply.total.total")), report.issues().toString());
    }

    @Test
    void typoBlankCellsAndSurplusCellAreReported() throws IOException {
        ParsedReport report = parse("002_1eeed509761ddf3c.txt");
        assertTrue(report.issues().stream().anyMatch(i -> i.kind() == ParseIssueKind.NONSTANDARD_LABEL
                && i.found().contains("本年度止件数")), report.issues().toString());
        assertTrue(report.issues().stream().anyMatch(i -> i.kind() == ParseIssueKind.BLANK_CELL
                && i.keys().contains("review.corrected")));
        assertTrue(report.issues().stream().anyMatch(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT
                && "appeals".equals(i.table())));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void cleanSamplesHaveNoCellCountIssue(String sample) throws IOException {
        if (sample.startsWith("000") || sample.startsWith("002")) return;
        ParsedReport report = parse(sample);
        assertTrue(report.issues().stream().noneMatch(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT),
                report.issues().toString());
    }

    @Test
    void narrativeIsCollectedPerSection() throws IOException {
        ParsedReport report = parse("000_04f175cd85c0a915.txt");
        assertTrue(report.paragraphs().stream().anyMatch(p -> "problems".equals(p.section())));
        assertTrue(report.paragraphs().stream().noneMatch(p -> p.text().contains("本年处理决定数量")),
                "table headers are not narrative");
        assertInstanceOf(Integer.class, report.paragraphs().getFirst().line());
    }
}
