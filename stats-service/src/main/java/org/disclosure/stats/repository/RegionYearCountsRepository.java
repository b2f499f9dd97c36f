package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts the store keeps per region code and year beside the sums (migration V30, {@code
 * refresh_region_year_sums}): current reports, those without an error, late or of unknown publication date, by a
 * people's government, and the violations per rule. A list's total, compliance, findings by rule and coverage over a
 * nation then read a few thousand rows instead of every report and finding. Only for filters of scope, region and
 * year over current reports ({@link ReportFilter#selectsWholeAreas()}).
 */
@ApplicationScoped
public class RegionYearCountsRepository {

    /** How many current reports the filter selects: the list's total. */
    public Uni<Long> reports(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return select("select cast(coalesce(sum(s.reports), 0) as bigint) from region_year_report s where " + where,
                Long.class, parameters).map(List::getFirst);
    }

    /** The compliance counts; the deadline rule is the one the store counts (Q03, see V30). */
    public Uni<ComplianceCounts> compliance(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return select("select coalesce(sum(s.reports), 0), coalesce(sum(s.error_free), 0),"
                + " coalesce(sum(s.deadline_late), 0), coalesce(sum(s.deadline_unknown), 0)"
                + " from region_year_report s where " + where, Object[].class, parameters)
                .map(rows -> {
                    Object[] row = rows.getFirst();
                    return new ComplianceCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
                });
    }

    /** Violations per rule and severity, in rule order. */
    public Uni<List<RuleCount>> violationsByRule(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return select("select s.rule, s.severity, sum(s.reports), sum(s.findings) from region_year_rule s where "
                + where + " group by s.rule, s.severity order by s.rule, s.severity", Object[].class, parameters)
                .map(rows -> rows.stream().map(row -> new RuleCount((String) row[0], (String) row[1], number(row[2]),
                        number(row[3]))).toList());
    }

    /** Region codes with a current report by their own people's government (人民政府). */
    public Uni<Set<String>> regionsWithGovernmentReport(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return select("select s.region_code from region_year_report s where s.government_reports > 0 and " + where,
                String.class, parameters).map(HashSet::new);
    }

    private static String where(ReportFilter filter, Map<String, Object> parameters) {
        if (!filter.selectsWholeAreas()) {
            throw new IllegalArgumentException("the stored counts hold whole areas of current reports only");
        }
        return filter.areaWhere("s.region_code", "s.report_year", parameters);
    }

    private <R> Uni<List<R>> select(String sql, Class<R> type, Map<String, Object> parameters) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, type);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
