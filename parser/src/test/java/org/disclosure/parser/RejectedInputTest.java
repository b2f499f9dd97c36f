package org.disclosure.parser;

import static org.disclosure.parser.ReportAssertions.resource;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Documents that are not annual reports are refused with a reason, and nothing throws. */
class RejectedInputTest {

    private static final ReportParser PARSER = new ReportParser();

    @Test
    void pdfBytesAreNotText() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        assertFailure(PARSER.parse(pdf), "文本");
    }

    @Test
    void zipBytesAreNotText() {
        assertFailure(PARSER.parse(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}), "text");
    }

    @Test
    void randomBinaryIsNotText() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertFailure(PARSER.parse(noise), "text");
    }

    @Test
    void emptyAndNullInputAreRefused() {
        assertFailure(PARSER.parse(new byte[0]), "text");
        assertFailure(PARSER.parse(null), "text");
        assertFailure(PARSER.parseText(""), "annual report");
        assertFailure(PARSER.parseText(null), "annual report");
    }

    @Test
    void aNoticeIsNotAnAnnualReport() {
        assertFailure(PARSER.parseText(resource("not_a_report.txt")), "年度报告");
    }

    @Test
    void aReportWithoutTablesSaysSo() {
        assertFailure(PARSER.parseText(resource("report_without_tables.txt")), "统计表");
    }

    private static void assertFailure(ParseResult result, String reasonPart) {
        ParseResult.Failure failure = assertInstanceOf(ParseResult.Failure.class, result);
        assertTrue(failure.describe().contains(reasonPart), failure.describe());
        assertTrue(!failure.reasonZh().isBlank() && !failure.reasonEn().isBlank());
    }
}
