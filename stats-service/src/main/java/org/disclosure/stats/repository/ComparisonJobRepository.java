package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ComparisonJobRepository implements PanacheRepositoryBase<ComparisonJob, UUID> {

    public Uni<ComparisonJob> findFor(String regionCode, int leftYear, int rightYear) {
        return find("regionCode = :region and leftYear = :left and rightYear = :right",
                Parameters.with("region", regionCode).and("left", leftYear).and("right", rightYear)).firstResult();
    }

    /** The newest finished job of the region and years, or null. */
    public Uni<ComparisonJob> finished(String regionCode, int leftYear, int rightYear) {
        return find("regionCode = :region and leftYear = :left and rightYear = :right and status = :done",
                Parameters.with("region", regionCode).and("left", leftYear).and("right", rightYear)
                        .and("done", ComparisonJob.DONE)).firstResult();
    }
}
