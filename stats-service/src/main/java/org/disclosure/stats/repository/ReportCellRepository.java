package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReportCellRepository implements PanacheRepositoryBase<ReportCell, ReportCell.Key> {

    /**
     * The cells the indicators of DOMAIN.md read: table 三's 总计 column, its 自然人 新收 and table 四. Loading only
     * these keeps an aggregation over thousands of reports to a few dozen rows per report.
     */
    private static final String INDICATOR_INPUTS = "(c.key like 'apply.%.total' or c.key = 'apply.new.natural'"
            + " or c.key like 'review.%' or c.key like 'litigation%')";

    public Uni<Long> deleteOf(UUID submissionId) {
        return delete("submissionId", submissionId);
    }

    /** The indicator inputs of every report the filter selects; a report without any input cell is still there. */
    public Uni<List<ReportFacts>> indicatorInputs(ReportFilter filter) {
        return Queries.select(getSession(), "select r.submissionId, r.regionCode, r.agency, r.year, c.key, c.value"
                        + " from Report r left join ReportCell c on c.submissionId = r.submissionId and "
                        + INDICATOR_INPUTS + " where " + filter.where(), Object[].class, filter.parameters())
                .map(ReportCellRepository::byReport);
    }

    private static List<ReportFacts> byReport(List<Object[]> rows) {
        Map<UUID, ReportFacts> reports = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ReportFacts facts = reports.computeIfAbsent((UUID) row[0], id -> new ReportFacts(id, (String) row[1],
                    (String) row[2], (Integer) row[3], new HashMap<>()));
            if (row[4] != null) facts.cells().put((String) row[4], (BigDecimal) row[5]);
        }
        return List.copyOf(reports.values());
    }
}
