package org.disclosure.dashboard.view;

import java.util.List;
import java.util.UUID;
import org.disclosure.dashboard.client.ReportCorrections;
import java.util.Map;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.dashboard.client.ReportDetail;
import org.disclosure.dashboard.client.ReportVersion;

/** Builds the 报告详情 page from stats-service's report and history. */
public final class ReportPages {

    private static final Map<String, String> ISSUE_KINDS = Map.of(
            "ROW_CELL_COUNT", "行的单元格数与格式不符",
            "NONSTANDARD_LABEL", "表格标签与标准表述不同",
            "BLANK_CELL", "应填数字的单元格为空",
            "TABLE_UNREADABLE", "表格无法读取",
            "FIELD_TOO_LONG", "名称过长，已截断");
    private static final Map<String, String> TABLES = Map.of("active", "表二", "requests", "表三", "appeals", "表四");

    private final FormLayout layout;
    private final FindingViews findingViews;

    public ReportPages(CellCatalog catalog) {
        this.layout = new FormLayout(catalog);
        this.findingViews = new FindingViews(catalog);
    }

    public ReportPage page(ReportDetail detail, List<ReportVersion> versions) {
        return page(detail, versions, null, null, null);
    }

    /**
     * The page with its corrections: {@code error} is stats-service's refusal of the correction just sent,
     * {@code submitted} the id of the one it accepted (both null on a plain visit).
     */
    public ReportPage page(ReportDetail detail, List<ReportVersion> versions, ReportCorrections corrections,
            String error, UUID submitted) {
        var report = detail.report();
        var findings = detail.findings() == null ? List.<org.disclosure.contracts.findings.Finding>of()
                : detail.findings();
        List<FormTable> tables = layout.tables(report, findings, FindingViews.anchors(findings));
        List<ReportPage.IssueView> issues = report.issues() == null ? List.of()
                : report.issues().stream().map(ReportPages::issue).toList();
        return new ReportPage(detail.summary(), detail.summary().place(), tables,
                findingViews.views(report, findings), issues, versions,
                report.sections() == null ? List.of() : report.sections(),
                Corrections.panel(detail.summary().id(), corrections, tables, report.cells(), error, submitted));
    }

    private static ReportPage.IssueView issue(ParseIssue issue) {
        String kind = issue.kind() == null ? "" : ISSUE_KINDS.getOrDefault(issue.kind().name(), issue.kind().name());
        return new ReportPage.IssueView(kind, issue.table() == null ? "" : TABLES.getOrDefault(issue.table(),
                issue.table()), issue.keys() == null ? "" : String.join("、", issue.keys()),
                issue.expected() == null ? "" : issue.expected(), issue.found() == null ? "" : issue.found(),
                SourceText.of(issue.location()));
    }
}
