package org.disclosure.rules.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.CellSums;
import org.disclosure.rules.Indicators;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.junit.jupiter.api.Test;

/**
 * Real 2021-format reports print （六）其他处理 as one row (read as apply.other.all.*). The arithmetic rules and
 * the indicators must treat that row exactly as the three sub-rows it stands for: the same report printed
 * either way gives the same A01–A05 and Q04 findings and the same indicators; only Q05 notes the form.
 */
class OtherHandlingOneRowTest {

    private static final List<String> COLUMNS = List.of("natural", "commercial", "research", "social", "legal", "other", "total");
    private static final List<String> SUB_ROWS = List.of("overdue_correction", "overdue_fee", "other");

    /** The report with its three （六） sub-rows folded into the one row, column by column. */
    static TestReport oneRow(TestReport threeRows) {
        ParsedReport report = threeRows.build();
        TestReport folded = threeRows;
        for (String column : COLUMNS) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String row : SUB_ROWS) {
                BigDecimal value = report.value("apply.other." + row + "." + column);
                sum = sum == null || value == null ? null : sum.add(value);
            }
            folded = sum == null ? folded.blank("apply.other.all." + column) : folded.cell("apply.other.all." + column, sum);
        }
        return folded.removeWhere(key -> SUB_ROWS.stream().anyMatch(row -> key.startsWith("apply.other." + row + ".")));
    }

    @Test
    void theCleanReportIsCleanEitherWay() {
        assertSameChecks(TestReport.clean(), r -> r);
    }

    @Test
    void aWrongOtherHandlingFigureIsFoundEitherWay() {
        // one more natural-person request handled otherwise than the total says: A02 and A03 both break
        assertSameChecks(TestReport.clean(), r -> r.cell("apply.other.overdue_correction.natural",
                r.build().value("apply.other.overdue_correction.natural").add(BigDecimal.ONE)));
    }

    @Test
    void aBlankOtherHandlingCellIsNotAssessableAndABlankEitherWay() {
        assertSameChecks(TestReport.clean(), r -> r.blank("apply.other.overdue_fee.social"));
    }

    @Test
    void aNegativeOtherHandlingCountIsFoundEitherWay() {
        // (a sub-row's negative that another sub-row cancels cannot show in the one row: nothing to compare)
        assertSameChecks(TestReport.clean(), r -> r.cell("apply.other.other.legal", -1));
    }

    @Test
    void regionalSumsOfBothFormsGiveTheSameIndicators() {
        ParsedReport three = TestReport.clean().build();
        ParsedReport one = oneRow(TestReport.clean()).build();
        Map<String, BigDecimal> mixed = Indicators.of(CellSums.of(List.of(three, one)).complete()).asMap();
        Map<String, BigDecimal> same = Indicators.of(CellSums.of(List.of(three, three)).complete()).asMap();
        assertEquals(same, mixed);
    }

    private static void assertSameChecks(TestReport clean, UnaryOperator<TestReport> plant) {
        ParsedReport three = plant.apply(TestReport.clean()).build();
        ParsedReport one = oneRow(plant.apply(TestReport.clean())).build();
        assertEquals(FormatVersion.F2021, one.format());
        assertTrue(one.has("apply.other.all.total") && !one.has("apply.other.other.total"));
        assertEquals(checks(three), checks(one));
        assertEquals(Indicators.of(three.cells()).asMap(), Indicators.of(one.cells()).asMap());
        assertFalse(new Validator().validate(one, ValidationContext.none()).stream().noneMatch(f -> f.rule().equals("Q05")),
                "Q05 notes the one row");
    }

    /** Per arithmetic rule and Q04: how many findings of each status (the cells named differ by key only). */
    private static Map<String, String> checks(ParsedReport report) {
        Map<String, String> checks = new TreeMap<>();
        for (Finding finding : new Validator().validate(report, ValidationContext.none())) {
            if (!finding.rule().matches("A0[1-5]|Q04")) continue;
            checks.merge(finding.rule() + " " + finding.status(), "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
        }
        return checks;
    }
}
