package org.disclosure.rules.narrative;

import static org.disclosure.rules.FindingsAssert.assertNotAssessable;
import static org.disclosure.rules.FindingsAssert.assertPasses;
import static org.disclosure.rules.FindingsAssert.assertSingleViolation;
import static org.disclosure.rules.FindingsAssert.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.TestReport;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class X01NarrativeContradictsTablesTest {

    private final Rule rule = new X01NarrativeContradictsTables();

    private List<Finding> run(TestReport report) {
        return rule.check(report.build(), ValidationContext.none());
    }

    private List<Finding> runWithOverview(String text) {
        return run(TestReport.clean().replaceParagraphs(Sections.OVERVIEW, text));
    }

    @Test
    void passesWhenTheNarrativeAgreesWithTheTables() {
        assertPasses(run(TestReport.clean()));
        assertPasses(run(TestReport.clean2019()));
    }

    @Test
    void reportsReceivedApplicationsThatContradictRowOne() {
        Finding finding = assertSingleViolation(runWithOverview("全年共受理信息公开申请 25 件，均已按时答复。"));
        assertEquals(new BigDecimal(25), finding.expected());
        assertTrue(finding.cells().contains("apply.new.total"), finding.cells().toString());
        assertTrue(finding.messageZh().contains("25") && finding.messageZh().contains("= 7"), finding.messageZh());
        assertEquals(20, finding.locations().get(0).line(), "the narrative's line comes first");
    }

    @Test
    void acceptsReceivedAsRowOnePlusRowTwo() {
        // 7 new + 1 carried over
        assertPasses(runWithOverview("全年共受理政府信息公开申请8件。"));
        assertPasses(runWithOverview("全年共收到政府信息公开申请7件。"));
    }

    @Test
    void checksOutcomesCasesAndDocuments() {
        assertEquals(1, violated(runWithOverview("全年共收到公开申请7件，其中予以公开6件。")).size());
        assertEquals(1, violated(runWithOverview("全年发生政府信息公开行政复议案件3件。")).size());
        assertEquals(1, violated(runWithOverview("全年涉及政府信息公开的行政诉讼2起。")).size());
        assertEquals(1, violated(runWithOverview("本年度出台了5份规范性文件。")).size());
        assertEquals(1, violated(runWithOverview("全年共办结政府信息公开申请6件。")).size());
        assertEquals(1, violated(runWithOverview("结转下年度继续办理的政府信息公开申请3件。")).size());
    }

    @Test
    void readsStatementsOfNone() {
        assertEquals(1, violated(runWithOverview("本年度未收到政府信息公开申请。")).size());
        assertEquals(1, violated(runWithOverview("全年未发生政府信息公开行政复议案件。")).size());
        assertPasses(runWithOverview("全年未发生政府信息公开行政诉讼案件。"));
        assertPasses(runWithOverview("2022年未收到申请超出一定数量或者频次范围的政府信息公开申请，未收取信息处理费。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "答复办理政府网站“领导信箱”和“网上投诉”97 件，共收到政府信息公开申请 7 件。",
        "全年受理群众来信来访留言25件。",
        "办理回复市级政民互动信息13件、县级政民互动信息24件。",
        "全年开设政务新媒体账号22个，其中政务微博8个。",
        "发布政策解读25篇，公开政务服务事项743项。",
        "解读责任单位在规范性文件公开后3个工作日内完成解读。",
        "清理规范性文件45件，其中废止3件。",
        "受理政府信息公开申请同比增加5件。",
        "2021年共受理政府信息公开申请30件。",
        "累计受理政府信息公开申请300件。",
        "全年共受理政务服务事项25件。",
        "其中自然人申请18件，法人申请1件。",
        "政务服务大厅全年受理行政许可申请4568件，按时办结4568件。",
        "全年共受理群众申请的补贴事项25件。"})
    void leavesCountsOfOtherThingsAlone(String text) {
        assertPasses(runWithOverview(text));
    }

    @Test
    void scopesACountToTheNearestNounInItsClause() {
        assertPasses(runWithOverview("对申请人反映的问题，通过领导信箱答复25件。"));
        assertEquals(1, violated(runWithOverview("对群众来信高度重视，全年受理政府信息公开申请25件。")).size());
    }

    @Test
    void aStatementWhoseCellsAreMissingIsNotAssessable() {
        Finding finding = assertNotAssessable(run(TestReport.clean().remove("apply.total.total")
                .replaceParagraphs(Sections.OVERVIEW, "全年共办结政府信息公开申请7件。")));
        assertTrue(finding.cells().contains("apply.total.total"));
    }

    @Test
    void isNotAssessableWithoutNarrative() {
        TestReport report = TestReport.clean();
        for (String section : Sections.ALL) report.replaceParagraphs(section);
        assertNotAssessable(run(report));
    }
}
