package org.disclosure.dashboard.view;

import java.util.List;
import org.disclosure.dashboard.client.ReportSummary;

/**
 * 报告: one page of the filtered, sorted report list.
 *
 * @param query      the filters and sort as a query string (without page), for paging and export links
 * @param sortNote   set when the list was sorted here among the first matches only
 */
public record ReportListPage(String region, String year, String agency, String hasErrors, String rule, String sort,
        List<Option> regionOptions, List<Option> errorOptions, List<Option> ruleOptions, List<Option> sortOptions,
        List<ReportSummary> items, long total, int page, int pages, String query, String sortNote) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public int shownPage() {
        return page + 1;
    }
}
