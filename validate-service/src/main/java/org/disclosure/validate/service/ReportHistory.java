package org.disclosure.validate.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.validate.mapping.StoredReportMapper;
import org.disclosure.validate.repository.StoredReport;
import org.disclosure.validate.repository.StoredReports;

/** The reports validate-service has seen, by agency and year, for the cross-year rules. */
@ApplicationScoped
public class ReportHistory {

    private final StoredReports reports;
    private final StoredReportMapper mapper;

    public ReportHistory(StoredReports reports, StoredReportMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    /**
     * A report's place in its agency's history: the latest report of the year before (its previous year), the
     * latest of its own year (which may be a version received after it; read without its JSON, see
     * {@link #latestOfYear}) and the latest of the year after (to be validated again now that its previous year is
     * known). Each is decoded only when asked for.
     */
    public record Neighbours(StoredReport previous, StoredReport current, StoredReport next) {
    }

    /** Keeps a parsed report (as {@link StoredReportMapper#toEntity} made it); a redelivered event replaces its earlier copy. */
    public Uni<Void> remember(StoredReport report) {
        return reports.upsert(report);
    }

    /** The latest reports of the agency for the years around {@code year}, in one query. */
    public Uni<Neighbours> around(String agencyKey, Integer year) {
        if (agencyKey == null || year == null) return Uni.createFrom().item(new Neighbours(null, null, null));
        return reports.latestOfYears(agencyKey, year - 1, year + 1, year)
                .map(byYear -> new Neighbours(byYear.get(year - 1), byYear.get(year), byYear.get(year + 1)));
    }

    /**
     * The latest report of a year, whose row {@link #around} read without its JSON: the event just handled when it
     * is that report (nearly always), else read again. Only needed when a later year is to be validated again.
     */
    public Uni<ReportParsed> latestOfYear(StoredReport current, ReportParsed handled) {
        if (current == null) return Uni.createFrom().nullItem();
        if (current.submissionId.equals(handled.submissionId())) return Uni.createFrom().item(handled);
        return reports.find(current.submissionId).map(this::read);
    }

    public ReportParsed read(StoredReport stored) {
        return stored == null ? null : mapper.toEvent(stored);
    }
}
