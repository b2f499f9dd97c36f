package org.disclosure.rules.structure;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

    private static List<Finding> run(Rule rule, TestReport report) {
        return rule.check(report.build(), ValidationContext.none());
    }

    @Nested
    class S01 {
        private final Rule rule = new S01MissingSection();

        @Test
        void passesWithAllSixSections() {
            assertPasses(run(rule, TestReport.clean()));
        }

        @Test
        void reportsEachMissingSection() {
            List<Finding> findings = run(rule, TestReport.clean().withoutSection(Sections.PROBLEMS).withoutSection(Sections.OTHER));
            assertEquals(2, findings.size());
            assertTrue(findings.get(0).messageZh().contains("五、存在的主要问题及改进情况"), findings.get(0).messageZh());
        }
    }

    @Nested
    class S02 {
        private final Rule rule = new S02MissingTable();

        @Test
        void passesWithAllTables() {
            assertPasses(run(rule, TestReport.clean()));
        }

        @Test
        void reportsATableWithoutAnyCell() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().removeWhere(k -> k.startsWith("review.") || k.startsWith("litigation"))));
            assertTrue(finding.messageEn().contains("Table 4"), finding.messageEn());
        }

        @Test
        void reportsAnUnreadableTable() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean()
                    .issue(ParseIssueKind.TABLE_UNREADABLE, "active", List.of(), null, "image")));
            assertEquals(1, finding.locations().size());
        }
    }

    @Nested
    class S03 {
        private final Rule rule = new S03FormatFitsYear();

        @Test
        void passesForTheRightFormat() {
            assertPasses(run(rule, TestReport.clean()));
            assertPasses(run(rule, TestReport.clean2019()));
        }

        @Test
        void reportsThe2019FormatForA2021Report() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean().year(2021).format(FormatVersion.F2019)));
            assertTrue(finding.messageZh().contains("2021 版格式"), finding.messageZh());
        }

        @Test
        void reportsThe2021FormatForA2020Report() {
            assertSingleViolation(run(rule, TestReport.clean().year(2020)));
        }

        @Test
        void isNotAssessableWithoutYearOrFormat() {
            assertNotAssessable(run(rule, TestReport.clean().year(null)));
            assertNotAssessable(run(rule, TestReport.clean().format(null)));
        }
    }

    @Nested
    class S04 {
        private final Rule rule = new S04RowCellCount();

        @Test
        void passesWithoutIssues() {
            assertPasses(run(rule, TestReport.clean()));
        }

        @Test
        void reportsEachRowCellCountIssue() {
            Finding finding = assertSingleViolation(run(rule, TestReport.clean()
                    .issue(ParseIssueKind.ROW_CELL_COUNT, "requests", List.of("apply.total.total"), "7", "6")));
            assertEquals(List.of("apply.total.total"), finding.cells());
            assertTrue(finding.messageZh().contains("应有 7 个单元格，实际为 6 个"), finding.messageZh());
            assertEquals(2, finding.locations().size(), "issue location and cell source");
        }
    }
}
