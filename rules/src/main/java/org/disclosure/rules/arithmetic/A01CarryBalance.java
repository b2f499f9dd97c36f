package org.disclosure.rules.arithmetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.contracts.cells.TableIdentities;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.ApplicantColumn;
import org.disclosure.rules.support.Equation;
import org.disclosure.rules.support.EquationCheck;
import org.disclosure.rules.support.Sides;

/** A01: table 三, per column, 一 + 二 = （七）总计 + 四 — the identity printed on the table itself. */
public final class A01CarryBalance implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("A01", Severity.ERROR,
            "表三每一列：一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度继续办理）",
            "Table 3, each column: new + carried over from last year = total handled + carried forward",
            "这是表格上印明的勾稽关系，不成立说明有申请被漏记或重复统计",
            "This identity is printed on the table; if it fails, requests were lost or counted twice",
            "逐列核对新收、结转、办理结果和结转下年的数字，修正后重新发布",
            "Recount new, carried-over, handled and carried-forward requests column by column, correct and republish");

    /** The identity of each column, by ordinal: the same for every report. */
    private static final List<TableIdentities.Identity> BALANCES = Arrays.stream(ApplicantColumn.values())
            .map(column -> TableIdentities.carryBalance(column.suffix())).toList();

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Equation> equations = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            TableIdentities.Identity balance = BALANCES.get(column.ordinal());
            equations.add(new Equation(column.unitZh(), column.unitEn(),
                    Sides.keys(report, "一+二", "new + carried over", balance.plus()),
                    Sides.keys(report, "（七）总计+四", "total + carried forward", balance.minus())));
        }
        return EquationCheck.checkAll(this, equations, Sides.tableMissing("表三", "table 3"));
    }
}
