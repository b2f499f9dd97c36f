package org.disclosure.rules.arithmetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.contracts.cells.TableIdentities;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.ApplicantColumn;
import org.disclosure.rules.support.Equation;
import org.disclosure.rules.support.EquationCheck;
import org.disclosure.rules.support.RequestTable;
import org.disclosure.rules.support.Sides;

/**
 * A02: table 三, per column, （七）总计 = （一）+（二）+ every sub-row of （三）（四）（五）（六）. （六）is the three
 * 2021 sub-rows or the single row, whichever the report prints.
 */
public final class A02OutcomeSum implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("A02", Severity.ERROR,
            "表三每一列：（七）总计 =（一）+（二）+（三）（四）（五）（六）各分项之和",
            "Table 3, each column: total handled = granted + partly granted + every sub-row of denied, unable, not processed and other",
            "总计应等于各项办理结果之和，不一致说明某项结果漏填、错填或总计算错",
            "The total must be the sum of the outcomes; a gap means an outcome was left out, misplaced or the total is wrong",
            "逐列核对各办理结果分项与（七）总计，修正后重新发布",
            "Recheck each outcome row against the total in every column, correct and republish");

    /*
     * The identities of each column (by ordinal) with （六） as the three sub-rows and as the single row. Which of them
     * a report prints is told by TableIdentities from the report's cells and format, the same for every column, so it
     * is asked once per report instead of once per column.
     */
    private static final List<TableIdentities.Identity> WITH_OTHER_SUB_ROWS = Arrays.stream(ApplicantColumn.values())
            .map(column -> TableIdentities.outcomeSum(column.suffix(), key -> true, FormatVersion.F2021)).toList();
    private static final List<TableIdentities.Identity> WITH_OTHER_ROW = Arrays.stream(ApplicantColumn.values())
            .map(column -> TableIdentities.outcomeSum(column.suffix(), key -> false, FormatVersion.F2019)).toList();
    private static final String OTHER_ROW_TOTAL = RequestTable.row(RequestTable.OTHER_ALL).key(ApplicantColumn.TOTAL);

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Equation> equations = new ArrayList<>();
        List<TableIdentities.Identity> sums = printsOtherSubRows(report) ? WITH_OTHER_SUB_ROWS : WITH_OTHER_ROW;
        for (ApplicantColumn column : ApplicantColumn.values()) {
            TableIdentities.Identity sum = sums.get(column.ordinal());
            equations.add(new Equation(column.unitZh(), column.unitEn(),
                    Sides.keys(report, "（一）至（六）之和", "sum of outcomes (1)–(6)", sum.plus()),
                    Sides.keys(report, "（七）总计", "total", sum.minus())));
        }
        return EquationCheck.checkAll(this, equations, Sides.tableMissing("表三", "table 3"));
    }

    private static boolean printsOtherSubRows(ParsedReport report) {
        TableIdentities.Identity total = TableIdentities.outcomeSum(ApplicantColumn.TOTAL.suffix(), report::has, report.format());
        return !total.plus().contains(OTHER_ROW_TOTAL);
    }
}
