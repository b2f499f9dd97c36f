package org.disclosure.dashboard.view;

import java.util.List;

/**
 * 指标 / 排名 / 趋势: the indicator table of the areas (or agencies) inside a region for a year, the ranking of one
 * indicator as a chart, its trend over the years, and every indicator's definition.
 */
public record IndicatorPage(String region, String level, String year, String indicator, List<Option> regionOptions,
        List<Option> levelOptions, List<Option> indicatorOptions, List<IndicatorDefinition> definitions,
        List<Row> rows, String rankingChart, String trendChart, List<TrendRow> trend, String query) {

    /** One area or agency: its name, the number of reports and every indicator formatted. */
    public record Row(String name, Integer year, int reports, List<String> values) {
    }

    /** One year of the trend. */
    public record TrendRow(Integer year, int reports, String value, String change) {
    }
}
