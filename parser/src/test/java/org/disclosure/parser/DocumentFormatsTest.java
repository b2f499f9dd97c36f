package org.disclosure.parser;

import static org.disclosure.parser.ReportAssertions.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One report in every format: the PDF (committed, written by PdfWriter: table 三 breaks across two pages
 * under a repeated header), a Word document with merged cells and a government web page with rowspan
 * and colspan (both generated here) must read exactly as the same report as plain text.
 */
class DocumentFormatsTest {

    private static final ReportParser PARSER = new ReportParser();
    private static final ReportSource SOURCE = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
    private static ParsedReport fromText;

    @BeforeAll
    static void readTheTextVersion() {
        fromText = success(PARSER.parse(SOURCE.toText().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTextVersionIsReadCompletely() {
        assertEquals("杭州市西湖区人民政府", fromText.agency());
        assertEquals("330106", fromText.region().code());
        assertEquals(2024, fromText.year());
        assertEquals(FormatVersion.F2021, fromText.format());
        assertEquals(LocalDate.of(2025, 1, 20), fromText.publishedOn());
        assertEquals(Sections.ALL, fromText.sections());
        assertEquals(200, fromText.cells().size());
        assertTrue(fromText.issues().isEmpty(), fromText.issues().toString());
    }

    @Test
    void pdfReadsAsTheText() {
        ParsedReport report = success(PARSER.parse(document("report_2021_hangzhou_xihu.pdf")));
        assertSameReport(report);
        // the table 三 row printed on page 2, under the repeated header, is located on its page
        CellSource source = report.sources().get("apply.unable.not_held.total");
        assertEquals(2, source.location().page(), source.location().describe());
        assertNotNull(source.location().line());
        assertTrue(source.location().cell().startsWith("table "), source.location().describe());
    }

    @Test
    void pdfWithoutTableBordersReadsAsTheText() {
        // no borders to decide cells: lines are split at wide gaps, as pdftotext -layout prints them
        assertSameReport(success(PARSER.parse(document("report_2021_hangzhou_xihu_borderless.pdf"))));
    }

    @Test
    void docxWithMergedCellsReadsAsTheText() {
        ParsedReport report = success(PARSER.parse(DocxWriter.write(SOURCE)));
        assertSameReport(report);
        // table 三 is the docx's second table; row 4 is 一、本年新收 (after three header rows); column 10 总计
        assertEquals("table 2, row 4, column 10", report.sources().get("apply.new.total").location().cell());
    }

    @Test
    void webPageWithNavigationAndSpansReadsAsTheText() {
        byte[] page = HtmlWriter.write(SOURCE).getBytes(StandardCharsets.UTF_8);
        ParsedReport report = success(PARSER.parse(page));
        assertSameReport(report);
        assertTrue(report.paragraphs().stream().noneMatch(p -> p.text().contains("首页") || p.text().contains("主办单位")),
                "site chrome read as narrative");
        assertTrue(report.sources().get("apply.new.total").location().cell().startsWith("table "));
    }

    @Test
    void webPageLaidOutInTablesReadsAsTheText() {
        // older portals put the title and the article in cells of a page-layout table
        String page = HtmlWriter.write(SOURCE)
                .replace("<div class=\"main-content\">", "<table class=\"layout\" width=\"980\"><tr><td valign=\"top\">")
                .replace("<div class=\"article-content\" id=\"zoom\">", "</td></tr><tr><td><div class=\"article-content\" id=\"zoom\">")
                .replace("<div class=\"share-bar\">", "</td></tr></table><div class=\"share-bar\">");
        assertTrue(page.contains("class=\"layout\""));
        assertSameReport(success(PARSER.parse(page.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void webPageInGb18030IsDecodedByContent() {
        byte[] page = HtmlWriter.write(SOURCE).replace("charset=\"utf-8\"", "charset=\"gbk\"")
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertSameReport(success(PARSER.parse(page)));
    }

    static void assertSameReport(ParsedReport report) {
        assertEquals(fromText.agency(), report.agency(), "agency");
        assertEquals(fromText.region(), report.region(), "region");
        assertEquals(fromText.year(), report.year(), "year");
        assertEquals(fromText.format(), report.format(), "format");
        assertEquals(fromText.publishedOn(), report.publishedOn(), "publishedOn");
        assertEquals(fromText.sections(), report.sections(), "sections");
        assertEquals(fromText.cells(), report.cells(), "cells");
        assertEquals(List.of(), report.issues().stream().filter(i -> i.kind() != ParseIssueKind.BLANK_CELL).toList(), "issues");
    }

    static byte[] document(String name) {
        try (InputStream in = DocumentFormatsTest.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
