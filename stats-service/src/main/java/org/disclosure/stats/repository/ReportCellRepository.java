package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
