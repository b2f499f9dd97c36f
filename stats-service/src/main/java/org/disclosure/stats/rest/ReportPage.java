package org.disclosure.stats.rest;

import java.util.List;

public record ReportPage(List<ReportSummary> items, long total, int page, int size) {
}
