package org.disclosure.rules.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.CellLabels;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.Numbers;

/**
 * A05: every count is a whole number ≥ 0. The {@code amount_wan} keys are money in 万元 and may be decimal
 * (but not negative); the 2019 format's {@code change} cells are signed differences and are not checked.
 */
public final class A05WholeCounts implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("A05", Severity.ERROR,
            "计数为负数或非整数（收费、采购金额及2019版“本年增/减”除外）",
            "A count is negative or not a whole number (fee and procurement amounts and the 2019 signed changes excepted)",
            "件数只能是非负整数，出现负数或小数说明填报或转换有误",
            "Counts of documents, decisions and requests are whole and non-negative; anything else is a typing or conversion error",
            "更正该单元格的数字，重新发布",
            "Correct the figure in that cell and republish");

    private static final String AMOUNT_SUFFIX = ".amount_wan";
    private static final String SIGNED_CHANGE_SUFFIX = ".change";

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        if (report.cells() == null || report.cells().isEmpty()) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("报告中未找到任何表格数字，无法核对", "No table figures were found; nothing can be checked")
                    .build());
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> cell : report.cells().entrySet()) {
            String key = cell.getKey();
            BigDecimal value = cell.getValue();
            if (value == null || key.endsWith(SIGNED_CHANGE_SUFFIX)) continue;
            boolean negative = value.signum() < 0;
            boolean fractional = !key.endsWith(AMOUNT_SUFFIX) && !Numbers.isWhole(value);
            if (!negative && !fractional) continue;
            String whatZh = negative ? "为负数" : "不是整数";
            String whatEn = negative ? "is negative" : "is not a whole number";
            findings.add(FindingBuilder.violated(this).cell(report, key)
                    .message("单元格 " + CellLabels.describe(key) + " 的值 " + Numbers.format(value) + " " + whatZh,
                            "Cell " + CellLabels.describe(key) + " holds " + Numbers.format(value) + ", which " + whatEn)
                    .build());
        }
        return findings;
    }
}
