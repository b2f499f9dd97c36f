package org.disclosure.rules.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.ApplicantColumn;
import org.disclosure.rules.support.Equation;
import org.disclosure.rules.support.EquationCheck;
import org.disclosure.rules.support.Operand;
import org.disclosure.rules.support.RequestTable;
import org.disclosure.rules.support.Side;
import org.disclosure.rules.support.Sides;

/**
 * Y01: 二、上年结转 this year equals 四、结转下年度继续办理 in last year's report, per column (the total column
 * included), so that requests are neither lost nor invented between years.
 */
public final class Y01CarryOverMatchesLastYear implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("Y01", Severity.ERROR,
            "本年“二、上年结转”与上一年度报告“四、结转下年度继续办理”不一致",
            "This year's 'carried over from last year' differs from last year's 'carried forward to next year'",
            "跨年度结转的申请数必须前后衔接，不一致说明有申请被遗漏或重复统计",
            "Requests carried across the year must match at both ends; a gap means requests were lost or double-counted",
            "核对上年结转的申请清单，更正本年或上年报告中的结转数字",
            "Reconcile the list of requests carried over and correct this year's or last year's figure");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        Optional<Finding> unusable = PreviousYear.unusable(this, report, context);
        if (unusable.isPresent()) return List.of(unusable.get());
        ParsedReport previous = context.previousYear();
        List<Equation> equations = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Operand lastYear = Operand.previousYear(previous, RequestTable.row(RequestTable.CARRIED_FORWARD).key(column));
            Operand thisYear = Operand.of(report, RequestTable.row(RequestTable.CARRIED_OVER).key(column));
            equations.add(new Equation(column.unitZh(), column.unitEn(),
                    new Side("上年报告 四、结转下年度", "last year's carried forward", List.of(lastYear)),
                    new Side("本年 二、上年结转", "this year's carried over", List.of(thisYear))));
        }
        return EquationCheck.checkAll(this, equations, Sides.tableMissing("两个年度的表三结转行", "the carry rows of both years' table 3"));
    }
}
