package org.disclosure.rules.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.ApplicantColumn;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.IssueFindings;
import org.disclosure.rules.support.Message;
import org.disclosure.rules.support.RequestTable;

/**
 * Q05: table labels that deviate from the standard wording, as the parser reports them, plus a 2021-format
 * report printing （六）其他处理 as the single 2019 row (DOMAIN.md asks the validator to note that deviation).
 */
public final class Q05NonstandardLabels implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("Q05", Severity.INFO,
            "表格标签与标准表述不一致（如“本年度止件数”应为“本年废止件数”），或混用另一版格式的行",
            "A table label deviates from the standard wording (e.g. 本年度止件数 for 本年废止件数) or a row of the other format is used",
            "非标准标签会造成理解歧义，也妨碍自动汇总",
            "Nonstandard labels are ambiguous and hinder automatic collection",
            "按标准格式的原文表述修改表格标签",
            "Use the exact wording of the standard format for every label");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Finding> findings = new ArrayList<>(IssueFindings.fromIssues(this, report, ParseIssueKind.NONSTANDARD_LABEL,
                (issue, where) -> new Message(
                        where.zh() + "标签“" + issue.found() + "”应为“" + issue.expected() + "”",
                        where.en() + "label \"" + issue.found() + "\" should read \"" + issue.expected() + "\"")));
        if (printsSingleOtherRowIn2021Format(report) && !alreadyReported(report)) {
            findings.add(FindingBuilder.violated(this).cells(report, singleOtherRowKeys())
                    .message("表三（六）其他处理按2019版格式填为一行，2021版格式应分为三个分项",
                            "Table 3 prints (6) other handling as the single 2019-format row; the 2021 format has three sub-rows")
                    .build());
        }
        return findings;
    }

    private static boolean printsSingleOtherRowIn2021Format(ParsedReport report) {
        return report.format() == FormatVersion.F2021 && singleOtherRowKeys().stream().anyMatch(report::has);
    }

    // The parser may already have flagged the row as nonstandard; one finding for one deviation is enough.
    private static boolean alreadyReported(ParsedReport report) {
        return IssueFindings.issuesOf(report, ParseIssueKind.NONSTANDARD_LABEL).stream()
                .map(ParseIssue::keys)
                .anyMatch(keys -> keys != null && keys.stream().anyMatch(k -> k.startsWith(RequestTable.OTHER_ALL + ".")));
    }

    private static List<String> singleOtherRowKeys() {
        return Arrays.stream(ApplicantColumn.values()).map(RequestTable.row(RequestTable.OTHER_ALL)::key).toList();
    }
}
