package org.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void hasAVersionedRuleSet() {
        assertEquals(RuleSet.CURRENT_VERSION, new Validator().ruleSetVersion());
        assertEquals(18, new Validator().rules().size());
    }

    @Test
    void aCleanReportWithContextHasNoFindingAtAll() {
        List<Finding> findings = new Validator().validate(TestReport.clean().build(),
                new ValidationContext(TestReport.cleanPreviousYear().build(), null));
        assertTrue(findings.isEmpty(), FindingsAssert.describe(findings));
    }

    @Test
    void withoutContextTheCrossYearRulesAreNotAssessableNotPassed() {
        List<Finding> findings = new Validator().validate(TestReport.clean().build(), null);
        assertEquals(List.of("Y01", "Y02", "Y03"), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.stream().allMatch(f -> f.status() == FindingStatus.NOT_ASSESSABLE));
    }

    @Test
    void aFailingRuleBecomesNotAssessable() {
        Rule broken = new Rule() {
            @Override
            public RuleReference reference() {
                return new RuleReference("Z99", Severity.ERROR, "测试", "test", "测试", "test", "测试", "test");
            }

            @Override
            public List<Finding> check(ParsedReport report, ValidationContext context) {
                throw new IllegalStateException("boom");
            }
        };
        List<Finding> findings = new Validator(new RuleSet("test", List.of(broken))).validate(TestReport.clean().build(),
                ValidationContext.none());
        assertEquals(1, findings.size());
        assertEquals(FindingStatus.NOT_ASSESSABLE, findings.get(0).status());
        assertTrue(findings.get(0).messageEn().contains("boom"));
    }
}
