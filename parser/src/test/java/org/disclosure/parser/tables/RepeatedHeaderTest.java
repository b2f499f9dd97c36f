package org.disclosure.parser.tables;

import static org.disclosure.parser.tables.MergedRowsTest.EXPECTED;
import static org.disclosure.parser.tables.MergedRowsTest.SOURCE;
import static org.disclosure.parser.tables.MergedRowsTest.assertSameCells;
import static org.disclosure.parser.tables.MergedRowsTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;
import org.disclosure.parser.documents.TextLayouts;
import org.disclosure.parser.documents.Variants;
import org.junit.jupiter.api.Test;

/**
 * Table 三 broken near its end by a page footer, a caption (续表) and the header rows repeated: the rows
 * after them — 2.申请人逾期未按收费通知…, 3.其他, （七）总计, 四、结转下年度继续办理 — are read, the header's
 * 其他 and 总计 columns are not taken for rows.
 */
class RepeatedHeaderTest {

    static final ReportSource BROKEN = Variants.repeatedHeader(SOURCE);

    @Test
    void tabs() {
        assertWholeTable(parse(TextLayouts.tabs(BROKEN)));
    }

    @Test
    void markdownPipes() {
        assertWholeTable(parse(TextLayouts.pipes(BROKEN)));
    }

    @Test
    void fixedWidthColumns() {
        assertWholeTable(parse(TextLayouts.fixedWidth(BROKEN)));
    }

    @Test
    void oneCellPerLine() {
        String text = TextLayouts.tabs(BROKEN).replace("\t", "\n\t");
        assertWholeTable(parse(text));
    }

    @Test
    void webPage() {
        assertWholeTable(parse(HtmlWriter.write(BROKEN)));
    }

    @Test
    void wordDocument() {
        assertWholeTable(parse(DocxWriter.write(BROKEN)));
    }

    @Test
    void pdf() {
        assertWholeTable(parse(ReportSource.bytes("report_2021_hangzhou_xihu_repeated_header.pdf")));
    }

    static void assertWholeTable(ParsedReport report) {
        assertSameCells(EXPECTED.cells(), report);
        assertEquals(List.of(), report.issues().stream().filter(i -> i.kind() != ParseIssueKind.BLANK_CELL).toList());
    }
}
