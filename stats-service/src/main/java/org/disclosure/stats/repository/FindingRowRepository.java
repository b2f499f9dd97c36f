package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.findings.FindingStatus;

@ApplicationScoped
public class FindingRowRepository implements PanacheRepository<FindingRow> {

    public Uni<Long> deleteOf(UUID submissionId) {
        return delete("submissionId", submissionId);
    }

    /** Inserts the report's findings in one statement, in their order; the report's row must be flushed first. */
    public Uni<Void> insertAll(UUID submissionId, List<FindingRow> findings) {
        if (findings.isEmpty()) return Uni.createFrom().voidItem();
        List<Object[]> rows = findings.stream().map(finding -> new Object[] {finding.rule, finding.severity,
                finding.status, finding.messageZh, finding.messageEn}).toList();
        return getSession().flatMap(session -> session.createNativeQuery("insert into finding"
                        + " (submission_id, rule, severity, status, message_zh, message_en)"
                        + " select :id, f->>0, f->>1, f->>2, f->>3, f->>4"
                        + " from jsonb_array_elements(cast(cast(:findings as text) as jsonb))"
                        + " with ordinality as listed(f, place)"
                        + " order by place")
                .setParameter("id", submissionId).setParameter("findings", JsonRows.of(rows)).executeUpdate())
                .replaceWithVoid();
    }

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
