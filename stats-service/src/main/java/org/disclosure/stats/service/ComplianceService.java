package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.contracts.findings.FindingStatus;
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

    /** The counts are read one after the other: a reactive session runs one query at a time. */
    @WithSession
    public Uni<Compliance> compliance(ReportFilter filter) {
        return reports.count(filter).flatMap(total -> reports.count(filter.withoutErrors())
                .flatMap(errorFree -> findings.reportsWith(filter, DEADLINE_RULE, FindingStatus.VIOLATED)
                        .flatMap(late -> findings.reportsWith(filter, DEADLINE_RULE, FindingStatus.NOT_ASSESSABLE)
                                .flatMap(unknown -> findings.violationsByRule(filter).map(byRule -> {
                                    long onTime = total - late - unknown;
                                    return new Compliance(filter.regionCode(), regions.name(filter.regionCode()),
                                            filter.year(), total, errorFree, Ratios.of(errorFree, total), onTime,
                                            late, unknown, Ratios.of(onTime, total - unknown),
                                            byRule.stream().map(count -> rate(count, total)).toList());
                                })))));
    }

    private static RuleRate rate(RuleCount count, long reports) {
        return new RuleRate(count.rule(), count.severity(), count.reports(), count.findings(),
                Ratios.of(count.findings(), reports));
    }
}
