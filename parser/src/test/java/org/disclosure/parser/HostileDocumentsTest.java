package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import org.disclosure.parser.documents.HostileDocuments;
import org.junit.jupiter.api.Test;

/**
 * Documents built to exhaust the parser (span bombs, gridSpan bombs, 20,000 levels of nesting, millions of
 * lines, thousands of pages, deflate bombs, binary data) fail alone, within seconds, with a reason in Chinese
 * and English that names the limit, and never as an exception or an Error.
 */
class HostileDocumentsTest {

    private static final ReportParser PARSER = new ReportParser(Duration.ofSeconds(5));
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

    @Test
    void htmlSpanBombFailsOnTheGridLimit() {
        assertRefused(HostileDocuments::htmlSpanBomb, "表格过大", "too large");
        assertRefused(HostileDocuments::htmlTallSpanBomb, "表格过大", "too large");
    }

    @Test
    void docxGridSpanBombFailsOnTheGridLimit() {
        assertRefused(HostileDocuments::docxGridSpanBomb, "表格过大", "too large");
    }

    @Test
    void htmlNestedTwentyThousandLevelsFailsOnTheNestingLimit() {
        assertRefused(() -> HostileDocuments.deeplyNestedHtml(20_000), "嵌套过深", "nested too deeply");
    }

    @Test
    void textOfMillionsOfTableLinesFailsOnTheLineLimit() {
        assertRefused(() -> HostileDocuments.textTableLines(2_000_000), "过长", "too long");
        assertRefused(() -> HostileDocuments.textLongLine(300_000), "过长", "too long");
    }

    @Test
    void textJustUnderTheLineLimitIsAnsweredInTime() {
        // not past any size limit: read or refused, but within the wall-clock limit
        long start = System.nanoTime();
        ParseResult result = PARSER.parse(HostileDocuments.textTableLines(150_000));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(ANSWERED_WITHIN) < 0);
        assertTrue(result instanceof ParseResult.Success || result instanceof ParseResult.Failure);
    }

    @Test
    void pdfOfThousandsOfPagesFailsOnThePageLimit() {
        assertRefused(() -> HostileDocuments.pdfManyPages(3_000), "页数过多", "too many pages");
    }

    @Test
    void pdfWithAHugeContentStreamFailsOnTheDecodedBytesLimit() {
        assertRefused(() -> HostileDocuments.pdfStreamBomb(256L << 20), "内容过大", "too large");
    }

    @Test
    void binaryDataNamedPdfIsRefusedAsWhatItIs() {
        assertRefused(() -> HostileDocuments.binary(200_000, true), "文件已损坏", "corrupt");
        assertRefused(() -> HostileDocuments.binary(200_000, false), "不是年度报告", "not a report");
    }

    @Test
    void aValidReportStillParsesAfterwards() {
        PARSER.parse(HostileDocuments.htmlSpanBomb());
        assertInstanceOf(ParseResult.Success.class, PARSER.parse(DocumentFormatsTest.document("report_2021_hangzhou_xihu.pdf")));
    }

    @Test
    void theWallClockLimitFailsADocumentThatTakesTooLong() {
        ReportParser impatient = new ReportParser(Duration.ofMillis(1));
        ParseResult result = impatient.parse(DocumentFormatsTest.document("report_2021_hangzhou_xihu.pdf"));
        ParseResult.Failure failure = assertInstanceOf(ParseResult.Failure.class, result);
        assertTrue(failure.reasonZh().contains("解析超时"), failure.reasonZh());
        assertTrue(failure.reasonEn().contains("time limit"), failure.reasonEn());
    }

    private static void assertRefused(Supplier<byte[]> document, String zh, String en) {
        byte[] bytes = document.get();
        long start = System.nanoTime();
        ParseResult result = PARSER.parse(bytes);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(ANSWERED_WITHIN) < 0, "took " + took);
        ParseResult.Failure failure = assertInstanceOf(ParseResult.Failure.class, result);
        assertTrue(failure.reasonZh().contains(zh), failure.reasonZh());
        assertTrue(failure.reasonEn().contains(en), failure.reasonEn());
        assertFalse(failure.reasonEn().contains("Exception"), failure.reasonEn());
    }
}
