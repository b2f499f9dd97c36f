package org.disclosure.rules.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.IssueFindings;
import org.disclosure.rules.support.Message;

/** S04: a table row with more or fewer cells than its columns, as reported by the parser. */
public final class S04RowCellCount implements Rule {

    private static final Pattern COUNT = Pattern.compile("\\d+");

    private static final RuleReference REFERENCE = new RuleReference("S04", Severity.WARNING,
            "表格某行的单元格数与格式规定的列数不符（多出或缺少）",
            "A table row has more or fewer cells than the format has columns",
            "单元格错位会使数字落入错误的列，相关数据可能被误读或无法读取",
            "Shifted cells put numbers under the wrong column, so figures may be misread or lost",
            "检查该行，补齐空缺单元格（无数据填0）或删除多余单元格，重新发布",
            "Fix the row: fill empty cells (0 when there is nothing) or remove the extra cell, and republish");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        return IssueFindings.fromIssues(this, report, ParseIssueKind.ROW_CELL_COUNT,
                (issue, where) -> message(issue.expected(), issue.found(), where));
    }

    // The parser words expected and found freely ("7", "7 cells"); plain counts read better in the sentence.
    private static Message message(String expected, String found, Message where) {
        Matcher expectedCount = COUNT.matcher(String.valueOf(expected));
        Matcher foundCount = COUNT.matcher(String.valueOf(found));
        if (expectedCount.find() && foundCount.find()) {
            return new Message(
                    where.zh() + "该行应有 " + expectedCount.group() + " 个单元格，实际为 " + foundCount.group() + " 个",
                    where.en() + "the row should have " + expectedCount.group() + " cells but has " + foundCount.group());
        }
        return new Message(where.zh() + "单元格数不符，应为“" + expected + "”，实际为“" + found + "”",
                where.en() + "wrong number of cells: expected " + expected + ", found " + found);
    }
}
