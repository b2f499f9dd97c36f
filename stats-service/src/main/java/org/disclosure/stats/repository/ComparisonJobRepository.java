package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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

    /**
     * Claims the unfinished jobs whose heartbeat is older than {@code staleBefore}: their instance stopped. Each is
     * queued again with a fresh heartbeat in the caller's transaction; rows another instance is claiming at the same
     * moment are skipped (FOR UPDATE SKIP LOCKED), so every abandoned job is claimed by one instance.
     */
    public Uni<List<UUID>> claimAbandoned(Instant staleBefore, Instant now) {
        return getSession().flatMap(session -> session.createNativeQuery("select j.id from comparison_job j"
                        + " where j.status in (:queued, :running) and j.heartbeat_at < :staleBefore"
                        + " order by j.requested_at for update skip locked", UUID.class)
                        .setParameter("queued", ComparisonJob.QUEUED).setParameter("running", ComparisonJob.RUNNING)
                        .setParameter("staleBefore", staleBefore).getResultList())
                .call(ids -> ids.isEmpty() ? Uni.createFrom().voidItem()
                        : update("status = ?1, heartbeatAt = ?2 where id in ?3", ComparisonJob.QUEUED, now, ids));
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
