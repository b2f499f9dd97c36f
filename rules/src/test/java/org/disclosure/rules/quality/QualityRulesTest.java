package org.disclosure.rules.quality;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QualityRulesTest {

    private static List<Finding> run(Rule rule, TestReport report) {
        return rule.check(report.build(), ValidationContext.none());
    }

    @Nested
    class Q03 {
        private final Rule rule = new Q03PublicationDeadline();

        @Test
        void aGovernmentHasUntilTheEndOfMarch() {
            assertPasses(run(rule, TestReport.clean().agency("鹤岗市兴山区人民政府").publishedOn(LocalDate.of(2023, 3, 31))));
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().agency("鹤岗市兴山区人民政府").publishedOn(LocalDate.of(2023, 4, 2))));
            assertTrue(finding.messageZh().contains("晚于法定期限 2023-03-31 共 2 天"), finding.messageZh());
        }

        @Test
        void aDepartmentHasUntilTheEndOfJanuary() {
            assertPasses(run(rule, TestReport.clean().agency("某某县财政局").publishedOn(LocalDate.of(2023, 1, 31))));
            assertSingleViolation(run(rule, TestReport.clean().agency("某某县财政局").publishedOn(LocalDate.of(2023, 2, 15))));
            assertSingleViolation(run(rule, TestReport.clean().agency("原州区人民政府办公室").publishedOn(LocalDate.of(2023, 2, 15))));
        }

        @Test
        void fallsBackOnTheSubmittedDate() {
            Rule q03 = rule;
            List<Finding> findings = q03.check(TestReport.clean().publishedOn(null).build(),
                    new ValidationContext(null, LocalDate.of(2023, 5, 1)));
            assertSingleViolation(findings);
        }

        @Test
        void isNotAssessableWithoutADate() {
            assertNotAssessable(run(rule, TestReport.clean().publishedOn(null)));
        }

        @Test
        void withoutAnAgencyOnlyTheLaterDeadlineDecides() {
            assertNotAssessable(run(rule, TestReport.clean().agency(null).publishedOn(LocalDate.of(2023, 2, 15))));
            assertSingleViolation(run(rule, TestReport.clean().agency(null).publishedOn(LocalDate.of(2023, 4, 15))));
            assertPasses(run(rule, TestReport.clean().agency(null).publishedOn(LocalDate.of(2023, 1, 15))));
        }
    }

    @Nested
    class Q04 {
        private final Rule rule = new Q04BlankCells();

        @Test
        void passesWithoutBlanks() {
            assertPasses(run(rule, TestReport.clean()));
        }

        @Test
        void reportsBlankCellsPerTable() {
            List<Finding> findings = run(rule, TestReport.clean().blank("review.corrected").blank("review.other")
                    .blank("apply.new.social"));
            assertEquals(2, findings.size());
            Finding appeals = findings.stream().filter(f -> f.cells().contains("review.corrected")).findFirst().orElseThrow();
            assertEquals(List.of("review.corrected", "review.other"), appeals.cells());
            assertTrue(appeals.messageZh().contains("2 个单元格为空白"), appeals.messageZh());
        }

        @Test
        void includesTheParsersBlankCellIssues() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean()
                    .issue(ParseIssueKind.BLANK_CELL, "appeals", List.of("review.pending"), null, "/")));
            assertEquals(List.of("review.pending"), finding.cells());
        }
    }

    @Nested
    class Q05 {
        private final Rule rule = new Q05NonstandardLabels();

        @Test
        void passesWithStandardLabels() {
            assertPasses(run(rule, TestReport.clean()));
            assertPasses(run(rule, TestReport.clean2019()));
        }

        @Test
        void reportsTheParsersNonstandardLabels() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().issue(ParseIssueKind.NONSTANDARD_LABEL, "active",
                    List.of("active.normative_docs.repealed"), "本年废止件数", "本年度止件数")));
            assertTrue(finding.messageZh().contains("标签“本年度止件数”应为“本年废止件数”"), finding.messageZh());
        }

        @Test
        void notesTheSingleOtherRowInA2021FormatReportOnce() {
            TestReport mixed = TestReport.clean().cell("apply.other.all.total", 0);
            assertSingleViolation(run(rule, mixed));
            assertSingleViolation(run(rule, mixed.issue(ParseIssueKind.NONSTANDARD_LABEL, "requests",
                    List.of("apply.other.all.total"), "（六）其他处理 1–3", "（六）其他处理")));
        }
    }
}
