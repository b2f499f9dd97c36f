package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.stats.repository.ComplianceCounts;
import org.disclosure.stats.repository.FindingRowRepository;
import org.disclosure.stats.repository.RegionYearCountsRepository;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportRepository;
import org.disclosure.stats.repository.RuleCount;

/** Findings by rule and the compliance figures of DOMAIN.md over the current reports a filter selects. */
@ApplicationScoped
public class ComplianceService {

    /** The rule that checks the legal publication deadline. */
    static final String DEADLINE_RULE = "Q03";

    private final ReportRepository reports;
    private final FindingRowRepository findings;
    private final RegionYearCountsRepository counts;
    private final RegionDirectory regions;

    public ComplianceService(ReportRepository reports, FindingRowRepository findings,
            RegionYearCountsRepository counts, RegionDirectory regions) {
        this.reports = reports;
        this.findings = findings;
        this.counts = counts;
        this.regions = regions;
    }

    @WithSession
    public Uni<List<RuleCount>> violationsByRule(ReportFilter filter) {
        return byRule(filter);
    }

    /**
     * Two queries one after the other: a reactive session runs one at a time. Whole areas of current reports are
     * counted from the counts the store keeps per region code and year (issue 16), anything narrower from the
     * reports and findings.
     */
    @WithSession
    public Uni<Compliance> compliance(ReportFilter filter) {
        Uni<ComplianceCounts> totals = filter.selectsWholeAreas() ? counts.compliance(filter)
                : reports.complianceCounts(filter, DEADLINE_RULE);
        return totals.flatMap(counted -> byRule(filter).map(byRule -> compliance(filter, counted, byRule)));
    }

    private Uni<List<RuleCount>> byRule(ReportFilter filter) {
        return filter.selectsWholeAreas() ? counts.violationsByRule(filter) : findings.violationsByRule(filter);
    }

    private Compliance compliance(ReportFilter filter, ComplianceCounts counts, List<RuleCount> byRule) {
        long onTime = counts.reports() - counts.late() - counts.publicationUnknown();
        return new Compliance(filter.regionCode(), regions.name(filter.regionCode()), filter.year(), counts.reports(),
                counts.errorFree(), Ratios.of(counts.errorFree(), counts.reports()), onTime, counts.late(),
                counts.publicationUnknown(), Ratios.of(onTime, counts.reports() - counts.publicationUnknown()),
                byRule.stream().map(count -> rate(count, counts.reports())).toList());
    }

    private static RuleRate rate(RuleCount count, long reports) {
        return new RuleRate(count.rule(), count.severity(), count.reports(), count.findings(),
                Ratios.of(count.findings(), reports));
    }
}
