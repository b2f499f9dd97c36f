package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.findings.FindingStatus;

@ApplicationScoped
public class FindingRowRepository implements PanacheRepository<FindingRow> {

    /** Violations per rule over the reports the filter selects, in rule order. */
    public Uni<List<RuleCount>> violationsByRule(ReportFilter filter) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("violated", FindingStatus.VIOLATED.label());
        return Queries.select(getSession(), "select new org.disclosure.stats.repository.RuleCount("
                + "f.rule, f.severity, count(distinct f.submissionId), count(f))"
                + " from FindingRow f join Report r on r.submissionId = f.submissionId"
                + " where f.status = :violated and " + filter.where()
                + " group by f.rule, f.severity order by f.rule", RuleCount.class, parameters);
    }
}
