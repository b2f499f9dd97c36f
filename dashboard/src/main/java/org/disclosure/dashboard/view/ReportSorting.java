package org.disclosure.dashboard.view;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.disclosure.dashboard.client.ReportSummary;

/**
 * The report list's sort orders. stats-service lists newest year first; any other order is applied here to the
 * first {@link #WINDOW} matching reports (stats-service's largest page), and the page says so when there are more.
 */
public final class ReportSorting {

    public static final int WINDOW = 500;
    public static final String DEFAULT = "year";

    private static final Map<String, String> LABELS = new java.util.LinkedHashMap<>();
    private static final Map<String, Comparator<ReportSummary>> ORDERS = new java.util.HashMap<>();

    static {
        add("year", "年度（新→旧）", null);
        add("errors", "错误数（多→少）", Comparator.comparingInt(ReportSummary::errors).reversed()
                .thenComparing(Comparator.comparingInt(ReportSummary::warnings).reversed()));
        add("agency", "机关名称", Comparator.comparing(ReportSummary::agency, java.text.Collator.getInstance(
                java.util.Locale.CHINA)));
        add("region", "地区代码", Comparator.comparing(ReportSummary::regionCode));
        add("published", "发布日期（新→旧）", Comparator.comparing(ReportSummary::publishedOn,
                Comparator.nullsLast(Comparator.reverseOrder())));
    }

    private ReportSorting() {
    }

    private static void add(String name, String label, Comparator<ReportSummary> order) {
        LABELS.put(name, label);
        if (order != null) ORDERS.put(name, order);
    }

    /** Whether the order is stats-service's own (no sorting here). */
    public static boolean isNative(String sort) {
        return sort == null || !ORDERS.containsKey(sort);
    }

    public static List<ReportSummary> sort(List<ReportSummary> reports, String sort) {
        Comparator<ReportSummary> order = ORDERS.get(sort);
        return order == null ? reports : reports.stream().sorted(order.thenComparing(ReportSummary::id)).toList();
    }

    public static List<Option> options(String selected) {
        String chosen = isNative(selected) ? DEFAULT : selected;
        return LABELS.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(chosen)))
                .toList();
    }
}
