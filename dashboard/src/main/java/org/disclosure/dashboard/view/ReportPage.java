package org.disclosure.dashboard.view;

import java.util.List;
import org.disclosure.dashboard.client.ReportSummary;
import org.disclosure.dashboard.client.ReportVersion;

/** 报告详情: the report's tables as on the form, its findings, parse issues and versions. */
public record ReportPage(ReportSummary summary, String placeName, List<FormTable> tables, List<FindingView> findings,
        List<IssueView> issues, List<ReportVersion> versions, List<String> sections, CorrectionPanel corrections) {

    public long violated() {
        return findings.stream().filter(FindingView::violated).count();
    }

    /** A parse issue in Chinese words. */
    public record IssueView(String kind, String table, String keys, String expected, String found, String source) {
    }
}
