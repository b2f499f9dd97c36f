package org.disclosure.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.rules.Rule;

/** Turns the parser's recovered problems of one kind into findings, one per issue. */
public final class IssueFindings {

    private IssueFindings() {
    }

    /**
     * @param text builds the message from the issue and a prefix naming the table and place ("表三 第 57 行：")
     */
    public static List<Finding> fromIssues(Rule rule, ParsedReport report, ParseIssueKind kind,
            BiFunction<ParseIssue, Message, Message> text) {
        List<Finding> findings = new ArrayList<>();
        for (ParseIssue issue : issuesOf(report, kind)) {
            Message message = text.apply(issue, where(issue));
            FindingBuilder finding = FindingBuilder.violated(rule).location(issue.location()).message(message.zh(), message.en());
            if (issue.keys() != null) finding.cells(report, issue.keys());
            findings.add(finding.build());
        }
        return findings;
    }

    public static List<ParseIssue> issuesOf(ParsedReport report, ParseIssueKind kind) {
        if (report.issues() == null) return List.of();
        return report.issues().stream().filter(issue -> issue.kind() == kind).toList();
    }

    private static Message where(ParseIssue issue) {
        String tableZh = issue.table() == null ? "" : SectionLabels.tableZh(issue.table()) + " ";
        String tableEn = issue.table() == null ? "" : SectionLabels.tableEn(issue.table()) + ", ";
        SourceLocation location = issue.location();
        String placeZh = location == null ? "" : describeZh(location);
        String placeEn = location == null ? "" : location.describe();
        return new Message(tableZh + placeZh + "：", tableEn + placeEn + ": ");
    }

    static String describeZh(SourceLocation location) {
        StringBuilder text = new StringBuilder();
        if (location.page() != null) text.append("第 ").append(location.page()).append(" 页 ");
        if (location.line() != null) text.append("第 ").append(location.line()).append(" 行");
        if (location.cell() != null) text.append(' ').append(location.cell());
        return text.toString().trim();
    }
}
