package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
}
