package org.disclosure.rules.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.Equation;
import org.disclosure.rules.support.EquationCheck;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.Operand;
import org.disclosure.rules.support.Side;
import org.disclosure.rules.support.Sides;

/**
 * Y02: 现行有效件数 = last year's 现行有效件数 + 本年制发 − 本年废止, for 规章 and 行政规范性文件. Both years need the
 * 2021 format: the 2019 format's 对外公开总数量 counts something else and is not comparable.
 */
public final class Y02InForceBalance implements Rule {

    private record DocumentKind(String prefix, String labelZh, String labelEn) {
    }

    private static final List<DocumentKind> DOCUMENT_KINDS = List.of(
            new DocumentKind("active.regulations", "规章", "regulations"),
            new DocumentKind("active.normative_docs", "行政规范性文件", "normative documents"));

    private static final RuleReference REFERENCE = new RuleReference("Y02", Severity.WARNING,
            "现行有效件数 ≠ 上年现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）",
            "Documents in force ≠ last year's in force + issued this year − repealed this year (regulations, normative documents)",
            "现行有效文件数应能由上年数和本年增减推出，不一致说明制发、废止或现行有效数有误",
            "The stock of documents in force must follow from last year's stock and this year's changes; otherwise one figure is wrong",
            "清理现行有效文件目录，核对本年制发和废止数量，更正后重新发布",
            "Reconcile the register of documents in force with this year's issued and repealed counts, correct and republish");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        Optional<Finding> unusable = PreviousYear.unusable(this, report, context);
        if (unusable.isPresent()) return List.of(unusable.get());
        ParsedReport previous = context.previousYear();
        if (report.format() != FormatVersion.F2021 || previous.format() != FormatVersion.F2021) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("本年或上年报告未使用2021版格式，没有“现行有效件数”，无法核对",
                            "This year's or last year's report is not in the 2021 format, which alone has 'in force'; nothing to check")
                    .build());
        }
        List<Equation> equations = new ArrayList<>();
        for (DocumentKind kind : DOCUMENT_KINDS) {
            String prefix = kind.prefix();
            equations.add(new Equation("表二 " + kind.labelZh(), "Table 2, " + kind.labelEn(),
                    new Side("上年现行有效+本年制发−本年废止", "last year's in force + issued − repealed", List.of(
                            Operand.previousYear(previous, prefix + ".in_force"),
                            Operand.of(report, prefix + ".issued"),
                            Operand.minus(report, prefix + ".repealed"))),
                    new Side("本年现行有效件数", "in force this year", List.of(Operand.of(report, prefix + ".in_force")))));
        }
        return EquationCheck.checkAll(this, equations, Sides.tableMissing("两个年度的表二第（一）项", "item (1) of both years' table 2"));
    }
}
