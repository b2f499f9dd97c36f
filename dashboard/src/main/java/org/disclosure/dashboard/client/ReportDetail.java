package org.disclosure.dashboard.client;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;

/** One report as stats-service serves it: its canonical cells with their sources, and its findings. */
public record ReportDetail(ReportSummary summary, ParsedReport report, List<Finding> findings) {
}
