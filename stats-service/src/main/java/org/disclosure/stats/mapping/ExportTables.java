package org.disclosure.stats.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.stats.rest.ReportSummary;
import org.disclosure.stats.service.IndicatorAggregator;
import org.disclosure.stats.service.IndicatorLine;

/** The export layouts: which columns, under which Chinese titles, in which order. */
public final class ExportTables {

    public static final String REPORT_SHEET = "报告列表";
    public static final List<String> REPORT_COLUMNS = List.of("报告编号", "机关名称", "地区代码", "省", "市", "县",
            "统计年度", "格式", "发布日期", "文件名", "错误数", "警告数", "提示数", "是否当前版本", "规则版本", "更正");
    private static final List<String> INDICATOR_KEY_COLUMNS = List.of("地区代码", "地区名称", "机关名称", "统计年度", "报告数");

    private ExportTables() {
    }

    public static ExportTable reports(List<ReportSummary> reports) {
        return new ExportTable(REPORT_SHEET, REPORT_COLUMNS, reportRows(reports, Map.of()));
    }

    /**
     * The rows of a page of the report list, in {@link #REPORT_COLUMNS} order; {@code corrections} describes the
     * corrections each corrected version holds (see {@link CorrectionNotes}).
     */
    public static List<List<Object>> reportRows(List<ReportSummary> reports, Map<UUID, String> corrections) {
        return reports.stream().map(report -> List.<Object>of(
                report.id().toString(), text(report.agency()), text(report.regionCode()), text(report.province()),
                text(report.city()), text(report.county()), nullable(report.year()), text(report.format()),
                report.publishedOn() == null ? "" : report.publishedOn().toString(), text(report.fileName()),
                report.errors(), report.warnings(), report.infos(), report.current() ? "是" : "否",
                text(report.ruleSetVersion()), corrections.getOrDefault(report.id(), ""))).toList();
    }

    public static ExportTable indicators(List<IndicatorLine> indicatorRows) {
        List<String> columns = new ArrayList<>(INDICATOR_KEY_COLUMNS);
        IndicatorAggregator.INDICATOR_NAMES.forEach(name -> columns.add(IndicatorLabels.of(name)));
        List<List<Object>> rows = indicatorRows.stream().map(row -> {
            List<Object> values = new ArrayList<>(List.of(text(row.regionCode()), text(row.regionName()),
                    text(row.agency()), nullable(row.year()), row.reports()));
            IndicatorAggregator.INDICATOR_NAMES.forEach(name -> values.add(row.indicator(name)));
            return values;
        }).toList();
        return new ExportTable("指标汇总", columns, rows);
    }

    /** List.of refuses nulls; an empty text is an empty cell in both formats. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Object nullable(Integer value) {
        return value == null ? "" : value;
    }
}
