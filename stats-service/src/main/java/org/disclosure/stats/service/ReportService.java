package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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
import org.disclosure.stats.repository.ReportQuery;
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
    public Uni<List<Report>> list(ReportQuery query) {
        return reports.page(query);
    }

    @WithSession
    public Uni<Long> count(ReportQuery query) {
        return reports.count(query);
    }

    @WithSession
    public Uni<Report> find(UUID id) {
        return reports.findById(id);
    }
}
