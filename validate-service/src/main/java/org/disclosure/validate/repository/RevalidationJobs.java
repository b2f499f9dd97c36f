package org.disclosure.validate.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The re-validation jobs (table revalidation_job), plain SQL on the reactive pool. At most one is running at a time
 * in the whole deployment: the partial unique index refuses a second running row, whichever instance inserts it.
 */
@ApplicationScoped
public class RevalidationJobs {

    private static final String COLUMNS = "id, state, rule_set_version, stored_reports, reports, started_at,"
            + " finished_at, reason";
    private static final String START = "insert into revalidation_job (id, state, rule_set_version, stored_reports,"
            + " started_at, heartbeat_at) select $1::uuid, 'running', $2::text, count(*), now(), now() from stored_report"
            + " returning " + COLUMNS;
    private static final String ONE = "select " + COLUMNS + " from revalidation_job where id = $1";
    private static final String RUNNING = "select " + COLUMNS + " from revalidation_job where state = 'running'";
    private static final String PROGRESS = "update revalidation_job set reports = reports + $2, heartbeat_at = now()"
            + " where id = $1 and state = 'running'";
    private static final String HEARTBEAT = "update revalidation_job set heartbeat_at = now()"
            + " where id = $1 and state = 'running'";
    private static final String FINISH = "update revalidation_job set state = $2, reason = $3, finished_at = now()"
            + " where id = $1 and state = 'running'";
    private static final String ABANDONED = "update revalidation_job set state = 'failed', reason = $2,"
            + " finished_at = now() where state = 'running' and heartbeat_at < now() - make_interval(secs => $1)";
    /** PostgreSQL's unique_violation: the running job's index refused a second one. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Pool pool;

    public RevalidationJobs(Pool pool) {
        this.pool = pool;
    }

    /** A new running job; null when another job is running already. */
    public Uni<RevalidationJob> start(UUID id, String ruleSetVersion) {
        return pool.preparedQuery(START).execute(Tuple.of(id, ruleSetVersion)).map(RevalidationJobs::first)
                .onFailure(RevalidationJobs::anotherIsRunning).recoverWithNull();
    }

    public Uni<RevalidationJob> find(UUID id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(id)).map(RevalidationJobs::first);
    }

    /** The running job, or null. */
    public Uni<RevalidationJob> running() {
        return pool.query(RUNNING).execute().map(RevalidationJobs::first);
    }

    /** {@code published} more reports acknowledged by the broker; also a heartbeat. */
    public Uni<Void> progress(UUID id, int published) {
        return pool.preparedQuery(PROGRESS).execute(Tuple.of(id, (long) published)).replaceWithVoid();
    }

    /** The job still runs (a page may take long while the broker is slow). */
    public Uni<Void> heartbeat(UUID id) {
        return pool.preparedQuery(HEARTBEAT).execute(Tuple.of(id)).replaceWithVoid();
    }

    /** The job ended: done, or failed with the reason (null when done). */
    public Uni<Void> finish(UUID id, RevalidationJob.State state, String reason) {
        return pool.preparedQuery(FINISH).execute(Tuple.of(id, state.column(), reason)).replaceWithVoid();
    }

    /**
     * Marks failed, with {@code reason}, the running job whose instance has stopped (no progress and no heartbeat for
     * longer than {@code silentFor}), so that a new one can start; the number of jobs marked.
     */
    public Uni<Integer> failAbandoned(Duration silentFor, String reason) {
        return pool.preparedQuery(ABANDONED).execute(Tuple.of(silentFor.toMillis() / 1000.0, reason))
                .map(RowSet::rowCount);
    }

    private static boolean anotherIsRunning(Throwable failure) {
        return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }

    private static RevalidationJob first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? read(iterator.next()) : null;
    }

    private static RevalidationJob read(Row row) {
        OffsetDateTime finished = row.getOffsetDateTime("finished_at");
        return new RevalidationJob(row.getUUID("id"), RevalidationJob.State.of(row.getString("state")),
                row.getString("rule_set_version"), row.getLong("stored_reports"), row.getLong("reports"),
                row.getOffsetDateTime("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                row.getString("reason"));
    }
}
