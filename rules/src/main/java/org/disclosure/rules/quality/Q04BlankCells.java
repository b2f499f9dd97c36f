package org.disclosure.rules.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.IssueFindings;
import org.disclosure.rules.support.SectionLabels;

/**
 * Q04: blank cells where the format expects a number — null values and the parser's BLANK_CELL issues,
 * merged and reported as one finding per table so that a table full of blanks is one item to fix.
 */
public final class Q04BlankCells implements Rule {

    private static final int KEYS_SHOWN = 6;

    private static final RuleReference REFERENCE = new RuleReference("Q04", Severity.INFO,
            "表格中应填数字的单元格为空白（或填“/”“-”“无”）",
            "Cells that should hold a number are blank (or hold /, - or 无)",
            "空白无法区分“0”与“未统计”，影响汇总和核对",
            "A blank cannot be told apart from 'not counted', which spoils sums and checks",
            "无数据的单元格填写 0，重新发布",
            "Write 0 in cells with nothing to report and republish");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        Map<String, Set<String>> blanksByTable = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> cell : report.cells().entrySet()) {
            if (cell.getValue() == null) blanksByTable.computeIfAbsent(tableOf(cell.getKey()), t -> new LinkedHashSet<>()).add(cell.getKey());
        }
        List<ParseIssue> issues = IssueFindings.issuesOf(report, ParseIssueKind.BLANK_CELL);
        for (ParseIssue issue : issues) {
            Set<String> keys = blanksByTable.computeIfAbsent(issue.table() != null ? issue.table() : tableOfFirst(issue), t -> new LinkedHashSet<>());
            if (issue.keys() != null) keys.addAll(issue.keys());
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Set<String>> table : blanksByTable.entrySet()) {
            findings.add(finding(report, table.getKey(), table.getValue(), issues));
        }
        return findings;
    }

    private Finding finding(ParsedReport report, String table, Set<String> keys, List<ParseIssue> issues) {
        String shown = keys.stream().limit(KEYS_SHOWN).collect(Collectors.joining(", "))
                + (keys.size() > KEYS_SHOWN ? " …" : "");
        FindingBuilder finding = FindingBuilder.violated(this).cells(report, keys)
                .message(SectionLabels.tableZh(table) + "有 " + keys.size() + " 个单元格为空白：" + shown,
                        SectionLabels.tableEn(table) + " has " + keys.size() + " blank cells: " + shown);
        for (ParseIssue issue : issues) {
            if (issue.keys() != null && keys.containsAll(issue.keys())) finding.location(issue.location());
        }
        return finding.build();
    }

    private static String tableOf(String key) {
        return CellCatalog.standard().find(key).map(CellDefinition::table).orElse("unknown");
    }

    private static String tableOfFirst(ParseIssue issue) {
        return issue.keys() == null || issue.keys().isEmpty() ? "unknown" : tableOf(issue.keys().get(0));
    }
}
