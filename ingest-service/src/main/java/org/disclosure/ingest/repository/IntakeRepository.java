package org.disclosure.ingest.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The writes of the upload path, each one statement (one round trip, atomic on its own) over the reactive pool
 * that Hibernate Reactive uses too: at hundreds of uploads a second, a transaction of a lookup and three inserts
 * per upload, and another for Kafka's acknowledgement, were most of ingest's work (README, "Performance: ingest").
 */
@ApplicationScoped
public class IntakeRepository {

    /**
     * A new submission, its bytes and its first step, or nothing when a submission of the same bytes checked
     * against the same region exists (the unique index of V5 decides, also between two uploads at once).
     */
    static final String STORE_NEW = """
            with inserted as (
                insert into submission (id, file_name, content_type, size, sha256, agency, region_code, report_year,
                                        published_on, source_url, checked_region, stage, attempt, submitted_at,
                                        updated_at, progressed_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'RECEIVED', 1, $12, $12, $12)
                on conflict (sha256, coalesce(checked_region, '')) do nothing
                returning id),
            content as (
                insert into submission_content (submission_id, bytes) select id, $13::bytea from inserted),
            received as (
                insert into status_entry (submission_id, stage, service, reason, occurred_at, attempt)
                select id, 'RECEIVED', $14::text, null, $12::timestamptz, 1 from inserted)
            select count(*) as stored from inserted""";

    /** Kafka's acknowledgements of several announcements; one of an earlier pass changes nothing. */
    static final String MARK_ANNOUNCED = """
            update submission s set announced_at = $1
              from unnest($2::uuid[], $3::int[]) as acknowledged(id, attempt)
             where s.id = acknowledged.id and s.attempt = acknowledged.attempt""";

    private final Pool pool;

    public IntakeRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores a new submission received (attempt 1) with its bytes; false when its bytes are known already. */
    public Uni<Boolean> storeNew(Submission submission, byte[] bytes, String service) {
        Tuple values = Tuple.tuple()
                .addValue(submission.id)
                .addValue(submission.fileName)
                .addValue(submission.contentType)
                .addValue(submission.size)
                .addValue(submission.sha256)
                .addValue(submission.agency)
                .addValue(submission.regionCode)
                .addValue(submission.year)
                .addValue(submission.publishedOn)
                .addValue(submission.sourceUrl)
                .addValue(submission.checkedRegion)
                .addOffsetDateTime(utc(submission.submittedAt))
                .addBuffer(Buffer.buffer(bytes))
                .addString(service);
        return pool.preparedQuery(STORE_NEW).execute(values)
                .map(rows -> rows.iterator().next().getLong("stored") > 0);
    }

    /** Notes that Kafka acknowledged these announcements (submission ids and their passes) at {@code at}. */
    public Uni<Void> markAnnounced(List<UUID> ids, List<Integer> attempts, Instant at) {
        return pool.preparedQuery(MARK_ANNOUNCED)
                .execute(Tuple.tuple().addOffsetDateTime(utc(at)).addArrayOfUUID(ids.toArray(UUID[]::new))
                        .addArrayOfInteger(attempts.toArray(Integer[]::new)))
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
