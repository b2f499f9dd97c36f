package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosure.stats.repository.AreaGrouping;
import org.disclosure.stats.repository.AreaSums;
import org.disclosure.stats.repository.AreaSumsRepository;
import org.disclosure.stats.repository.ReportCellRepository;
import org.disclosure.stats.repository.ReportFacts;
import org.disclosure.stats.repository.ReportFilter;

/** Indicators by area and year, their trends and rankings, over the current reports a filter selects. */
@ApplicationScoped
public class IndicatorService {

    private final ReportCellRepository cells;
    private final AreaSumsRepository sums;
    private final IndicatorAggregator aggregator;
    private final RegionDirectory regions;
    private final IndicatorTables tables;

    public IndicatorService(ReportCellRepository cells, AreaSumsRepository sums, IndicatorAggregator aggregator,
            RegionDirectory regions, IndicatorTables tables) {
        this.cells = cells;
        this.sums = sums;
        this.aggregator = aggregator;
        this.regions = regions;
        this.tables = tables;
    }

    /**
     * The indicator table as the API answers it, each row rendered as JSON, on a worker thread: {@link
     * IndicatorTables} keeps computed rows per stored version, and computes the others as {@link #byLevel} does.
     */
    public Uni<List<IndicatorLine>> table(ReportFilter filter, AggregationLevel level) {
        return tables.table(filter, level);
    }

    /**
     * Delivered on a worker thread. Areas of whole regions come from the sums the store keeps per region code and
     * year; agencies (one report each) and narrower filters from the reports' own cells.
     */
    public Uni<List<IndicatorRow>> byLevel(ReportFilter filter, AggregationLevel level) {
        if (level != AggregationLevel.AGENCY && filter.selectsWholeAreas()) {
            AreaGrouping grouping = level.areaGrouping();
            return stored(filter, grouping).map(areas -> aggregator.fromSums(areas, grouping, null));
        }
        return inputs(filter).map(reports -> aggregator.byLevel(reports, level));
    }

    /** Delivered on a worker thread. */
    public Uni<Trend> trend(ReportFilter filter, String indicator) {
        Uni<List<IndicatorRow>> years = filter.selectsWholeAreas()
                ? stored(filter, AreaGrouping.NONE).map(areas -> aggregator.fromSums(areas, AreaGrouping.NONE,
                        filter.regionCode()))
                : inputs(filter).map(reports -> aggregator.byYear(reports, filter.regionCode()));
        return years.map(rows -> {
            List<TrendPoint> points = new ArrayList<>();
            BigDecimal previous = null;
            for (IndicatorRow row : rows) {
                BigDecimal value = row.indicator(indicator);
                BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
                points.add(new TrendPoint(row.year(), row.reports(), value, change));
                previous = value;
            }
            return new Trend(filter.regionCode(), regions.name(filter.regionCode()), indicator, points);
        });
    }

    /** Delivered on a worker thread. */
    public Uni<List<RankingRow>> ranking(ReportFilter filter, AggregationLevel level, String indicator) {
        return table(filter, level).map(rows -> rank(rows, indicator));
    }

    /**
     * The input cells of the selected reports, read in a session of their own on the Vert.x context and then
     * handed to a worker: grouping and summing a few dozen cells of each of thousands of reports is CPU work.
     * The session is closed before the hand-over, so Hibernate Reactive is never touched from the worker.
     */
    private Uni<AreaSums> stored(ReportFilter filter, AreaGrouping grouping) {
        return Panache.withSession(() -> sums.sums(filter, grouping)).emitOn(Workers.pool());
    }

    private Uni<List<ReportFacts>> inputs(ReportFilter filter) {
        return Panache.withSession(() -> cells.indicatorInputs(filter))
                .emitOn(Workers.pool())
                .map(ReportFacts::byReport);
    }

    private static List<RankingRow> rank(List<IndicatorLine> rows, String indicator) {
        List<IndicatorLine> ordered = rows.stream().sorted(Comparator.comparing((IndicatorLine row) ->
                row.indicator(indicator), Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        List<RankingRow> ranking = new ArrayList<>();
        Integer rank = null;
        BigDecimal previous = null;
        for (int position = 0; position < ordered.size(); position++) {
            IndicatorLine row = ordered.get(position);
            BigDecimal value = row.indicator(indicator);
            if (value == null) {
                rank = null;
            } else if (previous == null || value.compareTo(previous) != 0) {
                rank = position + 1;
            }
            previous = value;
            ranking.add(new RankingRow(rank, row.regionCode(), row.regionName(), row.agency(), row.year(),
                    row.reports(), value));
        }
        return ranking;
    }
}
