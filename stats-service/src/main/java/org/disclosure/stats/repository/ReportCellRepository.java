package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /**
     * Inserts the report's cells in one statement (the JSON goes as text: a string bound to a jsonb parameter would
     * be one JSON string) (a blank cell is a null value). The report's row must be
     * flushed first: the cells refer to it.
     */
    public Uni<Void> insertAll(UUID submissionId, Map<String, BigDecimal> cells) {
        if (cells.isEmpty()) return Uni.createFrom().voidItem();
        List<Object[]> rows = new ArrayList<>(cells.size());
        cells.forEach((key, value) -> rows.add(new Object[] {key, value}));
        return getSession().flatMap(session -> session.createNativeQuery("insert into report_cell"
                        + " (submission_id, cell_key, cell_value)"
                        + " select :id, cell->>0, cast(cell->>1 as numeric)"
                        + " from jsonb_array_elements(cast(cast(:cells as text) as jsonb)) cell")
                .setParameter("id", submissionId).setParameter("cells", JsonRows.of(rows)).executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The indicator inputs of every report the filter selects, one row per cell; a report without any input cell
     * is there once with a null key. {@link ReportFacts#byReport} groups them, off the event loop.
     */
    public Uni<List<IndicatorInput>> indicatorInputs(ReportFilter filter) {
        return Queries.select(getSession(), "select new org.disclosure.stats.repository.IndicatorInput("
                + "r.submissionId, r.regionCode, r.agency, r.year, c.key, c.value)"
                + " from Report r left join ReportCell c on c.submissionId = r.submissionId and "
                + INDICATOR_INPUTS + " where " + filter.where(), IndicatorInput.class, filter.parameters());
    }
}
