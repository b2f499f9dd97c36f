package org.disclosure.stats.rest;

import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;

import java.util.List;

/** One report with its canonical cells, their source locations and its findings with evidence. */
public record ReportDetail(ReportSummary summary, ParsedReport report, List<Finding> findings) {
}
