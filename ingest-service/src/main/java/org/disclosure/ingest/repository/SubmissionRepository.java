package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    /** The stages of a submission the pipeline is still working on. */
    public static final List<Stage> IN_PROGRESS = List.of(Stage.RECEIVED, Stage.PARSED, Stage.VALIDATED);

    /**
     * Submissions to announce again: never acknowledged by Kafka for a while, or stuck in progress (no step for
     * a while, and not announced again within that while either). The rows stay locked until the claiming
     * transaction ends and other claims skip them, so that several ingest pods never take the same rows.
     * Native SQL because HQL has no SKIP LOCKED.
     */
    static final String CLAIM_DUE = """
            select * from submission
             where (stage = 'RECEIVED' and announced_at is null and updated_at < :announceBefore)
                or (stage in ('RECEIVED', 'PARSED', 'VALIDATED') and progressed_at < :stuckBefore
                    and updated_at < :stuckBefore)
             order by updated_at
             limit :limit
             for update skip locked""";

    /** The submission of these bytes checked against this region (null: a national one of no known region). */
    public Uni<Submission> findBySha256(String sha256, String checkedRegion) {
        return find("sha256 = ?1 and coalesce(checkedRegion, '') = ?2", sha256,
                checkedRegion == null ? "" : checkedRegion).firstResult();
    }

    /** Claims due submissions in the current transaction (see {@link #CLAIM_DUE}). */
    public Uni<List<Submission>> claimDue(Instant announceBefore, Instant stuckBefore, int limit) {
        return getSession().flatMap(session -> claimDue(session, announceBefore, stuckBefore, limit));
    }

    /** The same in a session of the caller's: tests claim from two transactions at once. */
    public Uni<List<Submission>> claimDue(Mutiny.Session session, Instant announceBefore, Instant stuckBefore,
            int limit) {
        return session.createNativeQuery(CLAIM_DUE, Submission.class)
                .setParameter("announceBefore", announceBefore)
                .setParameter("stuckBefore", stuckBefore)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Submissions in progress whose stage has not changed since the given moment, longest waiting first. */
    public Uni<List<Submission>> stuckSince(Instant moment, int limit) {
        return find("stage in ?1 and progressedAt < ?2", Sort.ascending("progressedAt"), IN_PROGRESS, moment)
                .page(0, limit).list();
    }

    /** How many submissions of each stage in progress have not changed since the given moment. */
    public Uni<Map<Stage, Long>> stuckCounts(Instant moment) {
        return getSession().flatMap(session -> session.createQuery(
                        "select s.stage, count(s) from Submission s where s.stage in ?1 and s.progressedAt < ?2 "
                                + "group by s.stage", Object[].class)
                .setParameter(1, IN_PROGRESS)
                .setParameter(2, moment)
                .getResultList())
                .map(rows -> {
                    Map<Stage, Long> counts = new EnumMap<>(Stage.class);
                    IN_PROGRESS.forEach(stage -> counts.put(stage, 0L));
                    rows.forEach(row -> counts.put((Stage) row[0], ((Number) row[1]).longValue()));
                    return counts;
                });
    }

    /**
     * Notes Kafka's acknowledgement of a pass's announcement; an acknowledgement that arrives after the
     * submission was sent again belongs to the earlier pass and changes nothing.
     */
    public Uni<Integer> markAnnounced(UUID id, int attempt, Instant at) {
        return update("announcedAt = ?1 where id = ?2 and attempt = ?3", at, id, attempt);
    }
}
