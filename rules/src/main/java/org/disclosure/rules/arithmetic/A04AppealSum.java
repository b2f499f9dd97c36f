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
import org.disclosure.rules.support.AppealGroup;
import org.disclosure.rules.support.Equation;
import org.disclosure.rules.support.EquationCheck;
import org.disclosure.rules.support.Sides;

/** A04: table 四, for each of the three groups, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
public final class A04AppealSum implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("A04", Severity.ERROR,
            "表四行政复议、未经复议直接起诉、复议后起诉三组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
            "Table 4, each of review, direct litigation and litigation after review: total = upheld + corrected + other + pending",
            "复议诉讼案件数不平衡，说明有案件漏记或总计算错",
            "If the results do not add up to the total, a case was left out or the total is wrong",
            "核对各组案件的结果分项与总计，修正后重新发布",
            "Recount each group's results against its total, correct and republish");

    /** Each group's identity, by ordinal; the group's key prefix ("review") is the part of its total's key before ".total". */
    private static final List<TableIdentities.Identity> SUMS = Arrays.stream(AppealGroup.values())
            .map(group -> TableIdentities.appealSum(group.total().substring(0, group.total().lastIndexOf('.')))).toList();

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Equation> equations = new ArrayList<>();
        for (AppealGroup group : AppealGroup.values()) {
            TableIdentities.Identity sum = SUMS.get(group.ordinal());
            equations.add(new Equation("表四 " + group.labelZh(), "Table 4, " + group.labelEn(),
                    Sides.keys(report, "维持+纠正+其他+尚未审结", "upheld + corrected + other + pending", sum.plus()),
                    Sides.keys(report, "总计", "total", sum.minus())));
        }
        return EquationCheck.checkAll(this, equations, Sides.tableMissing("表四", "table 4"));
    }
}
