package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.FindingRowRepository;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportCellRepository;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportRepository;
import org.jboss.logging.Logger;

@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final ReportCellRepository cells;
    private final FindingRowRepository findings;
    private final ReportMapper mapper;

    public ReportService(ReportRepository reports, ReportCellRepository cells, FindingRowRepository findings,
            ReportMapper mapper) {
        this.reports = reports;
        this.cells = cells;
        this.findings = findings;
        this.mapper = mapper;
    }

    /**
     * Stores a validated report. A new submission for the same agency and year supersedes the earlier ones;
     * a re-validation of a stored submission replaces its findings and keeps its place in the history.
     */
    @WithTransaction
    public Uni<Report> store(ReportValidated event) {
        return reports.findById(event.submissionId())
                .flatMap(existing -> existing == null ? insert(event) : update(existing, event))
                .call(report -> cells.deleteOf(report.submissionId)
                        .flatMap(ignored -> persistAll(mapper.cells(event), cells::persist)))
                .call(report -> findings.deleteOf(report.submissionId)
                        .flatMap(ignored -> persistAll(mapper.findingRows(event), findings::persist)))
                .invoke(report -> LOG.infof("submission %s stored: %s %s, %d errors", report.submissionId,
                        report.agency, report.year, report.errorCount));
    }

    /** Panache refuses to persist an empty collection; a report without findings has one. */
    private static <T> Uni<Void> persistAll(List<T> rows, Function<Iterable<T>, Uni<Void>> persist) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : persist.apply(rows);
    }

    private Uni<Report> insert(ReportValidated event) {
        Report report = mapper.fill(new Report(), event);
        report.current = true;
        return reports.persist(report).call(reports::supersedeOthers);
    }

    private Uni<Report> update(Report existing, ReportValidated event) {
        return Uni.createFrom().item(mapper.fill(existing, event));
    }

    @WithSession
    public Uni<List<Report>> list(ReportFilter filter, Page page) {
        return reports.page(filter, page);
    }

    @WithSession
    public Uni<Long> count(ReportFilter filter) {
        return reports.count(filter);
    }

    /** The report, or null when there is none the viewer may see. */
    @WithSession
    public Uni<Report> find(UUID id, RegionScope viewerScope) {
        return reports.findVisible(id, viewerScope);
    }

    /** Every version of the report's agency and year, newest first, or null when the viewer may not see it. */
    @WithSession
    public Uni<List<Report>> history(UUID id, RegionScope viewerScope) {
        return reports.findVisible(id, viewerScope).flatMap(report -> {
            if (report == null) return Uni.createFrom().nullItem();
            // without an agency name no other submission can be told to be the same report
            if (report.agency == null) return Uni.createFrom().item(List.of(report));
            return reports.versions(report.agency, report.year, viewerScope);
        });
    }
}
