package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.AreaSumsRepository;
import org.disclosure.stats.repository.CorrectionRepository;
import org.disclosure.stats.repository.FindingRowRepository;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportCellRepository;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportHeader;
import org.disclosure.stats.repository.ReportRepository;
import org.jboss.logging.Logger;

@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final ReportCellRepository cells;
    private final FindingRowRepository findings;
    private final AreaSumsRepository sums;
    private final ReportMapper mapper;
    private final CorrectionRepository corrections;

    public ReportService(ReportRepository reports, ReportCellRepository cells, FindingRowRepository findings,
            AreaSumsRepository sums, ReportMapper mapper, CorrectionRepository corrections) {
        this.corrections = corrections;
        this.reports = reports;
        this.cells = cells;
        this.findings = findings;
        this.sums = sums;
        this.mapper = mapper;
    }

    /**
     * Stores a validated report. Of the versions of an agency's report for a year the one submitted last is
     * current, whatever order their events arrive in; a re-validation of a stored submission replaces its
     * findings and keeps its place in the history.
     *
     * <p>A handful of round trips whatever the report's size (issue 16): the agency-year's lock, the lookup, the
     * placing among versions, the report's row, its cells in one INSERT, its findings in one INSERT, and the recount
     * of its region's sums for the year (which also takes out whatever version it superseded), all in one
     * transaction, so the sums never disagree with the reports.
     */
    @WithTransaction
    public Uni<Report> store(ReportValidated event) {
        String agencyKey = AgencyKey.of(event.report(), event.metadata());
        Integer year = event.report().year();
        Uni<Void> placing = agencyKey == null || year == null ? Uni.createFrom().voidItem()
                : reports.lockVersionsOf(agencyKey, year);
        return placing.flatMap(locked -> reports.findById(event.submissionId()))
                .flatMap(existing -> (existing == null ? insert(event) : update(existing, event))
                        // the row first: cells and findings refer to it
                        .call(reports::flush)
                        .call(report -> existing == null ? Uni.createFrom().voidItem() : removeRowsOf(report))
                        .call(report -> cells.insertAll(report.submissionId, event.report().cells()))
                        .call(report -> findings.insertAll(report.submissionId, mapper.findingRows(event))))
                .call(report -> sums.refresh(report.regionCode, report.year))
                // a correction is stored once its re-validated version is
                .call(report -> event.metadata() == null || event.metadata().correctionId() == null
                        ? Uni.createFrom().voidItem() : corrections.markStored(report.submissionId, Instant.now()))
                .invoke(report -> LOG.infof("submission %s stored: %s %s, %d errors, %s", report.submissionId,
                        report.agency, report.year, report.errorCount, report.current ? "current" : "superseded"));
    }

    /** A stored submission validated again: its cells and findings are written anew. */
    private Uni<Void> removeRowsOf(Report report) {
        return cells.deleteOf(report.submissionId).flatMap(ignored -> findings.deleteOf(report.submissionId))
                .replaceWithVoid();
    }

    private Uni<Report> insert(ReportValidated event) {
        Report report = mapper.fill(new Report(), event);
        return placeAmongVersions(report).call(reports::persist);
    }

    private Uni<Report> update(Report existing, ReportValidated event) {
        return placeAmongVersions(mapper.fill(existing, event));
    }

    /**
     * Current unless another version was submitted later; when current, the versions submitted before it are
     * superseded. The transaction holds the agency-year's lock (see {@link #store}), so two versions are never
     * placed at the same time, even by two consumers during a rebalance.
     */
    private Uni<Report> placeAmongVersions(Report report) {
        // without an agency or a year no other submission can be told to be the same report
        if (report.agencyKey == null || report.year == null) {
            report.current = true;
            return Uni.createFrom().item(report);
        }
        return reports.hasLaterVersion(report).flatMap(later -> {
            report.current = !later;
            return later ? Uni.createFrom().item(report) : reports.supersedeEarlier(report).replaceWith(report);
        });
    }

    @WithSession
    public Uni<List<ReportHeader>> list(ReportFilter filter, Page page) {
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
            if (report.agencyKey == null) return Uni.createFrom().item(List.of(report));
            return reports.versions(report.agencyKey, report.year, viewerScope);
        });
    }
}
