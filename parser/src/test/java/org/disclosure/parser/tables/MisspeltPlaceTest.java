package org.disclosure.parser.tables;

import static org.disclosure.parser.tables.MergedRowsTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.ReportSource;
import org.disclosure.parser.documents.TextLayouts;
import org.junit.jupiter.api.Test;

/**
 * A county name printed one character off (a near-glyph from OCR or conversion) resolves to the unique
 * division within one character of it, among the counties of the city the name also mentions, with a
 * PLACE_NAME_CORRECTED issue showing both spellings; between two candidates nothing is guessed.
 */
class MisspeltPlaceTest {

    private static final ReportSource SOURCE = MergedRowsTest.SOURCE;

    @Test
    void aLookAlikeCharacterInTheCountyNameIsCorrectedWithinTheCity() {
        // 西胡区 for 西湖区 (杭州市): no county of that name exists; 西湖区 is the only one a character away in 杭州
        ParsedReport report = parse(TextLayouts.tabs(renamed("杭州市西湖区人民政府", "杭州市西胡区人民政府")));
        assertEquals("330106", report.region().code());
        assertEquals("西湖区", report.region().county());
        assertCorrection(report, "西胡区", "西湖区");
    }

    @Test
    void correctedInAWordDocumentToo() {
        ParsedReport report = parse(DocxWriter.write(renamed("杭州市西湖区人民政府", "杭州市西胡区人民政府")));
        assertEquals("330106", report.region().code());
        assertCorrection(report, "西胡区", "西湖区");
    }

    @Test
    void aCountyNamedWithoutItsCityIsCorrectedWhenUniqueInTheCountry() {
        // 石景山区 printed 石景出区 and no city named: one division in China is a character away
        ParsedReport report = parse(TextLayouts.tabs(renamed("杭州市西湖区人民政府", "石景出区人民政府")));
        assertEquals("110107", report.region().code());
        assertCorrection(report, "石景出区", "石景山区");
    }

    @Test
    void withoutACityAShortNameHasTooManyNeighbours() {
        // 肖山区 alone: 萧山区, 房山区, 青山区, 中山区 … are all a character away; nothing is guessed
        ParsedReport report = parse(TextLayouts.tabs(renamed("杭州市西湖区人民政府", "肖山区人民政府")));
        assertTrue(report.region() == null || report.region().county() == null, String.valueOf(report.region()));
        assertTrue(report.issues().stream().noneMatch(i -> i.kind() == ParseIssueKind.PLACE_NAME_CORRECTED));
    }

    @Test
    void betweenTwoCandidatesNothingIsGuessed() {
        // 南城区 in 北京: one character from both 东城区 and 西城区
        ParsedReport report = parse(TextLayouts.tabs(renamed("杭州市西湖区人民政府", "北京市南城区人民政府")));
        assertTrue(report.region() == null || report.region().county() == null, String.valueOf(report.region()));
        assertTrue(report.issues().stream().noneMatch(i -> i.kind() == ParseIssueKind.PLACE_NAME_CORRECTED));
    }

    @Test
    void aCorrectNameIsNoCorrection() {
        ParsedReport report = parse(TextLayouts.tabs(SOURCE));
        assertEquals("330106", report.region().code());
        assertTrue(report.issues().stream().noneMatch(i -> i.kind() == ParseIssueKind.PLACE_NAME_CORRECTED));
    }

    private static void assertCorrection(ParsedReport report, String printed, String corrected) {
        List<ParseIssue> corrections = report.issues().stream().filter(i -> i.kind() == ParseIssueKind.PLACE_NAME_CORRECTED).toList();
        assertEquals(1, corrections.size(), report.issues().toString());
        assertEquals(printed, corrections.getFirst().found());
        assertEquals(corrected, corrections.getFirst().expected());
    }

    private static ReportSource renamed(String from, String to) {
        List<ReportSource.Block> blocks = SOURCE.blocks().stream().map(block -> block instanceof ReportSource.Paragraph p
                ? (ReportSource.Block) new ReportSource.Paragraph(p.text().replace(from, to).replace("西湖区", to.replaceAll(".*市|人民政府", "")))
                : block).toList();
        return new ReportSource(blocks);
    }
}
