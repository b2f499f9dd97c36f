package org.disclosure.rules.history;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HistoryRulesTest {

    private static List<Finding> run(Rule rule, TestReport report, TestReport previous) {
        return rule.check(report.build(), new ValidationContext(previous == null ? null : previous.build(), null));
    }

    @Nested
    class Y01 {
        private final Rule rule = new Y01CarryOverMatchesLastYear();

        @Test
        void passesWhenTheCarryMatches() {
            assertPasses(run(rule, TestReport.clean(), TestReport.cleanPreviousYear()));
        }

        @Test
        void reportsEachColumnThatDiffers() {
            List<Finding> findings = run(rule, TestReport.clean(), TestReport.cleanPreviousYear()
                    .cell("apply.carried_forward.natural", 2).cell("apply.carried_forward.total", 2));
            assertEquals(2, findings.size());
            Finding natural = findings.get(0);
            assertEquals(List.of("previous:apply.carried_forward.natural", "apply.carried_over.natural"), natural.cells());
            assertEquals(new BigDecimal(2), natural.expected());
            assertEquals(new BigDecimal(2), natural.values().get("previous:apply.carried_forward.natural"));
            assertTrue(natural.messageZh().startsWith("表三 自然人 列：上年报告 四、结转下年度 = 2，本年 二、上年结转 = 1"), natural.messageZh());
        }

        @Test
        void isNotAssessableWithoutLastYearsReport() {
            assertNotAssessable(run(rule, TestReport.clean(), null));
        }

        @Test
        void isNotAssessableWithAReportForAnotherYear() {
            assertNotAssessable(run(rule, TestReport.clean(), TestReport.cleanPreviousYear().year(2019)));
        }
    }

    @Nested
    class Y02 {
        private final Rule rule = new Y02InForceBalance();

        @Test
        void passesWhenTheStockFollows() {
            assertPasses(run(rule, TestReport.clean(), TestReport.cleanPreviousYear()));
        }

        @Test
        void reportsAStockThatDoesNotFollow() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean(),
                    TestReport.cleanPreviousYear().cell("active.normative_docs.in_force", 12)));
            assertEquals(new BigDecimal(13), finding.expected());
            assertTrue(finding.messageZh().startsWith("表二 行政规范性文件：上年现行有效+本年制发−本年废止 = 13，本年现行有效件数 = 10"),
                    finding.messageZh());
        }

        @Test
        void isNotAssessableAcrossTheFormatChange() {
            assertNotAssessable(run(rule, TestReport.clean().year(2021), TestReport.clean2019()));
            assertNotAssessable(run(rule, TestReport.clean(), null));
        }
    }

    @Nested
    class Y03 {
        private final Rule rule = new Y03CopiedNarrative();

        @Test
        void passesOnANewNarrative() {
            assertPasses(run(rule, TestReport.clean(), TestReport.cleanPreviousYear()));
        }

        @Test
        void reportsANarrativeCopiedWithNewFigures() {
            TestReport previous = TestReport.cleanPreviousYear();
            for (String section : Sections.ALL) previous.replaceParagraphs(section);
            for (Paragraph paragraph : TestReport.clean().paragraphs()) {
                previous.paragraph(paragraph.section(), paragraph.text().replace("2022", "2021").replace("1260", "980").replace("97", "85"));
            }
            Finding finding = assertSingleViolation(run(rule, TestReport.clean(), previous));
            assertTrue(finding.messageZh().contains("与上一年度报告相同"), finding.messageZh());
            assertTrue(finding.locations().size() >= 5, finding.locations().toString());
        }

        @Test
        void isNotAssessableWithoutLastYearsReportOrWithTooLittleText() {
            assertNotAssessable(run(rule, TestReport.clean(), null));
            assertNotAssessable(run(rule, TestReport.clean(), TestReport.clean2019().year(2021)));
        }
    }
}
