package org.disclosure.parser.tables;

import static org.disclosure.parser.tables.MergedRowsTest.EXPECTED;
import static org.disclosure.parser.tables.MergedRowsTest.SOURCE;
import static org.disclosure.parser.tables.MergedRowsTest.assertSameCells;
import static org.disclosure.parser.tables.MergedRowsTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;
import org.disclosure.parser.documents.TextLayouts;
import org.disclosure.parser.documents.Variants;
import org.junit.jupiter.api.Test;

/**
 * Every printed row label and column header is compared with its standard wording; each deviation is a
 * NONSTANDARD_LABEL issue with its location and both texts, the row still read. Punctuation, spaces and
 * full/half width are no deviation.
 */
class LabelDeviationsTest {

    static final ReportSource LABELS = Variants.nonstandardLabels(SOURCE);

    @Test
    void tabs() {
        assertDeviations(parse(TextLayouts.tabs(LABELS)));
    }

    @Test
    void markdownPipes() {
        assertDeviations(parse(TextLayouts.pipes(LABELS)));
    }

    @Test
    void wordDocument() {
        assertDeviations(parse(DocxWriter.write(LABELS)));
    }

    @Test
    void webPage() {
        assertDeviations(parse(HtmlWriter.write(LABELS)));
    }

    @Test
    void theStandardReportHasNone() {
        assertTrue(EXPECTED.issues().isEmpty(), EXPECTED.issues().toString());
    }

    static void assertDeviations(ParsedReport report) {
        assertSameCells(EXPECTED.cells(), report);
        List<ParseIssue> labels = report.issues().stream().filter(i -> i.kind() == ParseIssueKind.NONSTANDARD_LABEL).toList();
        Set<String> pairs = labels.stream().map(i -> i.found() + "→" + i.expected()).collect(Collectors.toSet());
        assertEquals(Set.of("现行有效数量→现行有效件数", "四、结转下一年度继续办理→结转下年度继续办理",
                "1.本机关未掌握相关政府信息→本机关不掌握相关政府信息"), pairs, labels.toString());
        assertTrue(labels.stream().allMatch(i -> i.location() != null), "located");
        assertTrue(labels.stream().anyMatch(i -> i.keys().contains("apply.carried_forward.total")), labels.toString());
    }
}
