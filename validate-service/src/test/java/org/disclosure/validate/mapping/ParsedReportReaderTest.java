package org.disclosure.validate.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.validate.history.GeneratedHistory;
import org.junit.jupiter.api.Test;

/** The streaming reader gives the very report data binding gives, maps in the same order. */
class ParsedReportReaderTest {

    @Test
    void readsGeneratedHistoriesAsDataBindingDoes() throws Exception {
        GeneratedHistory generated = new GeneratedHistory(Path.of("../samples"), "T");
        int reports = 0;
        for (int agency = 0; agency < 60; agency++) {
            for (ReportParsed event : generated.agency(agency)) {
                assertSame(CanonicalJson.mapper().writeValueAsBytes(event.report()));
                reports++;
            }
        }
        assertEquals(true, reports > 150, reports + " reports");
    }

    @Test
    void readsAbsentNullAndUnexpectedPartsAsDataBindingDoes() throws Exception {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        cells.put("b.x", new BigDecimal("1.50"));
        cells.put("a.y", null);
        cells.put("c.z", new BigDecimal("12"));
        Map<String, CellSource> sources = new LinkedHashMap<>();
        sources.put("b.x", new CellSource("1.50", SourceLocation.atLine(3, 7)));
        sources.put("a.y", new CellSource(null, new SourceLocation(2, null, null, "table 3, row 5, column 2")));
        sources.put("c.z", new CellSource("１２", null));
        List<Paragraph> paragraphs = new ArrayList<>(List.of(new Paragraph(null, 1, "标题"),
                new Paragraph("overview", 4, "本年度收到申请 12 件。")));
        assertSame(CanonicalJson.mapper().writeValueAsBytes(new ParsedReport("某局", new Region("110000", "北京市", null,
                null), 2024, FormatVersion.F2021, LocalDate.of(2025, 1, 20), List.of("overview", "requests"), cells,
                sources, List.of(new ParseIssue(ParseIssueKind.values()[0], "三", List.of("b.x"), "1", "2",
                SourceLocation.atLine(9, 1))), paragraphs)));
        assertSame(CanonicalJson.mapper().writeValueAsBytes(new ParsedReport(null, null, null, null, null, null,
                null, null, null, null)));
        assertSame("""
                {"future":{"a":[1,2]},"agency":"某局","year":2024,"cells":{"k":3.0,"j":-0.25,"i":null},
                 "sources":{"k":{"raw":"3","location":{"line":1,"extra":true}}},
                 "paragraphs":[{"text":"x","line":null},{"section":"problems","line":5,"text":"未收到"}],
                 "issues":[],"sections":[]}
                """.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheSourcesByTheirPlaceNotByTheirNameInsideText() throws Exception {
        // the name of the field in a string, in a nested object and in an array before the real one
        assertSame("""
                {"agency":"某局\\\"sources\\\":{\\\"x\\\":1}","region":{"code":"110000","sources":{"k":1}},
                 "sections":["sources"],"cells":{"k":1},
                 "sources" : {"k":{"raw":"{[\\"}]","location":{"line":2}}},"paragraphs":[{"text":"\\"sources\\":{}"}]}
                """.getBytes(StandardCharsets.UTF_8));
        // sources that are not an object, and none at all
        assertSame("{\"cells\":{},\"sources\":null}".getBytes(StandardCharsets.UTF_8));
        assertSame("{\"cells\":{\"a\":2}}".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSame(byte[] json) throws Exception {
        ParsedReport expected = CanonicalJson.mapper().readValue(json, ParsedReport.class);
        ParsedReport read = ParsedReportReader.read(json);
        assertEquals(expected, read);
        // the rules iterate the maps: the same order
        if (expected.cells() != null) assertEquals(List.copyOf(expected.cells().keySet()), List.copyOf(read.cells().keySet()));
        if (expected.sources() != null) {
            assertEquals(List.copyOf(expected.sources().keySet()), List.copyOf(read.sources().keySet()));
        }
        // BigDecimal.equals compares the scale too, so 1.50 stays 1.50
        if (expected.cells() != null) expected.cells().forEach((key, value) -> assertEquals(
                value == null ? null : value.scale(), read.cells().get(key) == null ? null : read.cells().get(key).scale()));
    }
}
