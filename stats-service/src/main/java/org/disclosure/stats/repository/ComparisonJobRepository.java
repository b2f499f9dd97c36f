package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ComparisonJobRepository implements PanacheRepositoryBase<ComparisonJob, UUID> {

    /**
     * Holds, until the transaction ends, the lock on the job of a region and pair of years: two requests posting the
     * same job at once are served one after the other, so the second finds the first's row (and returns it) instead
     * of inserting a duplicate that the unique index comparison_job_region_years would refuse with a 500.
     */
    public Uni<Void> lockJobOf(String regionCode, int leftYear, int rightYear) {
        return getSession().flatMap(session -> session
                        .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:key), :years)")
                        .setParameter("key", "comparison_job:" + regionCode)
                        .setParameter("years", leftYear * 10_000 + rightYear).getSingleResult())
                .replaceWithVoid();
    }

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
