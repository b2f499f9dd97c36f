package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** Marks every other version of the agency's report for the year as superseded. */
    public Uni<Integer> supersedeOthers(Report report) {
        return update("current = false where agency = :agency and year = :year and submissionId <> :id",
                Parameters.with("agency", report.agency).and("year", report.year).and("id", report.submissionId));
    }

    public Uni<List<Report>> page(ReportQuery query) {
        return find(query.where(), Sort.by("year").descending().and("agency"), query.parameters())
                .page(Page.of(query.page(), query.size())).list();
    }

    public Uni<Long> count(ReportQuery query) {
        return count(query.where(), query.parameters());
    }
}
