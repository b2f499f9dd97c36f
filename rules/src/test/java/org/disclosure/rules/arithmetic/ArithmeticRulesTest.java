package org.disclosure.rules.arithmetic;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.disclosure.rules.FindingsAssert.notAssessable;
import static org.disclosure.rules.FindingsAssert.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArithmeticRulesTest {

    private static List<Finding> run(Rule rule, TestReport report) {
        return rule.check(report.build(), ValidationContext.none());
    }

    @Nested
    class A01 {
        private final Rule rule = new A01CarryBalance();

        @Test
        void passesOnABalancedTable() {
            assertPasses(run(rule, TestReport.clean()));
            assertPasses(run(rule, TestReport.clean2019()));
        }

        @Test
        void reportsTheUnbalancedColumnWithValuesExpectedAndLocations() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().cell("apply.carried_forward.natural", 0)
                    .cell("apply.carried_forward.total", 0).cell("apply.carried_over.total", 1)
                    .cell("apply.carried_forward.total", 1)));
            assertEquals("A01", finding.rule());
            assertEquals(Severity.ERROR, finding.severity());
            assertEquals(List.of("apply.new.natural", "apply.carried_over.natural", "apply.total.natural", "apply.carried_forward.natural"),
                    finding.cells());
            assertEquals(new BigDecimal(6), finding.expected());
            assertEquals(BigDecimal.ZERO, finding.values().get("apply.carried_forward.natural"));
            assertEquals(4, finding.locations().size());
            assertEquals("表三 自然人 列：一+二 = 6，（七）总计+四 = 5，相差 1", finding.messageZh());
            assertEquals("Table 3, column natural persons: new + carried over = 6 but total + carried forward = 5 (difference 1)",
                    finding.messageEn());
        }

        @Test
        void reportsOneFindingPerViolatedColumn() {
            List<Finding> findings = run(rule, TestReport.clean().cell("apply.new.natural", 6).cell("apply.new.commercial", 3));
            assertEquals(2, violated(findings).size());
        }

        @Test
        void aBlankCellMakesOnlyItsColumnNotAssessable() {
            List<Finding> findings = run(rule, TestReport.clean().blank("apply.new.natural"));
            Finding finding = assertNotAssessable(findings);
            assertEquals(1, findings.size());
            assertEquals(List.of("apply.new.natural"), finding.cells());
            assertTrue(finding.messageZh().contains("空白"), finding.messageZh());
        }

        @Test
        void aMissingTableIsOneNotAssessableFinding() {
            List<Finding> findings = run(rule, TestReport.clean().removeWhere(k -> k.startsWith("apply.")));
            assertEquals(1, notAssessable(findings).size());
            assertEquals(1, findings.size());
        }
    }

    @Nested
    class A02 {
        private final Rule rule = new A02OutcomeSum();

        @Test
        void passesOnBothFormats() {
            assertPasses(run(rule, TestReport.clean()));
            assertPasses(run(rule, TestReport.clean2019()));
        }

        @Test
        void countsThe2021SubRowsOfOtherHandling() {
            List<Finding> findings = run(rule, TestReport.clean().cell("apply.other.overdue_fee.legal", 1));
            Finding finding = assertSingleViolation(findings);
            assertTrue(finding.messageZh().startsWith("表三 法律服务机构 列"), finding.messageZh());
            assertEquals(BigDecimal.ONE, finding.expected());
        }

        @Test
        void countsTheSingleOtherRowIn2019AndIn2021FormatReportsThatPrintIt() {
            assertSingleViolation(run(rule, TestReport.clean2019().cell("apply.other.all.social", 2)));
            TestReport mixed = TestReport.clean().removeWhere(k -> k.startsWith("apply.other.") && !k.startsWith("apply.other.all"))
                    .cells("apply.other.all.natural", 1, "apply.other.all.total", 1, "apply.total.natural", 6, "apply.total.total", 8,
                            "apply.other.all.commercial", 0, "apply.other.all.research", 0, "apply.other.all.social", 0,
                            "apply.other.all.legal", 0, "apply.other.all.other", 0);
            assertPasses(run(rule, mixed));
        }

        @Test
        void reportsAWrongTotal() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().cell("apply.granted.research", 1)));
            assertEquals(List.of("apply.total.research"), finding.cells().subList(finding.cells().size() - 1, finding.cells().size()));
        }
    }

    @Nested
    class A03 {
        private final Rule rule = new A03ApplicantSum();

        @Test
        void passesOnBothFormats() {
            assertPasses(run(rule, TestReport.clean()));
            assertPasses(run(rule, TestReport.clean2019()));
        }

        @Test
        void reportsTheRowWhoseTotalDiffers() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().cell("apply.new.total", 8)));
            assertTrue(finding.messageZh().startsWith("表三 一、本年新收政府信息公开申请数量 行：六类申请人之和 = 7，总计 = 8"), finding.messageZh());
            assertEquals(new BigDecimal(7), finding.expected());
        }

        @Test
        void anIncompleteRowIsNotAssessable() {
            Finding finding = assertNotAssessable(run(rule, TestReport.clean().remove("apply.total.total")));
            assertTrue(finding.messageEn().contains("not found"), finding.messageEn());
        }
    }

    @Nested
    class A04 {
        private final Rule rule = new A04AppealSum();

        @Test
        void passesOnBalancedGroups() {
            assertPasses(run(rule, TestReport.clean()));
        }

        @Test
        void reportsTheGroupWhoseTotalDiffers() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().cell("litigation_after_review.pending", 2)));
            assertTrue(finding.messageEn().startsWith("Table 4, litigation after review"), finding.messageEn());
            assertEquals(new BigDecimal(2), finding.expected());
        }

        @Test
        void blankResultCellsMakeTheGroupNotAssessable() {
            assertNotAssessable(run(rule, TestReport.clean().blank("review.corrected")));
        }
    }

    @Nested
    class A05 {
        private final Rule rule = new A05WholeCounts();

        @Test
        void acceptsDecimalAmountsAndSignedChanges() {
            assertPasses(run(rule, TestReport.clean()));
            assertPasses(run(rule, TestReport.clean2019()));
        }

        @Test
        void reportsNegativeAndFractionalCounts() {
            List<Finding> findings = run(rule, TestReport.clean().cell("active.licensing.decisions", -3)
                    .cell("active.punishment.decisions", new BigDecimal("2.5")));
            assertEquals(2, violated(findings).size());
            assertTrue(findings.get(0).messageZh().contains("为负数"), findings.get(0).messageZh());
            assertTrue(findings.get(1).messageEn().contains("not a whole number"), findings.get(1).messageEn());
        }

        @Test
        void reportsANegativeAmount() {
            assertSingleViolation(run(rule, TestReport.clean().cell("active.fees.amount_wan", new BigDecimal("-1.5"))));
        }

        @Test
        void isNotAssessableWithoutCells() {
            assertNotAssessable(run(rule, TestReport.clean().removeWhere(k -> true).format(FormatVersion.F2021)));
        }
    }
}
