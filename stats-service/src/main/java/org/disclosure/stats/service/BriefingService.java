package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.stats.comparison.BatchResult;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.ComparisonJobRepository;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportRepository;

/**
 * Gathers a region's briefing from the services that serve the same figures as endpoints (coverage, indicators,
 * compliance), the violations of its current reports and the last batch comparison of the year with the one before.
 * The queries run one after the other on the Vert.x context; the findings are read back on a worker.
 */
@ApplicationScoped
public class BriefingService {

    /** The agencies listed with their evidence; the rest are counted in the tables by rule. */
    static final int MAX_AGENCIES = 300;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CoverageService coverage;
    private final IndicatorService indicators;
    private final ComplianceService compliance;
    private final ReportRepository reports;
    private final ComparisonJobRepository jobs;
    private final ReportMapper mapper;
    private final RegionDirectory regions;

    public BriefingService(CoverageService coverage, IndicatorService indicators, ComplianceService compliance,
            ReportRepository reports, ComparisonJobRepository jobs, ReportMapper mapper, RegionDirectory regions) {
        this.coverage = coverage;
        this.indicators = indicators;
        this.compliance = compliance;
        this.reports = reports;
        this.jobs = jobs;
        this.mapper = mapper;
        this.regions = regions;
    }

    /**
     * Delivered on a worker thread. {@code filter} names the region (required) and the year. The indicators are
     * aggregated on a worker; the next query goes back to the request's Vert.x context first.
     */
    public Uni<Briefing> briefing(ReportFilter filter) {
        Context context = Vertx.currentContext();
        Executor onContext = command -> context.runOnContext(ignored -> command.run());
        ReportFilter lastYear = ReportFilter.current(filter.viewerScope(), filter.regionCode(), filter.year() - 1);
        AggregationLevel level = levelOf(filter.regionCode());
        return coverage.coverage(filter).flatMap(covered -> compliance.compliance(filter)
                .flatMap(complied -> violations(filter).flatMap(violating -> batch(filter)
                        .flatMap(batch -> indicators.byLevel(filter, level).emitOn(onContext)
                                .flatMap(now -> indicators.byLevel(lastYear, level)
                                        .map(before -> new Briefing(filter.regionCode(),
                                                regions.name(filter.regionCode()), filter.year(),
                                                LocalDate.now(CHINA), covered, row(now, filter.regionCode()),
                                                row(before, filter.regionCode()), complied, agencies(violating),
                                                violating.size() >= MAX_AGENCIES, batch)))))));
    }

    private Uni<List<Report>> violations(ReportFilter filter) {
        return Panache.withSession(() -> reports.withViolations(filter, MAX_AGENCIES));
    }

    /** The finished batch comparison of the year with the one before, if the viewer may see its region. */
    private Uni<BatchResult> batch(ReportFilter filter) {
        // a job is kept per region, not per viewer: only whoever may see the whole region gets its result
        if (!filter.viewerScope().covers(filter.regionCode())) return Uni.createFrom().nullItem();
        return Panache.withSession(() -> jobs.finished(filter.regionCode(), filter.year() - 1, filter.year()))
                .map(job -> job == null ? null : ComparisonJobService.result(job));
    }

    private List<Briefing.AgencyFindings> agencies(List<Report> violating) {
        Workers.requireWorker("reading findings");
        return violating.stream().map(report -> new Briefing.AgencyFindings(report.agency, report.regionCode,
                report.errorCount, report.warningCount, mapper.findings(report).stream()
                        .filter(finding -> finding.status() == FindingStatus.VIOLATED).toList())).toList();
    }

    private static IndicatorRow row(List<IndicatorRow> rows, String regionCode) {
        return rows.stream().filter(row -> regionCode.equals(row.regionCode())).findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst());
    }

    static AggregationLevel levelOf(String regionCode) {
        if (regionCode.endsWith("0000")) return AggregationLevel.PROVINCE;
        if (regionCode.endsWith("00")) return AggregationLevel.CITY;
        return AggregationLevel.COUNTY;
    }
}
