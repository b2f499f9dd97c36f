package org.disclosure.parser;

import static org.disclosure.parser.ReportAssertions.OUTCOME_COLUMNS;
import static org.disclosure.parser.ReportAssertions.assertAbsent;
import static org.disclosure.parser.ReportAssertions.assertApplicants;
import static org.disclosure.parser.ReportAssertions.assertCell;
import static org.disclosure.parser.ReportAssertions.assertRow;
import static org.disclosure.parser.ReportAssertions.assertStandardAppealsTable;
import static org.disclosure.parser.ReportAssertions.assertStandardRequestsTable;
import static org.disclosure.parser.ReportAssertions.resource;
import static org.disclosure.parser.ReportAssertions.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.junit.jupiter.api.Test;

/** The parser's own reports, one per layout that conversions produce, each with its noise. */
class LayoutRobustnessTest {

    private static final ReportParser PARSER = new ReportParser();

    @Test
    void tabSeparatedWithPageBreakInsideARowFullWidthDigitsAndThousands() {
        ParsedReport report = success(PARSER.parseText(resource("tab_2021_changchun_chaoyang.txt")));
        assertEquals("长春市朝阳区人民政府", report.agency());
        assertEquals("220104", report.region().code());
        assertEquals("长春市", report.region().city());
        assertEquals(2023, report.year());
        assertEquals(FormatVersion.F2021, report.format());
        assertNull(report.publishedOn());
        assertEquals(Sections.ALL, report.sections());
        assertRow(report, "active.regulations", List.of("issued", "repealed", "in_force"), 1, 0, 5);
        assertRow(report, "active.normative_docs", List.of("issued", "repealed", "in_force"), 7, 2, 40);
        assertCell(report, "active.licensing.decisions", "2345");
        assertCell(report, "active.punishment.decisions", "88");
        assertCell(report, "active.enforcement.decisions", "6");
        assertCell(report, "active.fees.amount_wan", "12.5");
        assertStandardRequestsTable(report);
        assertStandardAppealsTable(report);
        assertEquals(200, report.cells().size());
        assertTrue(report.issues().isEmpty(), report.issues().toString());
    }

    @Test
    void webPageMetadataAboveTheTitleIsNotTheTitle() {
        String page = "索引号：000014349/2024-00031\n发布机构：长春市朝阳区人民政府\n发布日期：2024年03月28日\n"
                + resource("tab_2021_changchun_chaoyang.txt");
        ParsedReport report = success(PARSER.parseText(page));
        assertEquals("长春市朝阳区人民政府", report.agency());
        assertEquals(2023, report.year());
        assertEquals("220104", report.region().code());
    }

    @Test
    void gb18030BytesAreDecoded() {
        byte[] bytes = resource("tab_2021_changchun_chaoyang.txt").getBytes(Charset.forName("GB18030"));
        ParsedReport report = success(PARSER.parse(bytes));
        assertEquals("长春市朝阳区人民政府", report.agency());
        assertStandardRequestsTable(report);
    }

    @Test
    void utf8WithByteOrderMarkIsDecoded() {
        byte[] text = resource("tab_2021_changchun_chaoyang.txt").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        ParsedReport report = success(PARSER.parse(bytes));
        assertEquals("长春市朝阳区人民政府", report.agency());
        assertEquals(200, report.cells().size());
    }

    @Test
    void oneCellPerLineWithBrokenLabelsBlankCellsAndSignatureDate() {
        ParsedReport report = success(PARSER.parseText(resource("one_cell_per_line_2021_tangyuan.txt")));
        assertEquals("汤原县人民政府", report.agency());
        assertEquals("230828", report.region().code());
        assertEquals("佳木斯市", report.region().city());
        assertEquals(2022, report.year());
        assertEquals(LocalDate.of(2023, 1, 20), report.publishedOn());
        assertEquals(Sections.ALL, report.sections());
        assertRow(report, "active.normative_docs", List.of("issued", "repealed", "in_force"), 3, 1, 12);
        assertCell(report, "active.licensing.decisions", "516");
        assertCell(report, "active.fees.amount_wan", "3.75");
        assertStandardRequestsTable(report);
        assertRow(report, "review", OUTCOME_COLUMNS, 0, 0, 0, 0, 0);
        assertRow(report, "litigation_direct", OUTCOME_COLUMNS, 1, null, null, null, 1);
        assertRow(report, "litigation_after_review", OUTCOME_COLUMNS, 0, 0, 0, 0, 0);
        assertEquals(3, report.issues().stream().filter(i -> i.kind() == ParseIssueKind.BLANK_CELL).count());
        assertTrue(report.issues().stream().noneMatch(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT));
    }

    @Test
    void markdownPipeTablesIn2019Format() {
        ParsedReport report = success(PARSER.parseText(resource("markdown_2019_nanjing_gulou.txt")));
        assertEquals("南京市鼓楼区人民政府", report.agency());
        assertEquals("320106", report.region().code());
        assertEquals(2020, report.year());
        assertEquals(FormatVersion.F2019, report.format());
        assertEquals(Sections.ALL, report.sections());
        assertRow(report, "active.regulations", List.of("made", "published", "total"), 0, 0, 2);
        assertRow(report, "active.normative_docs", List.of("made", "published", "total"), 3, 3, 21);
        assertRow(report, "active.licensing", List.of("prev_items", "change", "decisions"), 150, 12, 1020);
        assertRow(report, "active.other_services", List.of("prev_items", "change", "decisions"), 40, -5, 300);
        assertRow(report, "active.punishment", List.of("prev_items", "change", "decisions"), 60, 0, 412);
        assertRow(report, "active.enforcement", List.of("prev_items", "change", "decisions"), 9, -1, 33);
        assertRow(report, "active.fees", List.of("prev_items", "change"), 5, -2);
        assertCell(report, "active.procurement.projects", "18");
        assertCell(report, "active.procurement.amount_wan", "25.1");
        assertApplicants(report, "apply.new", 10, 0, 0, 0, 0, 0, 10);
        assertApplicants(report, "apply.other.all", 1, 0, 0, 0, 0, 0, 1);
        assertApplicants(report, "apply.total", 10, 0, 0, 0, 0, 0, 10);
        assertAbsent(report, "apply.other.overdue_correction.total");
        assertRow(report, "review", OUTCOME_COLUMNS, 1, 0, 0, 0, 1);
        assertEquals(198, report.cells().size());
        assertTrue(report.issues().isEmpty(), report.issues().toString());
    }

    @Test
    void pdftotextLayoutColumnsWithPageNumberRepeatedHeaderAndBlankCells() {
        ParsedReport report = success(PARSER.parseText(resource("layout_2021_beijing_chaoyang_finance.txt")));
        assertEquals("北京市朝阳区财政局", report.agency());
        assertEquals("110105", report.region().code());
        assertEquals("北京市", report.region().province());
        assertEquals(2021, report.year());
        assertEquals(FormatVersion.F2021, report.format());
        assertEquals(Sections.ALL, report.sections());
        assertRow(report, "active.normative_docs", List.of("issued", "repealed", "in_force"), 2, 0, 9);
        assertCell(report, "active.punishment.decisions", "3");
        assertStandardRequestsTable(report, "denied.query_matter");
        // blank cells leave only spaces: their position tells which columns they are
        assertApplicants(report, "apply.denied.query_matter", 0, null, 0, 0, null, 0, 0);
        assertStandardAppealsTable(report);
        assertEquals(200, report.cells().size());
        assertTrue(report.issues().stream().allMatch(i -> i.kind() == ParseIssueKind.BLANK_CELL), report.issues().toString());
        assertTrue(hasIssue(report, ParseIssueKind.BLANK_CELL, "apply.denied.query_matter.legal"));
    }

    @Test
    void mixedFormatBlankMarksTypoAndMisalignedRows() {
        ParsedReport report = success(PARSER.parseText(resource("mixed_2021_fuzhou_gulou.txt")));
        assertEquals("福州市鼓楼区人民政府办公室", report.agency());
        assertEquals("350102", report.region().code());
        assertEquals(2022, report.year());
        assertEquals(FormatVersion.F2021, report.format());
        assertRow(report, "active.regulations", List.of("issued", "repealed", "in_force"), null, null, null);
        assertRow(report, "active.normative_docs", List.of("issued", "repealed", "in_force"), 4, null, 18);
        assertCell(report, "active.licensing.decisions", null);
        assertCell(report, "active.punishment.decisions", null);
        assertCell(report, "active.enforcement.decisions", "2");
        // a surplus blank cell is dropped where the row's sum says
        assertApplicants(report, "apply.new", 10, 0, 0, 0, 0, 0, 10);
        // a missing cell: the total stays in the total column
        assertCell(report, "apply.unable.not_held.natural", "2");
        assertCell(report, "apply.unable.not_held.total", "2");
        // （六）其他处理 printed as one row inside a 2021-format table
        assertApplicants(report, "apply.other.all", 1, 0, 0, 0, 0, 0, 1);
        assertAbsent(report, "apply.other.overdue_correction.natural");
        assertAbsent(report, "apply.other.other.total");
        assertTrue(hasIssue(report, ParseIssueKind.NONSTANDARD_LABEL, "apply.other.all.total"));
        assertTrue(report.issues().stream().anyMatch(i -> i.kind() == ParseIssueKind.NONSTANDARD_LABEL
                && "本年废止件数".equals(i.expected())));
        assertTrue(hasIssue(report, ParseIssueKind.ROW_CELL_COUNT, "apply.new.total"));
        assertTrue(hasIssue(report, ParseIssueKind.ROW_CELL_COUNT, "apply.unable.not_held.total"));
        assertTrue(hasIssue(report, ParseIssueKind.BLANK_CELL, "active.licensing.decisions"));
        assertTrue(hasIssue(report, ParseIssueKind.BLANK_CELL, "active.regulations.issued"));
    }

    @Test
    void everyValueIsTraceableToItsLineAndColumn() {
        String text = resource("tab_2021_changchun_chaoyang.txt");
        ParsedReport report = success(PARSER.parseText(text));
        String[] lines = text.split("\n", -1);
        report.sources().forEach((key, source) -> {
            String line = lines[source.location().line() - 1];
            assertTrue(line.substring(source.location().column() - 1).startsWith(source.raw()),
                    key + " at " + source.location().describe() + ": " + source.raw());
        });
    }

    private static boolean hasIssue(ParsedReport report, ParseIssueKind kind, String key) {
        return report.issues().stream().anyMatch(i -> i.kind() == kind && i.keys().contains(key));
    }
}
