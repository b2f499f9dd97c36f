package org.disclosure.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.disclosure.rules.CellSums;
import org.disclosure.rules.Indicators;
import org.disclosure.stats.repository.AreaGrouping;
import org.disclosure.stats.repository.AreaSums;
import org.disclosure.stats.repository.ReportFacts;

/**
 * Groups reports and computes each group's indicators with the rules module: counts are summed first
 * ({@link CellSums#complete()}, so a count some report lacks stays undefined instead of coming out too low),
 * rates are taken from the sums — never an average of the reports' rates.
 */
@ApplicationScoped
public class IndicatorAggregator {

    /** The indicator names in the rules module's order. */
    public static final List<String> INDICATOR_NAMES = List.copyOf(Indicators.of(Map.of()).asMap().keySet());

    /** The order of a table's rows. */
    static final Comparator<Group> GROUP_ORDER = Comparator
            .comparing(Group::regionCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Group::agency, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Group::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));

    /** What a report is counted under. */
    record Group(String regionCode, String agency, Integer year) {

        /** The group a report belongs to at the level, or null when it belongs to none. */
        static Group of(ReportFacts report, AggregationLevel level) {
            String areaCode = level.areaCode(report);
            return areaCode == null ? null
                    : new Group(areaCode, level == AggregationLevel.AGENCY ? report.agency() : null, report.year());
        }
    }

    private final RegionDirectory regions;

    public IndicatorAggregator(RegionDirectory regions) {
        this.regions = regions;
    }

    public List<IndicatorRow> byLevel(List<ReportFacts> reports, AggregationLevel level) {
        return aggregate(reports, report -> Group.of(report, level));
    }

    /** One row per year over all the reports, named after the area they were selected by. */
    public List<IndicatorRow> byYear(List<ReportFacts> reports, String areaCode) {
        return aggregate(reports, report -> new Group(areaCode, null, report.year()));
    }

    /** {@code grouping} answers null for a report that belongs to no group. */
    private List<IndicatorRow> aggregate(List<ReportFacts> reports, Function<ReportFacts, Group> grouping) {
        Workers.requireWorker("indicator aggregation");
        Map<Group, CellSums> groups = new TreeMap<>(GROUP_ORDER);
        for (ReportFacts report : reports) {
            Group group = grouping.apply(report);
            if (group == null) continue;
            groups.computeIfAbsent(group, ignored -> new CellSums()).add(report.cells());
        }
        return groups.entrySet().stream().map(entry -> row(entry.getKey(), entry.getValue())).toList();
    }

    /**
     * One row per area and year from the stored sums (see {@code AreaSumsRepository}), with the same rule as
     * {@link CellSums#complete()}: a count is summed only when every report of the area has a number for it.
     * {@code fixedAreaCode} names the rows when the sums were not grouped by area (a trend).
     */
    public List<IndicatorRow> fromSums(AreaSums sums, AreaGrouping grouping, String fixedAreaCode) {
        Workers.requireWorker("indicator aggregation");
        Map<Group, Long> reports = new TreeMap<>(GROUP_ORDER);
        for (AreaSums.Reports row : sums.reports()) {
            Group group = group(row.areaCode(), row.year(), grouping, fixedAreaCode);
            if (group != null) reports.merge(group, row.reports(), Long::sum);
        }
        Map<Group, Map<String, BigDecimal>> complete = new HashMap<>();
        for (AreaSums.Cell cell : sums.cells()) {
            Group group = group(cell.areaCode(), cell.year(), grouping, fixedAreaCode);
            Long groupReports = group == null ? null : reports.get(group);
            if (groupReports == null || cell.withValue() != groupReports) continue;
            complete.computeIfAbsent(group, ignored -> new LinkedHashMap<>()).merge(cell.key(), cell.total(),
                    BigDecimal::add);
        }
        return reports.entrySet().stream().map(entry -> row(entry.getKey(), entry.getValue().intValue(),
                complete.getOrDefault(entry.getKey(), Map.of()))).toList();
    }

    private static Group group(String areaCode, Integer year, AreaGrouping grouping, String fixedAreaCode) {
        if (grouping == AreaGrouping.NONE) return new Group(fixedAreaCode, null, year);
        return areaCode == null ? null : new Group(areaCode, null, year);
    }

    private IndicatorRow row(Group group, CellSums sums) {
        return row(group, sums.reports(), sums.complete());
    }

    private IndicatorRow row(Group group, int reports, Map<String, BigDecimal> complete) {
        return new IndicatorRow(group.regionCode(), group.regionCode() == null ? null : regions.name(group.regionCode()),
                group.agency(), group.year(), reports, plain(complete), plain(Indicators.of(complete).asMap()));
    }

    /** Cells are stored as numeric(20,4); a count reads better as 12 than as 12.0000. */
    private static Map<String, BigDecimal> plain(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> plain = new LinkedHashMap<>();
        values.forEach((key, value) -> plain.put(key, value == null || value.stripTrailingZeros().scale() > 0
                ? value : value.setScale(0)));
        return plain;
    }
}
