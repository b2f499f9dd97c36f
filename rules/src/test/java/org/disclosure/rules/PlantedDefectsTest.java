package org.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.Sections;
import org.junit.jupiter.api.Test;

/**
 * Recall and false alarms of the whole validator over reports with one planted defect each and over clean
 * reports. Fails on any false alarm (a VIOLATED finding on a clean report) and on any planted defect missed.
 */
class PlantedDefectsTest {

    private record Case(String name, String rule, TestReport report, TestReport previous, LocalDate submitted) {
        ValidationContext context() {
            return new ValidationContext(previous == null ? null : previous.build(), submitted);
        }
    }

    private final Validator validator = new Validator();

    @Test
    void findsEveryPlantedDefectAndRaisesNothingOnCleanReports() {
        int found = 0;
        List<String> missed = new ArrayList<>();
        int collateral = 0;
        List<Case> planted = planted();
        for (Case defect : planted) {
            List<Finding> findings = validator.validate(defect.report().build(), defect.context());
            Set<String> raised = violatedRules(findings);
            if (raised.contains(defect.rule())) found++;
            else missed.add(defect.name() + " (raised " + raised + ")" + FindingsAssert.describe(findings));
            raised.remove(defect.rule());
            collateral += raised.size();
        }
        List<String> falseAlarms = new ArrayList<>();
        List<Case> clean = clean();
        for (Case report : clean) {
            List<Finding> findings = validator.validate(report.report().build(), report.context());
            findings.stream().filter(f -> f.status() == FindingStatus.VIOLATED)
                    .forEach(f -> falseAlarms.add(report.name() + ": " + f.rule() + " " + f.messageZh()));
        }
        double recall = (double) found / planted.size();
        System.out.printf(Locale.ROOT, "Planted defects: %d, found: %d, recall: %.3f; other rules also raised on planted reports: %d%n",
                planted.size(), found, recall, collateral);
        System.out.printf(Locale.ROOT, "Clean reports: %d, false alarms: %d%n", clean.size(), falseAlarms.size());
        assertTrue(falseAlarms.isEmpty(), () -> "false alarms: " + falseAlarms);
        assertTrue(missed.isEmpty(), () -> "missed: " + missed);
        Set<String> covered = new TreeSet<>();
        planted.forEach(c -> covered.add(c.rule()));
        assertEquals(validator.rules().size(), covered.size(), "every rule has at least one planted defect: " + covered);
    }

    private static Set<String> violatedRules(List<Finding> findings) {
        Set<String> rules = new TreeSet<>();
        findings.stream().filter(f -> f.status() == FindingStatus.VIOLATED).forEach(f -> rules.add(f.rule()));
        return rules;
    }

    private static Case plant(String name, String rule, UnaryOperator<TestReport> defect) {
        return new Case(name, rule, defect.apply(TestReport.clean()), TestReport.cleanPreviousYear(), null);
    }

    private static Case plantInPreviousYear(String name, String rule, UnaryOperator<TestReport> defect) {
        return new Case(name, rule, TestReport.clean(), defect.apply(TestReport.cleanPreviousYear()), null);
    }

    private static List<Case> planted() {
        return List.of(
                plant("section 六 missing", "S01", r -> r.withoutSection(Sections.OTHER)),
                plant("table 四 missing", "S02", r -> r.removeWhere(k -> k.startsWith("review.") || k.startsWith("litigation"))),
                plant("table 二 unreadable", "S02", r -> r.issue(ParseIssueKind.TABLE_UNREADABLE, "active", List.of(), null, "scanned image")),
                plant("2019 format for 2022", "S03", r -> r.format(FormatVersion.F2019)),
                plant("row with a cell too many", "S04", r -> r.issue(ParseIssueKind.ROW_CELL_COUNT, "requests",
                        List.of("apply.granted.natural"), "7", "8")),
                plant("carry forward unbalanced", "A01", r -> r.cell("apply.carried_forward.natural", 0).cell("apply.carried_forward.total", 0)),
                plant("outcome missing from total", "A02", r -> r.cell("apply.granted.research", 1)),
                plant("row total off by one", "A03", r -> r.cell("apply.new.total", 8)),
                plant("review total off", "A04", r -> r.cell("review.total", 2)),
                plant("negative count", "A05", r -> r.cell("active.licensing.decisions", -3)),
                plant("fractional count", "A05", r -> r.cell("active.punishment.decisions", new java.math.BigDecimal("2.5"))),
                plant("text: 25 received", "X01", r -> r.replaceParagraphs(Sections.OVERVIEW, "全年共受理信息公开申请 25 件，均按时答复。")),
                plant("text: 3 reviews", "X01", r -> r.replaceParagraphs(Sections.OVERVIEW, "全年发生政府信息公开行政复议案件 3 件。")),
                plant("text: 5 documents issued", "X01", r -> r.replaceParagraphs(Sections.OVERVIEW, "本年度出台规范性文件 5 件。")),
                plant("text: none received", "X01", r -> r.replaceParagraphs(Sections.OVERVIEW, "本年度未收到政府信息公开申请。")),
                plantInPreviousYear("carry over differs from last year", "Y01", r -> r.cell("apply.carried_forward.natural", 2)
                        .cell("apply.carried_forward.total", 2)),
                plantInPreviousYear("documents in force do not follow", "Y02", r -> r.cell("active.normative_docs.in_force", 12)),
                plantInPreviousYear("narrative copied from last year", "Y03", PlantedDefectsTest::copyOfThisYearsNarrative),
                plant("paragraph pasted twice", "Q01", r -> {
                    Paragraph first = r.paragraphs().get(0);
                    return r.paragraph(Sections.OTHER, first.text());
                }),
                plant("problems: 无", "Q02", r -> r.replaceParagraphs(Sections.PROBLEMS, "无")),
                plant("problems: boilerplate", "Q02", r -> r.replaceParagraphs(Sections.PROBLEMS, "我单位将继续加强政府信息公开工作，不断提升公开质量和水平。")),
                plant("department published late", "Q03", r -> r.agency("某某县财政局").publishedOn(LocalDate.of(2023, 2, 20))),
                plant("blank cell", "Q04", r -> r.blank("review.other")),
                plant("label typo", "Q05", r -> r.issue(ParseIssueKind.NONSTANDARD_LABEL, "active",
                        List.of("active.normative_docs.repealed"), "本年废止件数", "本年度止件数")),
                plant("2019 other row in 2021 format", "Q05", r -> r.cell("apply.other.all.total", 0)));
    }

    private static TestReport copyOfThisYearsNarrative(TestReport previous) {
        for (String section : Sections.ALL) previous.replaceParagraphs(section);
        for (Paragraph paragraph : TestReport.clean().paragraphs()) {
            previous.paragraph(paragraph.section(), paragraph.text().replace("2022", "2021").replace("1260", "1108"));
        }
        return previous;
    }

    private static List<Case> clean() {
        Supplier<TestReport> previous = TestReport::cleanPreviousYear;
        return List.of(
                new Case("government, with last year", null, TestReport.clean(), previous.get(), null),
                new Case("government, no context", null, TestReport.clean(), null, null),
                new Case("department on time", null, TestReport.clean().agency("某某县财政局").publishedOn(LocalDate.of(2023, 1, 20)),
                        previous.get(), null),
                new Case("date from submission", null, TestReport.clean().publishedOn(null), previous.get(), LocalDate.of(2023, 3, 1)),
                new Case("2019 format", null, TestReport.clean2019(), null, null),
                new Case("last year's report itself", null, TestReport.cleanPreviousYear(), null, null),
                new Case("numbers about other things", null, TestReport.clean().paragraph(Sections.OTHER,
                        "全年办理人大代表建议12件、政协提案8件，受理群众来信来访留言35件，开展政务公开培训3次，"
                                + "政务服务事项743项全部实现网上可办，发布政策解读25篇，关停政务新媒体账号3个。"), previous.get(), null));
    }
}
