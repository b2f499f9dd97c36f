package org.disclosure.rules.narrative;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Test;

class Q01RepeatedTextTest {

    private final Rule rule = new Q01RepeatedText();

    private List<Finding> run(TestReport report) {
        return rule.check(report.build(), ValidationContext.none());
    }

    @Test
    void passesWithoutRepetition() {
        assertPasses(run(TestReport.clean()));
    }

    @Test
    void findsAClauseDoubledInsideASentence() {
        Finding finding = assertSingleViolation(run(TestReport.clean().replaceParagraphs(Sections.ACTIVE,
                "坚持以人民为中心的发展思想，紧紧围绕区委区政府中心工作，紧紧围绕区委区政府中心工作，聚焦群众关注焦点。")));
        assertTrue(finding.messageZh().contains("“紧紧围绕区委区政府中心工作”重复出现 2 次"), finding.messageZh());
        assertEquals(1, finding.locations().size());
    }

    @Test
    void findsAPastedParagraphAsOneFinding() {
        String pasted = "如对本年度报告有任何疑问，请与本县人民政府办公室联系（电话：3298126），我们将及时答复。";
        Finding finding = assertSingleViolation(run(TestReport.clean().paragraph(Sections.OTHER, pasted).paragraph(Sections.OTHER, pasted)));
        assertEquals(2, finding.locations().size());
        assertTrue(finding.messageEn().contains("and 1 more clauses"), finding.messageEn());
    }

    @Test
    void ignoresShortFormulasHeadingsAndContactDetails() {
        assertPasses(run(TestReport.clean()
                .paragraph(Sections.OTHER, "以公开促落实，以公开促规范，以公开促服务。")
                .paragraph(Sections.OTHER, "坚持以公开促落实，以公开促规范，以公开促服务。")
                .paragraph(Sections.OTHER, "某某县人民政府")
                .paragraph(Sections.OTHER, "某某县人民政府")
                .paragraph(Sections.OTHER, "邮箱：yhzfb8126@126.com，电话：0458-3690048。")
                .paragraph(Sections.OTHER, "地址：新兴路，邮箱：yhzfb8126@126.com。")));
    }

    @Test
    void isNotAssessableWithoutNarrative() {
        TestReport report = TestReport.clean();
        for (String section : Sections.ALL) report.replaceParagraphs(section);
        assertNotAssessable(run(report));
    }
}
