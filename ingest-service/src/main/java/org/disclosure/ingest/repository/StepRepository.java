package org.disclosure.ingest.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;

/**
 * The steps other services report, recorded in two statements and no transaction over the reactive pool: the
 * submission's stage is read, the service decides, and one statement writes the decision and the step only if
 * the stage read is still the stage stored (compare and set; otherwise the caller reads again and decides again).
 * Under load the status channel was latency-bound: a Hibernate transaction of a locking read, an insert, an
 * update and the commit took five round trips per step, three steps per report (README, "Performance: ingest").
 */
@ApplicationScoped
public class StepRepository {

    static final String READ = "select stage, attempt from submission where id = $1";

    /**
     * When the row still has the stage and pass read ($2, $3): the new stage, reason and pass when the step
     * advances ($4), the agency and year the parser read when given, and the step itself once per pass (the unique
     * index decides, whatever the redeliveries). Returns how many rows matched: 0 means someone else changed the
     * stage meanwhile.
     */
    static final String RECORD = """
            with changed as (
                update submission
                   set stage = case when $4 then $5 else stage end,
                       reason = case when $4 then $6 else reason end,
                       attempt = case when $4 then greatest(attempt, $7) else attempt end,
                       updated_at = case when $4 then $8 else updated_at end,
                       progressed_at = case when $4 then $8 else progressed_at end,
                       parsed_agency = coalesce($9, parsed_agency),
                       parsed_year = coalesce($10, parsed_year)
                 where id = $1 and stage = $2 and attempt = $3
                returning id),
            step as (
                insert into status_entry (submission_id, stage, service, reason, occurred_at, attempt)
                select id, $5, $11, $6, $12, $7 from changed
                on conflict (submission_id, stage, attempt) do nothing)
            select count(*) as matched from changed""";

    private final Pool pool;

    public StepRepository(Pool pool) {
        this.pool = pool;
    }

    /** The stage and pass of a submission as they are now; null when there is no such submission. */
    public Uni<Progress> progress(UUID id) {
        return pool.preparedQuery(READ).execute(Tuple.of(id)).map(rows -> {
            RowIterator<Row> found = rows.iterator();
            if (!found.hasNext()) return null;
            Row row = found.next();
            return new Progress(Stage.valueOf(row.getString("stage")), row.getInteger("attempt"));
        });
    }

    /**
     * Records {@code step} and, when {@code advances}, makes it the submission's stage (its pass the greater of
     * the two); {@code parsedAgency} and {@code parsedYear} are written when not null. All of it only when the
     * submission is still at {@code expected}; false when it is not (nothing was written).
     */
    public Uni<Boolean> record(StatusEntry step, Progress expected, boolean advances, Instant now, String parsedAgency,
            Integer parsedYear) {
        Tuple values = Tuple.tuple()
                .addValue(step.submissionId)
                .addString(expected.stage().name())
                .addInteger(expected.attempt())
                .addBoolean(advances)
                .addString(step.stage.name())
                .addString(step.reason)
                .addInteger(step.attempt)
                .addOffsetDateTime(now.atOffset(ZoneOffset.UTC))
                .addString(parsedAgency)
                .addInteger(parsedYear)
                .addString(step.service)
                .addOffsetDateTime(step.at.atOffset(ZoneOffset.UTC));
        return pool.preparedQuery(RECORD).execute(values)
                .map(rows -> rows.iterator().next().getLong("matched") > 0);
    }

    /** How far a submission got: its stage and its pass through the pipeline. */
    public record Progress(Stage stage, int attempt) {
    }
}
