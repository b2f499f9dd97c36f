package org.disclosure.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.contracts.cells.TableIdentities;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.Equation;
import org.disclosure.rules.support.EquationCheck;
import org.disclosure.rules.support.RequestRow;
import org.disclosure.rules.support.RequestTable;
import org.disclosure.rules.support.Sides;

/** A03: table 三, per row the report prints, 总计 = the sum of the six applicant columns. */
public final class A03ApplicantSum implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("A03", Severity.ERROR,
            "表三每一行：总计 = 自然人 + 五类法人或其他组织之和",
            "Table 3, each row: total = natural persons + the five kinds of organisations",
            "行总计与各类申请人之和不一致，说明某类申请人数字有误",
            "If a row's total differs from the sum of its applicant columns, one of the figures is wrong",
            "逐行核对各类申请人数字与总计，修正后重新发布",
            "Recheck each row's applicant figures against its total, correct and republish");

    /** Each row's identity, by key prefix: the same for every report. */
    private static final Map<String, TableIdentities.Identity> SUMS = RequestTable.rows().stream()
            .collect(Collectors.toUnmodifiableMap(RequestRow::prefix,
                    row -> TableIdentities.applicantSum(row.prefix())));

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Equation> equations = new ArrayList<>();
        for (RequestRow row : RequestTable.rowsPresentIn(report)) {
            TableIdentities.Identity sum = SUMS.get(row.prefix());
            equations.add(new Equation(row.unitZh(), row.unitEn(),
                    Sides.keys(report, "六类申请人之和", "sum of the six applicant columns", sum.plus()),
                    Sides.keys(report, "总计", "total", sum.minus())));
        }
        return EquationCheck.checkAll(this, equations, Sides.tableMissing("表三", "table 3"));
    }
}
