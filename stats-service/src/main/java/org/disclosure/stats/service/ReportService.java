package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.CorrectionRepository;
import org.disclosure.stats.repository.ListPosition;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.RegionYearCountsRepository;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportHeader;
import org.disclosure.stats.repository.ReportRepository;
import org.disclosure.stats.repository.ReportStore;
import org.jboss.logging.Logger;

@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final ReportStore store;
    private final RegionYearCountsRepository counts;
    private final ReportMapper mapper;
    private final CorrectionRepository corrections;

    public ReportService(ReportRepository reports, ReportStore store, RegionYearCountsRepository counts,
            ReportMapper mapper, CorrectionRepository corrections) {
        this.reports = reports;
        this.store = store;
        this.counts = counts;
        this.mapper = mapper;
        this.corrections = corrections;
    }

    /**
     * Stores a validated report. Of the versions of an agency's report for a year the one submitted last is
     * current, whatever order their events arrive in; a re-validation of a stored submission replaces its
     * findings and keeps its place in the history.
     *
     * <p>One statement whatever the report's size (issue 16: it was one INSERT per cell, then 8 to 10 round trips):
     * {@link ReportStore#store} locks the agency-year, places the version, writes its row, cells and findings and
     * recounts its region's sums for the year in its own transaction, so the sums never disagree with the reports.
     */
    public Uni<Report> store(ReportValidated event) {
        return store(event, CanonicalJson.write(event.report()).getBytes(StandardCharsets.UTF_8));
    }

    /** The same with the report's JSON as the event carried it ({@code reportJson}, UTF-8), not written again. */
    public Uni<Report> store(ReportValidated event, byte[] reportJson) {
        Report report = mapper.fillHeader(new Report(), event);
        return store.store(report, event.report().cells(), reportJson)
                .map(current -> {
                    report.current = current;
                    return report;
                })
                // a correction is stored once its re-validated version is; redelivered, the store is repeated as is
                // and the mark finds it set
                .call(stored -> event.metadata() == null || event.metadata().correctionId() == null
                        ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> corrections.markStored(stored.submissionId, Instant.now())))
                .invoke(stored -> LOG.infof("submission %s stored: %s %s, %d errors, %s", stored.submissionId,
                        stored.agency, stored.year, stored.errorCount, stored.current ? "current" : "superseded"));
    }

    @WithSession
    public Uni<List<ReportHeader>> list(ReportFilter filter, Page page) {
        return reports.page(filter, page);
    }

    /** The next rows of the list after a position (the first ones for null): an export's pages (keyset paging). */
    @WithSession
    public Uni<List<ReportHeader>> listAfter(ReportFilter filter, ListPosition position, int size) {
        return reports.pageAfter(filter, position, size);
    }

    /** Whole areas of current reports are counted from the stored sums per region code and year (issue 16). */
    @WithSession
    public Uni<Long> count(ReportFilter filter) {
        return filter.selectsWholeAreas() ? counts.reports(filter) : reports.count(filter);
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
