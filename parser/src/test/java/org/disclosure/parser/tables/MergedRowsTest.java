package org.disclosure.parser.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.parser.documents.ReportSource;
import org.disclosure.parser.documents.TextLayouts;
import org.junit.jupiter.api.Test;

/**
 * Rows printed so tight (WPS PDFs) that the numbers of two or three rows stand on one text line and the
 * other rows' labels have none: the numbers are given out in printed order, with a ROW_CELL_COUNT issue
 * at the line, in every text layout.
 */
class MergedRowsTest {

    static final ReportParser PARSER = new ReportParser();
    static final ReportSource SOURCE = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
    static final ParsedReport EXPECTED = parse(TextLayouts.tabs(SOURCE));

    @Test
    void twoRowsNumbersOnTheFirstRowsLine() {
        assertGivenOut(List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开"), 0,
                "apply.denied.state_secret.natural", "apply.denied.law_prohibited.total", "14 cells");
    }

    @Test
    void twoRowsNumbersOnTheSecondRowsLine() {
        assertGivenOut(List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开"), 1,
                "apply.denied.state_secret.natural", "apply.denied.law_prohibited.total", "14 cells");
    }

    @Test
    void threeRowsAcrossAGroupHeading() {
        // 8.属于行政查询事项, then the heading （四）无法提供 and its rows 1 and 2
        assertGivenOut(List.of("8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作"), 0,
                "apply.denied.query_matter.natural", "apply.unable.need_create.total", "21 cells");
    }

    @Test
    void pdfWithTightRowsWhoseNumbersStandOverEachOther() {
        // a borderless PDF (PdfWriter tightRows) printing 2.重复申请's numbers 0.4 pt above those of
        // 1.信访举报投诉类申请, in the same columns: read as one line of 14 numbers and given out in order
        ParsedReport report = parse(ReportSource.bytes("report_2021_hangzhou_xihu_tight_rows.pdf"));
        assertSameCells(EXPECTED.cells(), report);
        assertSharedLineIssue(report, "apply.not_processed.petition.natural", "apply.not_processed.duplicate.total", "14 cells");
    }

    /** The rows' numbers printed on the line of the row at {@code holder} read as the clean report, in every layout. */
    private static void assertGivenOut(List<String> labels, int holder, String firstKey, String lastKey, String cells) {
        ReportSource merged = merge(SOURCE, labels, holder);
        for (Function<ReportSource, String> layout : layouts()) {
            ParsedReport report = parse(layout.apply(merged));
            assertSameCells(EXPECTED.cells(), report);
            assertSharedLineIssue(report, firstKey, lastKey, cells);
        }
    }

    @Test
    void surplusNumbersWithoutAnEmptyNeighbourAreNotGivenAway() {
        // the row after has its own numbers: the surplus is the row's own problem, reported as before
        ReportSource doubled = TextLayouts.withTables(SOURCE, rows -> {
            for (List<String> row : rows) {
                if (row.contains("1.属于国家秘密")) row.addAll(List.of("0", "0", "0", "0", "0", "0", "0"));
            }
            return rows;
        });
        ParsedReport report = parse(TextLayouts.tabs(doubled));
        assertSameCells(EXPECTED.cells(), report);
        assertTrue(report.issues().stream().anyMatch(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT
                && i.found().equals("14 cells") && i.keys().size() == 7), report.issues().toString());
    }

    @Test
    void aMissingRowBetweenStopsTheGivingOut() {
        // 2.其他法律… is not printed at all: the numbers of 1 may not go to 3
        ReportSource source = TextLayouts.withTables(SOURCE, rows -> {
            rows.removeIf(row -> row.contains("2.其他法律行政法规禁止公开"));
            for (List<String> row : rows) {
                if (row.contains("3.危及“三安全一稳定”")) row.subList(3, row.size()).clear();
                if (row.contains("1.属于国家秘密")) row.addAll(List.of("0", "0", "0", "0", "0", "0", "0"));
            }
            return rows;
        });
        ParsedReport report = parse(TextLayouts.tabs(source));
        assertTrue(!report.has("apply.denied.three_safety.total") && !report.has("apply.denied.law_prohibited.total"));
    }

    static List<Function<ReportSource, String>> layouts() {
        return List.of(TextLayouts::tabs, TextLayouts::pipes, TextLayouts::fixedWidth);
    }

    /**
     * The rows with these labels printed with all their numbers on the line of the row at {@code holder};
     * the others keep only their label slots.
     */
    static ReportSource merge(ReportSource source, List<String> labels, int holder) {
        return TextLayouts.withTables(source, rows -> {
            List<List<String>> merged = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (List<String> row : rows) {
                if (labels.stream().anyMatch(row::contains)) {
                    merged.add(row);
                    numbers.addAll(row.subList(3, row.size()));
                    row.subList(3, row.size()).clear();
                }
            }
            if (!merged.isEmpty()) merged.get(holder).addAll(numbers);
            return rows;
        });
    }

    static void assertSharedLineIssue(ParsedReport report, String firstKey, String lastKey, String cells) {
        ParseIssue issue = report.issues().stream().filter(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT)
                .findFirst().orElseThrow(() -> new AssertionError("no ROW_CELL_COUNT: " + report.issues()));
        assertEquals(firstKey, issue.keys().getFirst());
        assertEquals(lastKey, issue.keys().getLast());
        assertTrue(issue.found().startsWith(cells), issue.found());
        assertTrue(issue.location() != null && issue.location().line() != null, "located");
        assertEquals(1, report.issues().stream().filter(i -> i.kind() == ParseIssueKind.ROW_CELL_COUNT).count(),
                report.issues().toString());
    }

    /** The cells equal, key for key (null = blank); the difference listed when not. */
    static void assertSameCells(java.util.Map<String, java.math.BigDecimal> expected, ParsedReport report) {
        List<String> differences = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(report.cells().keySet());
        for (String key : keys) {
            boolean had = expected.containsKey(key);
            boolean has = report.cells().containsKey(key);
            java.math.BigDecimal want = expected.get(key);
            java.math.BigDecimal got = report.cells().get(key);
            boolean same = had == has && (want == null ? got == null : got != null && want.compareTo(got) == 0);
            if (!same) differences.add(key + ": expected " + (had ? want : "absent") + ", got " + (has ? got : "absent"));
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    static ParsedReport parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedReport parse(byte[] document) {
        ParseResult result = PARSER.parse(document);
        if (result instanceof ParseResult.Success success) return success.report();
        throw new AssertionError(((ParseResult.Failure) result).describe());
    }
}
