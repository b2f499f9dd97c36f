package org.disclosure.dashboard.client;

import java.util.List;

public record ReportPage(List<ReportSummary> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
