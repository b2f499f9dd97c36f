package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.stats.repository.ComplianceCounts;
import org.disclosure.stats.repository.FindingRowRepository;
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
    private final RegionDirectory regions;

    public ComplianceService(ReportRepository reports, FindingRowRepository findings, RegionDirectory regions) {
        this.reports = reports;
        this.findings = findings;
        this.regions = regions;
    }

    @WithSession
    public Uni<List<RuleCount>> violationsByRule(ReportFilter filter) {
        return findings.violationsByRule(filter);
    }

    /** Two queries one after the other: a reactive session runs one at a time. */
    @WithSession
    public Uni<Compliance> compliance(ReportFilter filter) {
        return reports.complianceCounts(filter, DEADLINE_RULE).flatMap(counts -> findings.violationsByRule(filter)
                .map(byRule -> compliance(filter, counts, byRule)));
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
