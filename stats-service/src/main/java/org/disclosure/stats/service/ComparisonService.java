package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.disclosure.stats.comparison.ReportComparer;
import org.disclosure.stats.comparison.ReportComparison;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportRepository;

/**
 * Two stored reports compared ({@link ReportComparer}). Both are read in one session on the Vert.x context; the JSON
 * is read back and compared on a worker. A report outside the viewer's scope does not exist: the result is null.
 */
@ApplicationScoped
public class ComparisonService {

    private final ReportRepository reports;
    private final ReportMapper mapper;
    private final ReportComparer comparer = new ReportComparer();

    public ComparisonService(ReportRepository reports, ReportMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    /** Delivered on a worker thread; null when either report is not visible. */
    public Uni<ReportComparison> compare(UUID left, UUID right, RegionScope viewerScope) {
        return Panache.withSession(() -> reports.findVisible(left, viewerScope)
                        .flatMap(earlier -> earlier == null ? Uni.createFrom().<Pair>nullItem()
                                : reports.findVisible(right, viewerScope).map(later -> later == null ? null
                                        : new Pair(earlier, later))))
                .emitOn(Workers.pool())
                .map(this::compare);
    }

    /**
     * The report against the current version of the same agency's report for the year before. Delivered on a worker
     * thread; null when the report is not visible or the agency has no visible report for that year.
     */
    public Uni<ReportComparison> againstPreviousYear(UUID id, RegionScope viewerScope) {
        return Panache.withSession(() -> reports.findVisible(id, viewerScope).flatMap(later -> {
                    if (later == null || later.agencyKey == null || later.year == null) {
                        return Uni.createFrom().<Pair>nullItem();
                    }
                    return reports.currentVisible(later.agencyKey, later.year - 1, viewerScope)
                            .map(earlier -> earlier == null ? null : new Pair(earlier, later));
                }))
                .emitOn(Workers.pool())
                .map(this::compare);
    }

    /** CPU work (JSON, shingles over both narratives); on a worker. */
    ReportComparison compare(Pair pair) {
        if (pair == null) return null;
        Workers.requireWorker("comparing reports");
        return comparer.compare(mapper.toCompared(pair.left()), mapper.toCompared(pair.right()));
    }

    record Pair(Report left, Report right) {
    }
}
