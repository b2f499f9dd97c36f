package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReportCellRepository implements PanacheRepositoryBase<ReportCell, ReportCell.Key> {

    /**
     * The indicator inputs of every report the filter selects, one row per report. The inputs are the cells the
     * indicators of DOMAIN.md read — table 三's 总计 column ({@code apply.%.total}), its 自然人 新收
     * ({@code apply.new.natural}) and table 四 ({@code review.%}, {@code litigation%}) — which the store keeps with
     * each report as one JSON object (V31 {@code store_report}; the sums of V5/V30 select the same cells): a report,
     * not 226 cell rows, per agency. {@link ReportFacts#byReport} reads them, off the event loop.
     */
    public Uni<List<IndicatorInput>> indicatorInputs(ReportFilter filter) {
        return Queries.select(getSession(), "select new org.disclosure.stats.repository.IndicatorInput("
                + "r.submissionId, r.regionCode, r.agency, r.year, r.indicatorInputs)"
                + " from Report r where " + filter.where(), IndicatorInput.class, filter.parameters());
    }

    /** The reports the filter selects with their versions, without their inputs: what a cache of rows checks. */
    public Uni<List<VersionedInput>> inputVersions(ReportFilter filter) {
        return versioned(filter, null, false);
    }

    /** The inputs and versions of the reports the filter selects, only those of {@code ids} unless it is null. */
    public Uni<List<VersionedInput>> versionedInputs(ReportFilter filter, Collection<UUID> ids) {
        return versioned(filter, ids, true);
    }

    private Uni<List<VersionedInput>> versioned(ReportFilter filter, Collection<UUID> ids, boolean withInputs) {
        Map<String, Object> parameters = filter.parameters();
        String sql = "select r.submission_id, r.region_code, r.agency, r.report_year,"
                + " cast(cast(r.xmin as text) as bigint)" + (withInputs ? ", r.indicator_inputs" : "")
                + " from report r where " + filter.sqlWhere();
        if (ids != null) {
            // one text parameter rather than one per id: a national table may miss tens of thousands
            sql += " and r.submission_id = any(cast(string_to_array(:ids, ',') as uuid[]))";
            parameters.put("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",")));
        }
        String query = sql;
        return getSession().flatMap(session -> {
            var select = session.createNativeQuery(query, Object[].class);
            parameters.forEach(select::setParameter);
            return select.getResultList();
        }).map(rows -> {
            List<VersionedInput> inputs = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                inputs.add(new VersionedInput((UUID) row[0], (String) row[1], (String) row[2],
                        row[3] == null ? null : ((Number) row[3]).intValue(), ((Number) row[4]).longValue(),
                        withInputs ? (String) row[5] : null));
            }
            return inputs;
        });
    }
}
