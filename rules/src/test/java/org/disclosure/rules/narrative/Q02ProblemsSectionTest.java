package org.disclosure.rules.narrative;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Test;

class Q02ProblemsSectionTest {

    private final Rule rule = new Q02ProblemsSection();

    private List<Finding> run(String... problems) {
        return rule.check(TestReport.clean().replaceParagraphs(Sections.PROBLEMS, problems).build(), ValidationContext.none());
    }

    @Test
    void passesWithConcreteMeasures() {
        assertPasses(run("五、存在的主要问题及改进情况", "相关制度还不够完善。目前已按照《政府信息公开条例》要求，制定了政务信息发布工作制度。"));
    }

    @Test
    void reportsAnEmptySection() {
        assertSingleViolation(run("五、存在的主要问题及改进情况"));
    }

    @Test
    void reportsNothingToReport() {
        Finding finding = assertSingleViolation(run("无"));
        assertTrue(finding.messageZh().contains("只写了“无”"), finding.messageZh());
    }

    @Test
    void reportsBoilerplate() {
        assertSingleViolation(run("我单位将继续加强政府信息公开工作，不断提升公开质量和水平，推动各项工作落到实处。"));
    }

    @Test
    void isNotAssessableWhenTheSectionIsMissing() {
        assertNotAssessable(rule.check(TestReport.clean().withoutSection(Sections.PROBLEMS).build(), ValidationContext.none()));
    }
}
